import { Utils, type EntityData, type EntityName, type RequiredEntityData } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/sqlite';

/** SQLite binds at most 32,766 values in one statement; chunks stay well under that. */
const MAX_BOUND_VALUES = 30_000;

/** Splits a list into pieces of at most `size` (for IN lists and multi-row statements). */
export function inChunks<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Inserts rows through MikroORM's driver (multi-row INSERT ... RETURNING id, no unit of work),
 * in as few statements as SQLite's bound-value limit allows. Returns the new primary keys in
 * row order. (em.insertMany would do, but for SQLite it hands back only the last id.)
 */
export async function insertRows<T extends object>(tx: SqlEntityManager, entity: EntityName<T>, rows: RequiredEntityData<T>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_BOUND_VALUES / Object.keys(rows[0]!).length));
  const ids: number[] = [];
  for (const chunk of inChunks(rows, perStatement)) {
    const result = await tx.getDriver().nativeInsertMany<T>(Utils.className(entity), chunk as EntityData<T>[], { ctx: tx.getTransactionContext() });
    const returned = (result.rows ?? []) as { id: number }[];
    if (returned.length !== chunk.length) throw new Error(`inserting into ${Utils.className(entity)}: ${chunk.length} rows sent, ${returned.length} ids returned`);
    ids.push(...returned.map((r) => r.id));
  }
  return ids;
}
