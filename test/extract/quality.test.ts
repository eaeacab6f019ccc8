import { describe, expect, it } from 'vitest';
import { evaluate, statements, thresholdFailures } from '../../src/eval/evaluate';
import { f1 } from '../../src/eval/match';

describe('extraction quality against the gold files (issue 3 thresholds)', () => {
  const report = evaluate();

  it('scores every gold article, and the held-out set separately', () => {
    expect(report.articles.length).toBeGreaterThanOrEqual(25);
    // Reported, not enforced: a threshold here would invite tuning on the held-out set.
    expect(report.heldOutArticles.length).toBeGreaterThanOrEqual(10);
    expect(report.heldOut.entities.tp).toBeGreaterThan(0);
  });

  it('meets every threshold: entity and statement F1, every repeated referent one entity, no wrong merge', () => {
    expect(report.resolution.errors).toEqual([]);
    expect(thresholdFailures(report)).toEqual([]);
  });

  it('reports the figures the thresholds are checked on', () => {
    expect(f1(report.seeds.entities).f).toBeGreaterThanOrEqual(0.92);
    expect(f1(report.others.entities).f).toBeGreaterThanOrEqual(0.85);
    expect(f1(report.seeds.quotes).f).toBeGreaterThanOrEqual(0.9);
    expect(f1(report.others.quotes).f).toBeGreaterThanOrEqual(0.8);
    expect(f1(statements(report.seeds)).f).toBeGreaterThanOrEqual(0.9);
    expect(f1(statements(report.others)).f).toBeGreaterThanOrEqual(0.8);
    expect(report.resolution.repeated).toBeGreaterThanOrEqual(100);
    expect(report.resolution.resolved).toBe(report.resolution.repeated);
    expect(report.resolution.wrongMerges).toBe(0);
  });
});
