// The demo page (`npm start`): Ada Example's CV on the shipped fixtures, with no network beyond localhost.
// Every URL a fixture names (https://<host>.example/… or https://<host>.test/…) is read from
// /test/fixtures/hosts/<host>/…; the elements keep the original URL as the badge's identity.
import { configure } from '../src/define.ts';

/** https://issuer.example/org/did.json → <this origin>/test/fixtures/hosts/issuer.example/org/did.json */
function fixtureProxy(url: string): string | undefined {
  const m = /^https?:\/\/([a-z0-9.-]+\.(?:example|test))(\/.*)?$/i.exec(url);
  return m ? `${location.origin}/test/fixtures/hosts/${m[1]}${m[2] ?? '/'}` : undefined;
}

// Issuer registries: the library asks DCC's production registries by default, which this offline
// demo cannot reach. It passes its own list instead, a DCC-style static registry among the fixtures
// that lists the Open Source Guild. A list a page passes counts as the page's, and the cards say so.
configure({
  proxy: fixtureProxy,
  registries: [{ type: 'dcc-legacy', name: 'Demo Registry', url: 'https://registry.test/legacy/registry.json', test: true }],
});

// A page listening to the wall: log what the visitor chooses and when the visible badges are checked.
const wall = document.querySelector('badge-wall');
wall?.addEventListener('badge-wall-verified', (e) => console.info('badge-wall-verified', e.counts));
wall?.addEventListener('badge-select', (e) => console.info('badge-select', e.badge?.name));
