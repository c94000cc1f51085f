import { expect } from '@open-wc/testing';
import type { Badge, ReportStatus, VerificationReport } from '../../src/core/model.js';
import { applyView, facetsOf, filterEntries, groupEntries, keepPlaces, sortEntries, type WallEntry } from '../../src/elements/wall/model.js';
import { VerifyQueue, inSlices } from '../../src/elements/wall/scheduler.js';
import { parseSource, toItem } from '../../src/elements/wall/sources.js';
import { summarize } from '../../src/elements/wall/summary.js';
import { paramsWithView, readViewFromUrl, urlWithView, viewFromParams } from '../../src/elements/wall/url-state.js';

function badge(name: string, issuer: string, issued: string | undefined, skills: string[], tags: string[] = []): Badge {
  return {
    name,
    issuer: { name: issuer },
    issued,
    alignments: skills.map((s) => ({ name: s })),
    tags,
    evidence: [],
    results: [],
    endorsements: [],
    format: 'ob3',
    formatLabel: 'Open Badges 3.0',
    credential: {},
  };
}

function entry(index: number, status: ReportStatus | 'pending', b?: Badge): WallEntry {
  const e: WallEntry = { key: `k${index}`, input: `https://x.example/${index}`, url: `https://x.example/${index}`, index, state: 'waiting' };
  if (status === 'pending') return e;
  const report: VerificationReport = { status, checks: [], badge: status === 'error' ? undefined : b, verifiedAt: '2026-01-01T00:00:00Z' };
  // Hand-built: a registry (the page's) names each issuer, so the issuers facet holds these names (issue 15).
  if (b?.issuer.name && status !== 'error')
    report.identity = { anchor: 'registry', registry: { id: 'page:test', name: 'test', supplied: 'page' }, name: b.issuer.name };
  return { ...e, state: 'done', report, facets: facetsOf(report, e.url) };
}

const entries = (): WallEntry[] => [
  entry(0, 'valid', badge('Screen Reader Testing', 'Northwind Institute', '2021-04-08T09:00:00Z', ['Accessibility', 'UX Research'])),
  entry(1, 'valid', badge('Modern JavaScript', 'Harbor Cloud Academy', '2023-07-06T09:00:00Z', ['JavaScript'], ['web'])),
  entry(2, 'invalid', badge('Risk Registers', 'Northwind Institute', '2019-02-01T09:00:00Z', ['Project Management'])),
  entry(3, 'indeterminate', badge('accessible forms', 'Civic Data Lab', undefined, ['accessibility'])),
  entry(4, 'error'),
  entry(5, 'pending'),
];

