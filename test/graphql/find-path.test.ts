import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/corpus';
import { findPath } from '../../src/graphql/find-path';
import type { GraphStore } from '../../src/graphql/store';

/** An undirected graph behind the one store method findPath uses, counting its calls. */
function graphStore(edges: [number, number][], weight: (id: number) => number) {
  const adjacent = new Map<number, Set<number>>();
  for (const [a, b] of edges) {
    if (!adjacent.has(a)) adjacent.set(a, new Set());
    if (!adjacent.has(b)) adjacent.set(b, new Set());
    adjacent.get(a)!.add(b);
    adjacent.get(b)!.add(a);
  }
  const calls: number[][] = [];
  const store = {
    async neighbourIds(ids: readonly number[]) {
      calls.push([...ids]);
      return ids.flatMap((a) => [...(adjacent.get(a) ?? [])].map((b): [number, number, number] => [a, b, weight(b)]));
    },
    async edgeBetween(a: readonly number[], b: readonly number[]) {
      const inB = new Set(b);
      for (const x of a) for (const y of adjacent.get(x) ?? []) if (inB.has(y)) return [x, y];
      return null;
    },
  } as unknown as GraphStore;
  return { store, adjacent, calls };
}

/** Hops of the shortest path by plain one-sided BFS, or null. */
function bfsHops(adjacent: Map<number, Set<number>>, from: number, to: number): number | null {
  const depth = new Map([[from, 0]]);
  const queue = [from];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === to) return depth.get(n)!;
    for (const m of adjacent.get(n) ?? []) if (!depth.has(m)) (depth.set(m, depth.get(n)! + 1), queue.push(m));
  }
  return null;
}

describe('findPath: bidirectional BFS priced by mention count', () => {
  it('finds a shortest path (or none) on random graphs, whatever the weights', async () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 200; trial++) {
      const n = 5 + Math.floor(random() * 40);
      const edges: [number, number][] = [];
      for (let i = 0; i < n * (0.6 + random()); i++) edges.push([Math.floor(random() * n), Math.floor(random() * n)]);
      const weights = Array.from({ length: n }, () => Math.floor(random() * 100));
      const { store, adjacent } = graphStore(edges.filter(([a, b]) => a !== b), (id) => weights[id]!);
      const [from, to] = [Math.floor(random() * n), Math.floor(random() * n)];
      const maxHops = 1 + Math.floor(random() * 6);
      const path = await findPath(store, from, to, maxHops, { from: weights[from]!, to: weights[to]! });
      const expected = bfsHops(adjacent, from, to);
      if (expected === null || expected > maxHops) {
        expect(path, `trial ${trial}`).toBeNull();
        continue;
      }
      expect(path, `trial ${trial}`).not.toBeNull();
      expect(path!.length - 1, `trial ${trial}`).toBe(expected);
      expect(path![0]).toBe(from);
      expect(path![path!.length - 1]).toBe(to);
      for (let i = 1; i < path!.length; i++) expect(adjacent.get(path![i - 1]!)?.has(path![i]!), `trial ${trial}: step ${i}`).toBe(true);
    }
  });

  it('searches from the rare end: a hub with 1,000 neighbours is never expanded', async () => {
    // Expansion reads every neighbour into JavaScript; the frontier edge check does not.
    // hub - 1000 spokes; rare - bridge - spoke 500: hub to rare is three hops.
    const edges: [number, number][] = Array.from({ length: 1000 }, (_, i): [number, number] => [0, i + 1]);
    edges.push([2000, 2001], [2001, 500]);
    const { store, calls } = graphStore(edges, (id) => (id === 0 ? 5000 : 3));
    const path = await findPath(store, 0, 2000, 4, { from: 5000, to: 3 });
    expect(path).toEqual([0, 500, 2001, 2000]);
    expect(calls.some((ids) => ids.includes(0))).toBe(false);
  });
});
