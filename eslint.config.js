// ESLint (flat config): typescript-eslint's recommended rules, lit's and the web-components rules for
// the elements, lit-a11y for their templates. `npm run lint` runs it; .ci/run too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'cdn/', 'coverage/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'test/fixtures/', '**/*.d.ts', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    rules: {
      // Unused names are errors, except the deliberate `_` ones (destructuring a key away).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/elements/**/*.ts', 'src/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  { files: ['src/elements/**/*.ts', 'src/*.ts'], ...wc.configs['flat/recommended'] },
  { files: ['src/elements/**/*.ts', 'src/*.ts'], plugins: { 'lit-a11y': litA11y }, rules: litA11y.configs.recommended.rules },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js', 'test/server/**/*.mjs', '*.mjs', '*.js', 'test/helpers/*.mjs', 'bin/**/*'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off', // chai: expect(x).to.be.true
      'no-control-regex': 'off', // the hostile-input suites look for control characters on purpose
    },
  },
);
