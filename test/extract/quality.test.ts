import { describe, expect, it } from 'vitest';
import { evaluate, thresholdFailures } from '../../src/eval/evaluate';
import { f1 } from '../../src/eval/match';

describe('extraction quality against the gold files (issue 3 thresholds)', () => {
  const report = evaluate();

  it('scores every gold article, and the held-out set separately', () => {
    expect(report.articles.length).toBeGreaterThanOrEqual(25);
    // Reported, not enforced: a threshold here would invite tuning on the held-out set.
    expect(report.heldOutArticles.length).toBeGreaterThanOrEqual(10);
    expect(report.heldOut.entities.tp).toBeGreaterThan(0);
  });

  /**
   * Repeated referents of the development set still split, all from held-out set v3 (scored
   * once, then moved to development; see test/fixtures/heldout/README.md): "Korea" / "South
   * Korea" (no package says "Korea" alone is the South), "PT Sejuk Logistik Nusantara" /
   * "Sejuk Logistik" (a short form after a legal prefix, typed as a person in its own article),
   * "Instagram" (never extracted). Issue 3's line "every repeated referent one entity" is NOT
   * met while this list is not empty; the test pins it so that any new split fails, and so does
   * fixing one without removing it here.
   */
  const KNOWN_UNRESOLVED = ['instagram', 'pt-sejuk-logistik-nusantara', 'south-korea'];

  it('meets the entity and quote thresholds, with no wrong merge and no split beyond the known ones', () => {
    const unresolved = report.resolution.errors.filter((e) => e.startsWith('not resolved: ')).map((e) => e.split(' ')[2]).sort();
    expect(unresolved).toEqual(KNOWN_UNRESOLVED);
    const split = `${KNOWN_UNRESOLVED.length} of ${report.resolution.repeated} repeated referents not resolved to one entity`;
    expect(thresholdFailures(report)).toEqual([split]);
  });

  it('reports the figures the thresholds are checked on', () => {
    expect(f1(report.seeds.entities).f).toBeGreaterThanOrEqual(0.92);
    expect(f1(report.others.entities).f).toBeGreaterThanOrEqual(0.85);
    expect(f1(report.seeds.quotes).f).toBeGreaterThanOrEqual(0.9);
    expect(f1(report.others.quotes).f).toBeGreaterThanOrEqual(0.8);
    expect(report.resolution.resolved).toBe(report.resolution.repeated - KNOWN_UNRESOLVED.length);
    expect(report.resolution.wrongMerges).toBe(0);
  });
});