describe('wall sources', () => {
  it('reads the portfolio format: name, owner, description and every entry', () => {
    const s = parseSource({
      name: 'Ada’s badges',
      owner: 'Ada Example',
      description: 'All of them',
      badges: ['https://a.example/1.json', { '@context': [], id: 'urn:uuid:1', type: ['VerifiableCredential'] }],
    });
    expect(s.kind).to.equal('portfolio');
    expect(s.owner).to.equal('Ada Example');
    expect(s.items.map((i) => i.key)).to.deep.equal(['https://a.example/1.json', 'id:urn:uuid:1']);
    expect(s.items[0]!.url).to.equal('https://a.example/1.json');
  });

  it('reads a bare array of URLs and credentials, resolving relative URLs against the source', () => {
    const s = parseSource(['b/1.json', 'https://a.example/2.jwt', 'eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln'], 'https://a.example/list.json');
    expect(s.kind).to.equal('list');
    expect(s.items.map((i) => i.input)).to.deep.equal(['https://a.example/b/1.json', 'https://a.example/2.jwt', 'eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln']);
  });

  it('reads a Verifiable Presentation: credentials become entries, the holder the owner', () => {
    const s = parseSource({
      type: ['VerifiablePresentation'],
      holder: { id: 'did:key:z', name: 'Ada' },
      verifiableCredential: [{ '@context': [], id: 'urn:a' }, 'a.b.c'],
    });
    expect(s.kind).to.equal('presentation');
    expect(s.owner).to.equal('Ada');
    expect(s.items).to.have.length(2);
  });

  it('reads a CLR 2.0 ClrCredential: its nested achievement credentials', () => {
    const s = parseSource({
      type: ['VerifiableCredential', 'ClrCredential'],
      name: 'Transcript',
      credentialSubject: {
        id: 'did:x',
        verifiableCredential: [
          { '@context': [], id: 'urn:1' },
          { '@context': [], id: 'urn:2' },
        ],
      },
    });
    expect(s.kind).to.equal('clr');
    expect(s.name).to.equal('Transcript');
    expect(s.items.map((i) => i.key)).to.deep.equal(['id:urn:1', 'id:urn:2']);
  });

  it('reads a Mozilla Backpack group export, preferring the hosted URL over the embedded copy', () => {
    const s = parseSource({
      userId: 1,
      groupId: 2,
      badges: [
        { hostedUrl: 'https://ob2.example/a.json', assertion: { '@context': 'https://w3id.org/openbadges/v2', id: 'https://ob2.example/a.json' } },
        { assertion: { '@context': 'https://w3id.org/openbadges/v2', id: 'https://ob2.example/b.json', recipient: {}, badge: 'x' } },
      ],
    });
    expect(s.kind).to.equal('ob2-backpack');
    expect(s.items.map((i) => i.url)).to.deep.equal(['https://ob2.example/a.json', 'https://ob2.example/b.json']);
    expect(s.items[1]!.input).to.be.an('object');
  });

  it('reads Badgr exports: v1 {json} entries and v2 {result: [{openBadgeId}]}', () => {
    const v1 = parseSource([{ id: 7, json: { '@context': 'https://w3id.org/openbadges/v2', id: 'https://api.badgr.example/a/1', badge: 'x', recipient: {} } }]);
    expect(v1.items[0]!.url).to.equal('https://api.badgr.example/a/1');
    const v2 = parseSource({ status: { success: true }, result: [{ entityId: 'abc', openBadgeId: 'https://api.badgr.example/public/assertions/abc' }] });
    expect(v2.kind).to.equal('badgr');
    expect(v2.items[0]!.input).to.equal('https://api.badgr.example/public/assertions/abc');
  });

  it('reads an OB 2.0 collection that lists assertions as {id} references', () => {
    const s = parseSource({ name: 'Makerspace', assertions: [{ id: 'https://ob2.example/a.json' }] });
    expect(s.items[0]!.input).to.equal('https://ob2.example/a.json');
  });

  it('drops entries that cannot be credentials, and keeps keys unique when a badge is listed twice', () => {
    const s = parseSource({ badges: ['https://a.example/1.json', 42, null, '', 'https://a.example/1.json'] });
    expect(s.items.map((i) => i.key)).to.deep.equal(['https://a.example/1.json', 'https://a.example/1.json#2']);
    expect(toItem(42, 0)).to.equal(undefined);
  });

  it('refuses shapes it does not know with a plain message', () => {
    expect(() => parseSource({ hello: 'world' })).to.throw(TypeError, /not a badge list/);
    expect(() => parseSource(17)).to.throw(TypeError);
  });
});

describe('wall summary', () => {
  it('counts every status, pending included', () => {
    expect(summarize(entries()).counts).to.deep.equal({
      total: 6,
      checked: 5,
      valid: 2,
      confirmed: 2,
      unconfirmed: 0,
      invalid: 1,
      indeterminate: 1,
      error: 1,
      pending: 1,
    });
  });

  it('counts each skill once per badge, case-insensitively, most common first', () => {
    const s = summarize(entries());
    expect(s.skills[0]).to.deep.equal({ name: 'Accessibility', count: 2 });
    expect(s.skills.map((k) => k.name)).to.include.members(['JavaScript', 'web', 'UX Research', 'Project Management']);
  });

  it('lists issuers by count and years newest first', () => {
    const s = summarize(entries());
    expect(s.issuers[0]).to.deep.equal({ name: 'Northwind Institute', count: 2 });
    expect(s.years.map((y) => y.name)).to.deep.equal(['2023', '2021', '2019']);
  });
});

