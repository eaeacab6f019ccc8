import { initORM, type Orm } from '../db';
import { refreshResolutionKeys } from './resolution-keys';

/**
 * Opens the graph's database for the server and the CLI: the schema brought up to date
 * (initORM), then the stored folding of aliases and resolution keys (refreshResolutionKeys).
 */
export async function openGraph(databaseUrl: string, log: (line: string) => void): Promise<Orm> {
  const orm = await initORM(databaseUrl);
  try {
    const refresh = await refreshResolutionKeys(orm);
    if (refresh && refresh.entities > 0) {
      log(
        `resolution keys rebuilt for ${refresh.entities} entities (version ${refresh.from ?? 'unrecorded'} -> ${refresh.to}): ` +
          `${refresh.aliasesChanged} aliases refolded, ${refresh.aliasesMerged} folded into another`,
      );
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
}
