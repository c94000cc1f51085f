// Design tokens and shared styles. Public theming API:
//   library tokens   --badge-accent, --badge-radius, --badge-font, --badge-bg, --badge-fg, --badge-muted,
//                    --badge-border, --badge-valid, --badge-invalid, --badge-indeterminate, --badge-error,
//                    --badge-image-size, --badge-shadow, --badge-gap (settable on :root)
//   per element      --badge-card-*, --badge-wall-*, --badge-verify-* (same names), falling back to the above
// Internals read only the private --_* copies made once on :host (Material Web's pattern), so a
// page restyles everything from :root without reaching into shadow DOM.
//
// Light/dark: defaults follow prefers-color-scheme; `theme="light"` or `theme="dark"` on the element
// overrides it. No unsafeCSS anywhere: every rule here is a static literal.

import { css } from 'lit';

/** Light/dark default values (--_d-*), chosen for ≥ 4.5:1 text contrast on their own background. */
export const themeDefaults = css`
  :host {
    --_d-accent: #1d4ed8;
    --_d-bg: #ffffff;
    --_d-fg: #111827;
    --_d-muted: #4b5563;
    --_d-border: #d1d5db;
    --_d-valid: #047857;
    --_d-invalid: #b91c1c;
    --_d-indeterminate: #92400e;
    --_d-error: #b91c1c;
    --_d-skeleton: #e5e7eb;
    --_d-shadow: 0 1px 3px rgb(0 0 0 / 0.12);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_d-accent: #93c5fd;
      --_d-bg: #111827;
      --_d-fg: #f3f4f6;
      --_d-muted: #9ca3af;
      --_d-border: #374151;
      --_d-valid: #34d399;
      --_d-invalid: #fca5a5;
      --_d-indeterminate: #fcd34d;
      --_d-error: #fca5a5;
      --_d-skeleton: #1f2937;
      --_d-shadow: 0 1px 3px rgb(0 0 0 / 0.5);
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --_d-accent: #93c5fd;
    --_d-bg: #111827;
    --_d-fg: #f3f4f6;
    --_d-muted: #9ca3af;
    --_d-border: #374151;
    --_d-valid: #34d399;
    --_d-invalid: #fca5a5;
    --_d-indeterminate: #fcd34d;
    --_d-error: #fca5a5;
    --_d-skeleton: #1f2937;
    --_d-shadow: 0 1px 3px rgb(0 0 0 / 0.5);
    color-scheme: dark;
  }
`;

/** <badge-card>: --badge-card-* → --badge-* → default, copied into --_*. */
export const cardTokens = css`
  :host {
    --_accent: var(--badge-card-accent, var(--badge-accent, var(--_d-accent)));
    --_radius: var(--badge-card-radius, var(--badge-radius, 12px));
    --_font: var(--badge-card-font, var(--badge-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_bg: var(--badge-card-bg, var(--badge-bg, var(--_d-bg)));
    --_fg: var(--badge-card-fg, var(--badge-fg, var(--_d-fg)));
    --_muted: var(--badge-card-muted, var(--badge-muted, var(--_d-muted)));
    --_border: var(--badge-card-border, var(--badge-border, var(--_d-border)));
    --_valid: var(--badge-card-valid, var(--badge-valid, var(--_d-valid)));
    --_invalid: var(--badge-card-invalid, var(--badge-invalid, var(--_d-invalid)));
    --_indeterminate: var(--badge-card-indeterminate, var(--badge-indeterminate, var(--_d-indeterminate)));
    --_error: var(--badge-card-error, var(--badge-error, var(--_d-error)));
    --_image-size: var(--badge-card-image-size, var(--badge-image-size, 96px));
    --_shadow: var(--badge-card-shadow, var(--badge-shadow, var(--_d-shadow)));
    --_gap: var(--badge-card-gap, var(--badge-gap, 0.75rem));
  }
`;

/** Host basics, focus ring, visually-hidden text, buttons, chips, status colours, reduced motion. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: var(--_fg);
    text-decoration: none;
  }
  .button:hover {
    border-color: var(--_accent);
  }
  .button:disabled {
    opacity: 0.5;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-block;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 0.8em; /* round on one line, and still tidy when a long skill wraps to two */
    font-size: 0.85em;
    color: var(--_fg);
    text-decoration: none;
  }
  .nowrap {
    white-space: nowrap;
  }
  .valid {
    color: var(--_valid);
  }
  .invalid {
    color: var(--_invalid);
  }
  .indeterminate,
  .unconfirmed {
    color: var(--_indeterminate);
  }
  .error {
    color: var(--_error);
  }
  .muted {
    color: var(--_muted);
  }
  @keyframes badge-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .skeleton {
    background: var(--_d-skeleton);
    border-radius: 4px;
    animation: badge-pulse 1.6s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
