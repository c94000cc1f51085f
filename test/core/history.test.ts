// groupAchievements(): issues of one achievement by one proven issuer become one group, on real
// signed renewals (scripts/make-renewal-fixtures.mjs) verified over HTTP; look-alikes never join.

import { expect } from '@open-wc/testing';
import { createCache, groupAchievements, verify } from '../../src/core/index.js';
import type { VerificationReport } from '../../src/core/model.js';
import { fixtureProxy } from '../helpers/hosts.js';
import { testNow } from '../helpers/clock.mjs';

interface Renewals {
  chains: { northwind: string[]; metro: string[]; ob2: string[] };
  lookalikes: { spoofSameAchievement: string; sameNameOtherId: string };
}

let fx: Renewals;
const reports = new Map<string, VerificationReport>();

before(async () => {
  fx = (await (await fetch('/test/fixtures/renewals.json')).json()) as Renewals;
  const cache = createCache();
  const urls = [...Object.values(fx.chains).flat(), ...Object.values(fx.lookalikes)];
  for (const url of urls) reports.set(url, await verify(url, { proxy: fixtureProxy, now: testNow, cache, registries: [] }));
});

const of = (urls: string[]) => urls.map((u) => reports.get(u)!);

describe('groupAchievements', () => {
  it('the fixtures verify as expected: old issues expired, the newest valid', () => {
    expect(of(fx.chains.northwind).map((r) => r.status)).to.deep.equal(['invalid', 'invalid', 'valid']);
    expect(of(fx.chains.northwind).map((r) => r.checks.find((c) => c.outcome === 'failed')?.id ?? 'none')).to.deep.equal(['expiry', 'expiry', 'none']);
    expect(of(fx.chains.metro).map((r) => r.status)).to.deep.equal(['invalid', 'valid']);
    expect(of(fx.chains.ob2).map((r) => r.status)).to.deep.equal(['invalid', 'valid']);
  });

  it('Data Integrity: three issues of one achievement are one group, renewed twice, held since 2019', () => {
    const { groups } = groupAchievements(of(fx.chains.northwind));
    expect(groups.length).to.equal(1);
    const g = groups[0]!;
    expect(g.renewals).to.equal(2);
    expect(g.current).to.equal(reports.get(fx.chains.northwind[2]!));
    expect(g.firstIssued).to.equal('2019-03-01T09:00:00.000Z');
    expect(g.earlier.map((r) => r.badge?.issued)).to.deep.equal(['2022-02-15T09:00:00Z', '2019-03-01T09:00:00Z']);
    expect(g.issuerId).to.equal('did:web:issuer.example:org');
  });

  it('VC-JWT: a new version under a new id joins through achievement.related', () => {
    const { groups } = groupAchievements(of(fx.chains.metro));
    expect(groups.length).to.equal(1);
    expect(groups[0]!.renewals).to.equal(1);
    expect(groups[0]!.achievementIds.length).to.equal(2);
  });

  it('OB 2.0 hosted: the same BadgeClass awarded twice is one group', () => {
    const { groups } = groupAchievements(of(fx.chains.ob2));
    expect(groups.length).to.equal(1);
    expect(groups[0]!.current.status).to.equal('valid');
    expect(groups[0]!.renewals).to.equal(1);
  });

  it('a self-made key claiming the same issuer name and achievement id never joins the real group', () => {
    const all = of([...fx.chains.northwind, fx.lookalikes.spoofSameAchievement]);
    const { groups } = groupAchievements(all);
    expect(groups.length).to.equal(2);
    const spoof = groups.find((g) => g.issues.includes(reports.get(fx.lookalikes.spoofSameAchievement)!))!;
    expect(spoof.issues.length).to.equal(1);
    expect(spoof.renewals).to.equal(0);
  });

  it('the same name under another achievement id stays apart and is reported as a same-name pair', () => {
    const { groups, sameName } = groupAchievements(of([...fx.chains.northwind, fx.lookalikes.sameNameOtherId]));
    expect(groups.length).to.equal(2);
    expect(sameName.map((p) => p.name)).to.deep.equal(['Cloud Security Practitioner']);
  });

  it('a report whose signature failed is never grouped', () => {
    const broken: VerificationReport = { ...reports.get(fx.chains.northwind[1]!)!, identity: undefined, status: 'invalid' };
    const { groups } = groupAchievements([...of(fx.chains.northwind), broken]);
    expect(groups.length).to.equal(2);
  });

  it('every chain together: three achievements plus look-alikes, never merged across issuers', () => {
    const { groups } = groupAchievements([...reports.values()]);
    expect(groups.length).to.equal(5);
    expect(groups.map((g) => g.renewals).sort()).to.deep.equal([0, 0, 1, 1, 2]);
  });
});
