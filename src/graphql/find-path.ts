import type { GraphStore } from './store';

/** One end of the search: how each reached entity was reached, and the newest level. */
interface End {
  parents: Map<number, number>;
  frontier: number[];
  /** Sum of the frontier's mention counts: roughly how many rows expanding it returns. */
  cost: number;
}

/**
 * Shortest path between two entities over relationships of any type: breadth-first search
 * from both ends. Each round first asks SQLite whether an edge joins the two frontiers (one
 * indexed lookup that returns at most one row); only if none does, it expands the cheaper end
 * by a level, priced by mention count, so a path from a hub to a rare entity is searched from
 * the rare end and the hub's thousands of neighbours never leave the database.
 *
 * Why the first frontier edge gives a shortest path: with d = the two ends' depths summed, no
 * meeting so far means the distance exceeds d, and a frontier edge makes a path of d + 1.
 * At most 2 x maxHops statements. Returns the ids from `from` to `to`, or null when they are
 * not connected within maxHops. `weights` are the two ends' mention counts.
 */
export async function findPath(store: GraphStore, from: number, to: number, maxHops: number, weights: { from: number; to: number }): Promise<number[] | null> {
  if (from === to) return [from];
  const start: End = { parents: new Map([[from, from]]), frontier: [from], cost: weights.from };
  const goal: End = { parents: new Map([[to, to]]), frontier: [to], cost: weights.to };
  for (let depth = 0; depth < maxHops; depth++) {
    const edge = await store.edgeBetween(start.frontier, goal.frontier);
    if (edge) return [...pathTo(edge[0], start.parents).reverse(), ...pathTo(edge[1], goal.parents)];
    if (depth + 1 === maxHops) break;
    const end = start.cost <= goal.cost ? start : goal;
    const next: number[] = [];
    let cost = 0;
    for (const [a, b, weight] of await store.neighbourIds(end.frontier)) {
      if (end.parents.has(b)) continue;
      end.parents.set(b, a);
      next.push(b);
      cost += weight;
    }
    if (next.length === 0) break; // that end's component is exhausted: no path at any length
    end.frontier = next;
    end.cost = cost;
  }
  return null;
}

/** The chain from `node` back to its end's root, `node` first. */
function pathTo(node: number, parents: Map<number, number>): number[] {
  const chain = [node];
  for (let n = node; parents.get(n) !== n; ) chain.push((n = parents.get(n)!));
  return chain;
}
