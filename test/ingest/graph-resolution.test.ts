import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { evaluateGraphResolution } from '../../src/eval/evaluate';

describe('cross-document resolution through ingestion', () => {
  // The eval replays resolution in memory; `npm run ingest` resolves against what SQLite stores. The two
  // disagreed once (16 wrong merges in the graph, none in the replay): a candidate then came back with only
  // the keys an article shared, so its gazetteer id and country were lost.
  it('resolves every repeated referent of the development set to one stored entity, with no wrong merge', async () => {
    const graph = await evaluateGraphResolution();
    expect(graph.repeated).toBeGreaterThan(500);
    expect(graph.errors).toEqual([]);
    expect(graph.resolved).toBe(graph.repeated);
    expect(graph.wrongMerges).toBe(0);
  }, 600_000);
});
