import type { GraphStore } from './store';

/**
 * Shortest path between two entities over relationships of any type, by breadth-first search
 * from both ends, one SQL statement per level: at most maxHops statements. Returns the entity
 * ids from `from` to `to`, or null when they are not connected within maxHops.
 */
export async function findPath(store: GraphStore, from: number, to: number, maxHops: number): Promise<number[] | null> {
  if (from === to) return [from];
  const parentsFrom = new Map<number, number>([[from, from]]);
  const parentsTo = new Map<number, number>([[to, to]]);
  let frontierFrom = [from];
  let frontierTo = [to];
  for (let hops = 0; hops < maxHops && frontierFrom.length > 0 && frontierTo.length > 0; hops++) {
    // Expand the smaller frontier: the search stays narrow from whichever end is rarer.
    const forward = frontierFrom.length <= frontierTo.length;
    const [frontier, parents, others] = forward ? [frontierFrom, parentsFrom, parentsTo] : [frontierTo, parentsTo, parentsFrom];
    const next: number[] = [];
    let meeting: number | null = null;
    for (const [a, b] of await store.neighbourIds(frontier)) {
      if (parents.has(b)) continue;
      parents.set(b, a);
      next.push(b);
      if (meeting === null && others.has(b)) meeting = b;
    }
    if (meeting !== null) return joinPath(meeting, parentsFrom, parentsTo);
    if (forward) frontierFrom = next;
    else frontierTo = next;
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
