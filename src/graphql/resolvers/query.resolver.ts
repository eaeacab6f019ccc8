import { Arg, Args, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../errors';
import { lookupKeys, normaliseAlias } from '../../extract/referent';
import type { EntityKind, StatementKind } from '../../extract/types';
import type { Context } from '../context';
import { findPath } from '../find-path';
import { toFullTextQuery } from '../full-text-query';
import { entityIdFrom, fromGlobalId, idOfType } from '../ids';
import { listSize, parsePage, PageArgs, toConnection, type ConnectionResult } from '../pagination';
import type { ArticleRow } from '../types/article.type';
import { ArticleConnection, EntityConnection, StatementConnection } from '../types/connections';
import { EntityInterface, EntityKindEnum, type EntityRow } from '../types/entity.interface';
import { NodeInterface, type NodeRow } from '../types/node.interface';
import { PathType } from '../types/path.type';
import { NeighborhoodType } from '../types/relationship.type';
import { ArticleOrderEnum, EntityOrderEnum } from '../types/order';
import type { ArticleFilter, ArticleOrder, EntityFilter, EntityOrder } from '../store';
import { findNeighborhood } from '../find-neighborhood';
import { GraphQLDateTime } from 'graphql-scalars';
import { SearchHitType, type SearchHitRow } from '../types/search-hit.type';
import { StatementKindEnum, type StatementRow } from '../types/statement.type';

const MAX_NODES_PER_REQUEST = 100;
const MAX_PATH_HOPS = 6;
const MAX_NEIGHBORHOOD_DEPTH = 3;

@Resolver()
export class QueryResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global id; null when it does not exist.' })
  async node(@Arg('id', () => ID, { description: 'A global id from any `id` field.' }) id: string, @Ctx() ctx: Context): Promise<NodeRow | null> {
    return loadNode(ctx, id);
  }

  @Query(() => [NodeInterface], { nullable: 'items', description: 'Several objects by global id, in the order asked; null for ids that do not exist.' })
  async nodes(@Arg('ids', () => [ID], { description: `Global ids, at most ${MAX_NODES_PER_REQUEST}.` }) ids: string[], @Ctx() ctx: Context): Promise<(NodeRow | null)[]> {
    if (ids.length > MAX_NODES_PER_REQUEST) {
      throw new DomainError('BAD_USER_INPUT', `ids has ${ids.length} items, more than the limit of ${MAX_NODES_PER_REQUEST}`, { argument: 'ids', limit: MAX_NODES_PER_REQUEST });
    }
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }

  @Query(() => EntityInterface, { nullable: true, description: 'The entity with this canonical name or alias (case- and accent-insensitive), else the person with this surname; the most mentioned when several fit.' })
  entity(@Arg('name', () => String, { description: 'A name as the articles write it: "Kerry", "John Kerry", "sergey lavrov".' }) name: string, @Ctx() ctx: Context): Promise<EntityRow | null> {
    const normalized = normaliseAlias(name);
    if (normalized === '') return Promise.resolve(null);
    const [key = normalized] = lookupKeys({ kind: 'ORGANIZATION', name, aliases: [] });
    return ctx.store.entityByName(normalized, key);
  }

  @Query(() => EntityConnection, { description: 'Entities matching every given filter, most mentioned first unless ordered otherwise.' })
  async entities(
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('kind', () => EntityKindEnum, { nullable: true, description: 'Only entities of this kind.' }) kind?: EntityKind | null,
    @Arg('query', () => String, { nullable: true, description: 'Only entities with a name or alias containing this text (case- and accent-insensitive).' }) query?: string | null,
    @Arg('prefix', () => String, { nullable: true, description: 'Only entities with a name or alias having a word that starts with this text ("ker" finds John Kerry).' }) prefix?: string | null,
    @Arg('mentionedIn', () => ID, { nullable: true, description: 'Only entities this article mentions.' }) mentionedIn?: string | null,
    @Arg('minMentions', () => Int, { nullable: true, description: 'Only entities mentioned at least this many times in all.' }) minMentions?: number | null,
    @Arg('orderBy', () => EntityOrderEnum, { nullable: true, defaultValue: 'MENTION_COUNT', description: 'Order of the list.' }) orderBy?: EntityOrder,
  ): Promise<ConnectionResult<EntityRow>> {
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const filter: EntityFilter = {
      kind: kind ?? undefined,
      contains: query ? normaliseAlias(query) : undefined,
      prefix: prefix ? normaliseAlias(prefix) : undefined,
      mentionedIn: mentionedIn ? idOfType(mentionedIn, 'Article', 'mentionedIn') : undefined,
      minMentions: minMentions ?? undefined,
    };
    const { rows, window, total } = await ctx.store.entityPage(filter, orderBy ?? 'MENTION_COUNT', page);
    for (const row of rows) ctx.loaders.entity.prime(row.dbId, row);
    return toConnection(rows, window, total);
  }

  @Query(() => ArticleConnection, { description: 'Articles matching every given filter, in ingestion order unless ordered otherwise.' })
  async articles(
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('publishedAfter', () => GraphQLDateTime, { nullable: true, description: 'Only articles published at or after this time.' }) publishedAfter?: Date | null,
    @Arg('publishedBefore', () => GraphQLDateTime, { nullable: true, description: 'Only articles published before this time.' }) publishedBefore?: Date | null,
    @Arg('source', () => String, { nullable: true, description: 'Only articles from this agency or publication (case-insensitive).' }) source?: string | null,
    @Arg('mentioning', () => ID, { nullable: true, description: 'Only articles that mention this entity.' }) mentioning?: string | null,
    @Arg('orderBy', () => ArticleOrderEnum, { nullable: true, defaultValue: 'INGESTED', description: 'Order of the list.' }) orderBy?: ArticleOrder,
  ): Promise<ConnectionResult<ArticleRow>> {
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const filter: ArticleFilter = {
      publishedAfter: publishedAfter ?? undefined,
      publishedBefore: publishedBefore ?? undefined,
      source: source ?? undefined,
      mentioning: mentioning ? entityIdFrom(mentioning, 'mentioning') : undefined,
    };
    const { rows, window, total } = await ctx.store.articlePage(filter, orderBy ?? 'INGESTED', page);
    for (const row of rows) ctx.loaders.article.prime(row.dbId, row);
    return toConnection(rows, window, total);
  }

  @Query(() => StatementConnection, { description: 'Statements matching every given filter, in article then text order.' })
  async statements(
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('speakerId', () => ID, { nullable: true, description: 'Only statements by this entity.' }) speakerId?: string | null,
    @Arg('addresseeId', () => ID, { nullable: true, description: 'Only statements made to this entity.' }) addresseeId?: string | null,
    @Arg('aboutId', () => ID, { nullable: true, description: 'Only statements that name this entity.' }) aboutId?: string | null,
    @Arg('articleId', () => ID, { nullable: true, description: 'Only statements in this article.' }) articleId?: string | null,
    @Arg('kind', () => StatementKindEnum, { nullable: true, description: 'Only quotes or only paraphrases.' }) kind?: StatementKind | null,
    @Arg('text', () => String, { nullable: true, description: 'Only statements containing these words (full-text, the last word as a prefix).' }) text?: string | null,
  ): Promise<ConnectionResult<StatementRow>> {
    const textMatch = text ? toFullTextQuery(text) : null;
    if (text && textMatch === null) return toConnection([], { offset: 0, limit: 0 }, 0);
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const { rows, window, total } = await ctx.store.statementPage(
      {
        speakerId: speakerId ? entityIdFrom(speakerId, 'speakerId') : undefined,
        addresseeId: addresseeId ? entityIdFrom(addresseeId, 'addresseeId') : undefined,
        aboutId: aboutId ? entityIdFrom(aboutId, 'aboutId') : undefined,
        articleId: articleId ? idOfType(articleId, 'Article', 'articleId') : undefined,
        kind: kind ?? undefined,
        textMatch: textMatch ?? undefined,
      },
      page,
    );
    for (const row of rows) ctx.loaders.statement.prime(row.dbId, row);
    return toConnection(rows, window, total);
  }

  @Query(() => [SearchHitType], {
    description:
      'Full-text search over entity names and aliases, statements and articles, best first (bm25). Words match as prefixes while typing ("kerr"); ' +
      'when fewer than `first` hits come back and no name matched, names within a typo or two of the last word are added ("lavorv"). ' +
      'Statements and articles are ranked among their newest SEARCH_RANK_WINDOW (default 1,000) matches each.',
  })
  async search(
    @Arg('query', () => String, { description: 'Words to look for; punctuation and operators are ignored.' }) query: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many hits (default: the page size, at most the page size cap).' }) first?: number | null,
  ): Promise<SearchHitRow[]> {
    const limit = listSize(first, ctx);
    const match = toFullTextQuery(query);
    if (match === null || limit === 0) return [];
    const hits = await ctx.store.search(match, limit, ctx.config.limits.searchRankWindow);
    // Few hits and no name matched as typed: try the last word with typos tolerated.
    if (hits.length < limit && !hits.some((h) => h.type === 'entity')) {
      const term = normaliseAlias(query).split(' ').pop() ?? '';
      for (const near of await ctx.store.fuzzyAliasMatches(term, limit)) {
        hits.push({ type: 'entity', id: near.id, snippet: `<b>${near.text}</b>`, score: 1 / (1 + near.distance) });
      }
      hits.sort((a, b) => b.score - a.score);
      hits.splice(limit);
    }
    const nodes = await Promise.all(
      hits.map((hit) =>
        hit.type === 'entity' ? ctx.loaders.entity.load(hit.id) : hit.type === 'statement' ? ctx.loaders.statement.load(hit.id) : ctx.loaders.article.load(hit.id),
      ),
    );
    return hits.flatMap((hit, i) => {
      const node = nodes[i];
      return node ? [{ node, snippet: hit.snippet, score: hit.score }] : [];
    });
  }

  @Query(() => PathType, { nullable: true, description: 'A shortest chain of relationships between two entities; null when they are not connected within maxHops.' })
  async path(
    @Arg('fromId', () => ID, { description: 'Where the path starts.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'Where the path ends.' }) toId: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { nullable: true, description: `Longest path to look for (default 4, at most ${MAX_PATH_HOPS}).` }) maxHops?: number | null,
  ): Promise<PathType | null> {
    const hops = maxHops ?? 4;
    if (hops < 1 || hops > MAX_PATH_HOPS) {
      throw new DomainError('BAD_USER_INPUT', `maxHops is ${hops}, outside 1 to ${MAX_PATH_HOPS}`, { argument: 'maxHops', limit: MAX_PATH_HOPS });
    }
    const from = entityIdFrom(fromId, 'fromId');
    const to = entityIdFrom(toId, 'toId');
    const [a, b] = await ctx.loaders.entity.loadMany([from, to]);
    if (!a || a instanceof Error || !b || b instanceof Error) return null;
    const ids = await findPath(ctx.store, from, to, hops, { from: a.mentionCount, to: b.mentionCount });
    if (ids === null) return null;
    const entities = await ctx.loaders.entities(ids);
    const pairs = ids.slice(1).map((id, i): [number, number] => [ids[i]!, id]);
    const relationships = await ctx.store.relationshipsBetween(pairs);
    const steps = pairs.map(([a, b], i) => ({
      from: entities[i]!,
      to: entities[i + 1]!,
      relationships: relationships.filter((r) => (r.sourceId === a && r.targetId === b) || (r.sourceId === b && r.targetId === a)),
    }));
    return { hops: entities.length - 1, entities, steps };
  }

  @Query(() => NeighborhoodType, { nullable: true, description: 'The entities within `depth` hops of one entity and the edges among them, ready for a graph drawing library; null when the id does not exist.' })
  async neighborhood(
    @Arg('id', () => ID, { description: 'The entity at the centre.' }) id: string,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1, description: `How many hops out (1 to ${MAX_NEIGHBORHOOD_DEPTH}).` }) depth: number,
    @Arg('first', () => Int, { nullable: true, description: 'How many neighbours to follow from each node, strongest first (default: the page size).' }) first?: number | null,
  ): Promise<NeighborhoodType | null> {
    if (depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) {
      throw new DomainError('BAD_USER_INPUT', `depth is ${depth}, outside 1 to ${MAX_NEIGHBORHOOD_DEPTH}`, { argument: 'depth', limit: MAX_NEIGHBORHOOD_DEPTH });
    }
    const centre = await ctx.loaders.entity.load(entityIdFrom(id, 'id'));
    if (!centre) return null;
    return findNeighborhood(ctx, centre, depth, listSize(first, ctx));
  }
}

async function loadNode(ctx: Context, globalId: string): Promise<NodeRow | null> {
  const { type, id } = fromGlobalId(globalId);
  switch (type) {
    case 'Article':
      return ctx.loaders.article.load(id);
    case 'Statement':
      return ctx.loaders.statement.load(id);
    default: {
      // An entity id only resolves under the type its kind gives: Person:3 is not Place:3.
      const entity = await ctx.loaders.entity.load(id);
      return entity && entity.nodeType === type ? entity : null;
    }
  }
}
