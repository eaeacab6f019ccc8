import type { Context } from './context';
import type { EntityRow } from './types/entity.interface';
import type { GraphEdgeType, NeighborhoodType } from './types/relationship.type';

/** Most nodes one neighbourhood may hold, whatever depth and fan-out ask for. */
export const MAX_NEIGHBORHOOD_NODES = 500;

/**
 * Breadth-first from the centre: at each level every frontier node contributes its `perNode`
 * strongest neighbours (one SQL statement per level); then one statement fetches every edge
 * among the collected nodes.
 */
export async function findNeighborhood(ctx: Context, centre: EntityRow, depth: number, perNode: number): Promise<NeighborhoodType> {
  const order: number[] = [centre.dbId];
  const seen = new Set(order);
  let frontier = [centre.dbId];
  for (let level = 0; level < depth && frontier.length > 0 && seen.size < MAX_NEIGHBORHOOD_NODES; level++) {
    const related = await ctx.store.relatedByEntityIds(frontier, perNode, null);
    const next: number[] = [];
    for (const id of frontier) {
      for (const neighbour of related.get(id) ?? []) {
        if (seen.has(neighbour.id) || seen.size >= MAX_NEIGHBORHOOD_NODES) continue;
        seen.add(neighbour.id);
        order.push(neighbour.id);
        next.push(neighbour.id);
      }
    }
    frontier = next;
  }
  const nodes = await ctx.loaders.entities(order);
  const globalIds = new Map(nodes.map((n) => [n.dbId, n.id]));
  const edges: GraphEdgeType[] = (await ctx.store.relationshipsAmong(order)).flatMap((r) => {
    const source = globalIds.get(r.sourceId);
    const target = globalIds.get(r.targetId);
    return source && target ? [{ id: `${source}-${target}-${r.type}`, source, target, type: r.type, weight: r.weight }] : [];
  });
  return { nodes, edges };
}

