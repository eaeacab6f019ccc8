import type { GraphStore } from './store';

/**
 * Shortest path between two entities over relationships of any type, by breadth-first search
 * from both ends, one SQL statement per level: at most maxHops statements. Each level expands
 * the end whose frontier is cheaper, priced by mention count (a hub's neighbours are many),
 * so a path from a hub to a rare entity is searched from the rare end. `weights` are the two
 * ends' mention counts. Returns the entity ids from `from` to `to`, or null when they are not
 * connected within maxHops.
 */
export async function findPath(store: GraphStore, from: number, to: number, maxHops: number, weights: { from: number; to: number }): Promise<number[] | null> {
  if (from === to) return [from];
  interface End {
    parents: Map<number, number>;
    frontier: number[];
    /** Sum of the frontier's mention counts: what expanding it is expected to return. */
    cost: number;
  }
  const start: End = { parents: new Map([[from, from]]), frontier: [from], cost: weights.from };
  const goal: End = { parents: new Map([[to, to]]), frontier: [to], cost: weights.to };
  for (let hops = 0; hops < maxHops && start.frontier.length > 0 && goal.frontier.length > 0; hops++) {
    const [end, other] = start.cost <= goal.cost ? [start, goal] : [goal, start];
    const next: number[] = [];
    let cost = 0;
    let meeting: number | null = null;
    for (const [a, b, weight] of await store.neighbourIds(end.frontier)) {
      if (end.parents.has(b)) continue;
      end.parents.set(b, a);
      next.push(b);
      cost += weight;
      if (meeting === null && other.parents.has(b)) meeting = b;
    }
    if (meeting !== null) return joinPath(meeting, start.parents, goal.parents);
    end.frontier = next;
    end.cost = cost;
  }
  return null;
}

function joinPath(meeting: number, parentsFrom: Map<number, number>, parentsTo: Map<number, number>): number[] {
  const left: number[] = [];
  for (let node = meeting; ; node = parentsFrom.get(node)!) {
    left.unshift(node);
    if (parentsFrom.get(node) === node) break;
  }
  for (let node = meeting; parentsTo.get(node) !== node; ) {
    node = parentsTo.get(node)!;
    left.push(node);
  }
  return left;
}