describe('wall filters, sort and groups', () => {
  it('filters by skill (any spelling) and keeps not-yet-verified badges in view', () => {
    const keys = filterEntries(entries(), { skill: 'accessibility', sort: 'date', group: 'none' }).map((e) => e.key);
    expect(keys).to.deep.equal(['k0', 'k3', 'k5']);
  });

  it('filters by issuer, year, status and free text (every word must match)', () => {
    const view = { sort: 'date', group: 'none' } as const;
    expect(filterEntries(entries(), { ...view, issuer: 'Northwind Institute' }).map((e) => e.key)).to.deep.equal(['k0', 'k2', 'k5']);
    expect(filterEntries(entries(), { ...view, year: '2023' }).map((e) => e.key)).to.deep.equal(['k1', 'k5']);
    expect(filterEntries(entries(), { ...view, status: 'invalid' }).map((e) => e.key)).to.deep.equal(['k2']);
    expect(filterEntries(entries(), { ...view, status: 'pending' }).map((e) => e.key)).to.deep.equal(['k5']);
    expect(filterEntries(entries(), { ...view, q: 'screen northwind' }).map((e) => e.key)).to.deep.equal(['k0', 'k5']);
  });

  it('sorts newest first, oldest first, by name and as listed; undated and pending go last', () => {
    const e = entries();
    expect(sortEntries(e, 'date').map((x) => x.key)).to.deep.equal(['k1', 'k0', 'k2', 'k3', 'k4', 'k5']);
    expect(sortEntries(e, 'date-asc').map((x) => x.key)).to.deep.equal(['k2', 'k0', 'k1', 'k3', 'k4', 'k5']);
    expect(sortEntries(e, 'name').map((x) => x.key)).to.deep.equal(['k3', 'k4', 'k1', 'k2', 'k0', 'k5']);
    expect(sortEntries([...e].reverse(), 'source').map((x) => x.key)).to.deep.equal(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
  });

  it('groups by issuer, year and skill, with the unknown group last', () => {
    const sorted = sortEntries(entries(), 'date');
    const byIssuer = groupEntries(sorted, 'issuer');
    expect(byIssuer.map((g) => [g.key, g.entries.length])).to.deep.equal([
      ['Civic Data Lab', 1],
      ['Harbor Cloud Academy', 1],
      ['Northwind Institute', 2],
      ['', 2],
    ]);
    expect(byIssuer.at(-1)!.unknown).to.equal(true);
    expect(groupEntries(sorted, 'year').map((g) => g.key)).to.deep.equal(['2023', '2021', '2019', '']);
    const bySkill = groupEntries(sorted, 'skill');
    expect(bySkill.find((g) => g.key === 'Accessibility')!.entries.map((e) => e.key)).to.deep.equal(['k0']);
    expect(bySkill.find((g) => g.key === 'accessibility')!.entries.map((e) => e.key)).to.deep.equal(['k3']);
  });

  it('applies a whole view at once', () => {
    const { shown, groups } = applyView(entries(), { issuer: 'Northwind Institute', sort: 'name', group: 'year' });
    expect(shown.map((e) => e.key)).to.deep.equal(['k2', 'k0', 'k5']);
    expect(groups.map((g) => g.key)).to.deep.equal(['2021', '2019', '']);
  });

  it('keeps pinned entries at their old index and fills the other places in the new order', () => {
    const e = entries();
    const keys = (list: WallEntry[]) => list.map((x) => x.key);
    const previous = [e[5]!, e[4]!, e[3]!, e[2]!, e[1]!, e[0]!];
    expect(keys(keepPlaces(previous, e, new Set()))).to.deep.equal(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    expect(keys(keepPlaces(previous, e, new Set(['k3', 'k2'])))).to.deep.equal(['k0', 'k1', 'k3', 'k2', 'k4', 'k5']);
    // A pinned entry that left the view (a filter) or whose place is past the new end is not kept.
    expect(keys(keepPlaces(previous, e.slice(0, 3), new Set(['k0', 'k4'])))).to.deep.equal(['k0', 'k1', 'k2']);
    expect(keys(keepPlaces(previous, e.slice(2), new Set(['k1', 'k3'])))).to.deep.equal(['k2', 'k4', 'k3', 'k5']);
  });

  it('keeps a pinned entry that was pending in the unknown group once verified, and sorts the rest', () => {
    const before = entries();
    const first = applyView(before, { sort: 'date', group: 'year' });
    expect(first.groups.at(-1)!.entries.map((x) => x.key)).to.deep.equal(['k3', 'k4', 'k5']);
    const after = before.map((x) => (x.key === 'k5' ? entry(5, 'valid', badge('New', 'Civic Data Lab', '2024-01-01T00:00:00Z', [])) : x));
    const kept = applyView(after, { sort: 'date', group: 'year' }, { previous: first, pinned: new Set(['k5']) });
    expect(kept.groups.at(-1)!.entries.map((x) => x.key)).to.deep.equal(['k3', 'k4', 'k5']);
    expect(kept.shown.map((x) => x.key)).to.deep.equal(first.shown.map((x) => x.key));
    const free = applyView(after, { sort: 'date', group: 'year' }, { previous: first, pinned: new Set() });
    expect(free.groups.map((g) => g.key)).to.deep.equal(['2024', '2023', '2021', '2019', '']);
  });
});

describe('wall url state', () => {
  it('round-trips a view through the query string and keeps other parameters', () => {
    const href = urlWithView(
      'https://ada.example/cv?lang=fr',
      { skill: 'Accessibility', year: '2021', sort: 'name', group: 'issuer', q: 'screen reader' },
      'query',
    );
    const url = new URL(href);
    expect(url.searchParams.get('lang')).to.equal('fr');
    expect(readViewFromUrl(href, 'query')).to.deep.equal({ skill: 'Accessibility', year: '2021', q: 'screen reader', sort: 'name', group: 'issuer' });
  });

  it('uses the hash when asked, and leaves defaults out of the URL', () => {
    const href = urlWithView('https://ada.example/cv#top', { status: 'valid', sort: 'date', group: 'none' }, 'hash');
    expect(new URL(href).hash).to.equal('#top=&status=valid');
    expect(urlWithView('https://ada.example/cv', { sort: 'date', group: 'none' }, 'query')).to.equal('https://ada.example/cv');
  });

  it('ignores values it does not know and honours a prefix', () => {
    expect(viewFromParams(new URLSearchParams('sort=sideways&status=bogus&year=20x1&group=skill'))).to.deep.equal({ group: 'skill' });
    const p = paramsWithView(new URLSearchParams(), { skill: 'SQL', sort: 'date', group: 'none' }, 'w1-');
    expect(p.toString()).to.equal('w1-skill=SQL');
  });
});

describe('wall scheduler', () => {
  it('never runs more than the limit at once and serves the newest request first', async () => {
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: Array<() => void> = [];
    const q = new VerifyQueue<number>(async (k) => {
      running++;
      peak = Math.max(peak, running);
      order.push(k);
      await new Promise<void>((r) => releases.push(r));
      running--;
    }, 2);
    const idle = new Promise<void>((r) => (q.onIdle = r));
    q.request(1, 2, 3, 4, 5);
    expect(q.stats).to.deep.equal({ queued: 3, running: 2, done: 0 });
    q.withdraw(3);
    q.request(5); // already running: ignored
    while (releases.length || !q.idle) {
      const r = releases.shift();
      if (r) r();
      await new Promise((res) => setTimeout(res, 0));
    }
    await idle;
    expect(peak).to.equal(2);
    expect(order).to.deep.equal([5, 4, 2, 1]);
    expect(q.stats.done).to.equal(4);
  });

  it('serves a key asked for again first, skips withdrawn keys, through many scroll-like cycles', async () => {
    const order: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const q = new VerifyQueue<number>(async (k) => {
      order.push(k);
      if (k === 0) await gate; // holds the only slot while the queue is reshaped
    }, 1);
    const idle = new Promise<void>((r) => (q.onIdle = r));
    q.request(0);
    // Tiles 1..100 come into reach and leave again, 20 times (the order array is compacted on the way).
    for (let pass = 0; pass < 20; pass++) {
      q.request(...Array.from({ length: 100 }, (_, i) => 100 - i)); // the first tile requested last
      q.withdraw(...Array.from({ length: 100 }, (_, i) => i + 1));
    }
    q.request(3, 2, 1); // finally in reach: 1 first
    q.request(7); // then 7, asked for last: before them
    q.request(2); // 2 asked for again: before 7
    expect(q.stats.queued).to.equal(4);
    release();
    await idle;
    expect(order).to.deep.equal([0, 2, 7, 1, 3]);
  });

  // How long the page's tasks are with a real wall is measured by `npm run bench` (scripts/bench-wall.mjs:
  // longest task, long tasks); here, with no clock in the verdict: the list is handled in order, and
  // inSlices() hands the thread back (returns, still pending) once a slice has used its budget.
  it('works through a long list in slices, handing the thread back between them', async () => {
    const handled: number[] = [];
    const done = inSlices(
      Array.from({ length: 20 }, (_, i) => i),
      (i) => {
        const t0 = performance.now();
        while (performance.now() === t0); // each item outlasts the 0 ms budget by one clock step
        handled.push(i);
      },
      0,
    );
    expect(handled.length, 'items handled in the first slice').to.equal(1);
    await done;
    expect(handled).to.deep.equal(Array.from({ length: 20 }, (_, i) => i));
  });
});
