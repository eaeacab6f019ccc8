import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { EntityKind, RelationshipType } from '../../extract/types';
import type { Context } from '../context';
import { listSize, parsePage, PageArgs, toConnection, type ConnectionResult } from '../pagination';
import type { ArticleRow } from '../types/article.type';
import { ArticleConnection, RelationshipConnection, StatementConnection } from '../types/connections';
import { EntityInterface, EntityKindEnum, type EntityRow } from '../types/entity.interface';
import { DirectionEnum, RelatedEntityType, RelationshipTypeEnum, type RelatedEntityRow, type RelationshipRow } from '../types/relationship.type';
import type { StatementRow } from '../types/statement.type';
import type { Direction } from '../store';

function present<T>(rows: readonly (T | null | Error)[]): T[] {
  return rows.filter((r): r is T => r !== null && !(r instanceof Error));
}

/** Fields every Entity (Person, Organization, Place) has; inherited by the object types. */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @FieldResolver(() => [String], { description: 'Every surface form the articles used for it, the canonical name included.' })
  async aliases(@Root() entity: EntityRow, @Ctx() ctx: Context): Promise<string[]> {
    const aliases = await ctx.loaders.aliases.load(entity.dbId);
    return aliases.includes(entity.name) ? aliases : [entity.name, ...aliases];
  }

  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention it, in ingestion order.' })
  async articles(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<ArticleRow>> {
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const { ids, window, total } = await ctx.loaders.articlePages(page).load(entity.dbId);
    return toConnection(present(await ctx.loaders.article.loadMany(ids)), window, total);
  }

  @FieldResolver(() => StatementConnection, { description: 'What it said: statements whose speaker it is, in article order.' })
  async statements(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<StatementRow>> {
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const { ids, window, total } = await ctx.loaders.statementPages(page).load(entity.dbId);
    return toConnection(present(await ctx.loaders.statement.loadMany(ids)), window, total);
  }

  @FieldResolver(() => [RelatedEntityType], { description: 'Neighbours in the graph, strongest link first: relationships of every type summed.' })
  async related(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many neighbours (default: the page size, at most the page size cap).' }) first?: number | null,
    @Arg('kind', () => EntityKindEnum, { nullable: true, description: 'Only neighbours of this kind.' }) kind?: EntityKind | null,
  ): Promise<RelatedEntityRow[]> {
    const neighbours = await ctx.loaders.related(listSize(first, ctx), kind ?? null).load(entity.dbId);
    const rows = await ctx.loaders.entity.loadMany(neighbours.map((n) => n.id));
    return neighbours.flatMap((n, i) => {
      const row = rows[i];
      return row && !(row instanceof Error) ? [{ entity: row, weight: n.weight, types: n.types, evidenceCount: n.evidenceCount }] : [];
    });
  }

  @FieldResolver(() => RelationshipConnection, { description: 'Its typed relationships, strongest first, each with the evidence behind it.' })
  async relationships(
    @Root() entity: EntityRow,
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('type', () => RelationshipTypeEnum, { nullable: true, description: 'Only relationships of this type.' }) type?: RelationshipType | null,
    @Arg('direction', () => DirectionEnum, { nullable: true, defaultValue: 'ANY', description: 'Which end the entity is at.' }) direction?: Direction,
  ): Promise<ConnectionResult<RelationshipRow>> {
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const { ids, window, total } = await ctx.loaders.relationshipPages(type ?? null, direction ?? 'ANY', page).load(entity.dbId);
    return toConnection(present(await ctx.loaders.relationship.loadMany(ids)), window, total);
  }
}
