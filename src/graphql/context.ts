import type { SqlEntityManager } from '@mikro-orm/sqlite';
import type { Config } from '../config';
import { Loaders } from './loaders';
import { GraphStore } from './store';

/** What every resolver of one request sees. */
export interface Context {
  /** A fork of the ORM's EntityManager for this request only. */
  em: SqlEntityManager;
  store: GraphStore;
  loaders: Loaders;
  config: Config;
  /** Whether the request carried the valid bearer token (mutations require it). */
  authenticated: boolean;
}

export function createContext(em: SqlEntityManager, config: Config, authenticated: boolean): Context {
  const store = new GraphStore(em);
  return { em, store, loaders: new Loaders(store), config, authenticated };
}
