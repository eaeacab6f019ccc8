import { Args, Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { EntityKind } from '../../extract/types';
import type { Context } from '../context';
import { parsePage, PageArgs, toConnection } from '../pagination';
import { ArticleConnection, StatementConnection } from '../types/connections';
import { EntityInterface, EntityKindEnum, type EntityRow } from '../types/entity.interface';
import { RelatedEntityType, type RelatedEntityRow } from '../types/related-entity.type';
import type { ConnectionResult } from '../pagination';
import type { ArticleRow } from '../types/article.type';
import type { StatementRow } from '../types/statement.type';
import { DomainError } from '../../errors';

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
    const rows = (await ctx.loaders.article.loadMany(ids)).filter((r): r is ArticleRow => r !== null && !(r instanceof Error));
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => StatementConnection, { description: 'What it said: statements whose speaker it is, in article order.' })
  async statements(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<StatementRow>> {
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const { ids, window, total } = await ctx.loaders.statementPages(page).load(entity.dbId);
    const rows = (await ctx.loaders.statement.loadMany(ids)).filter((r): r is StatementRow => r !== null && !(r instanceof Error));
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => [RelatedEntityType], { description: 'Neighbours in the graph, strongest link first: relationships of every type summed.' })
  async related(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many neighbours (default: the page size, at most the page size cap).' }) first?: number | null,
    @Arg('kind', () => EntityKindEnum, { nullable: true, description: 'Only neighbours of this kind.' }) kind?: EntityKind | null,
  ): Promise<RelatedEntityRow[]> {
    const { defaultPageSize, maxPageSize } = ctx.config.limits;
    const size = first ?? defaultPageSize;
    if (size < 0 || size > maxPageSize) {
      throw new DomainError('BAD_USER_INPUT', `first is ${size}, outside 0 to the page size limit of ${maxPageSize}`, { argument: 'first', limit: maxPageSize });
    }
    const neighbours = await ctx.loaders.related(size, kind ?? null).load(entity.dbId);
    const rows = await ctx.loaders.entity.loadMany(neighbours.map((n) => n.id));
    return neighbours.flatMap((n, i) => {
      const row = rows[i];
      return row && !(row instanceof Error) ? [{ entity: row, weight: n.weight }] : [];
    });
  }
}
