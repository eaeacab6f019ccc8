import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { parsePage, PageArgs, toConnection, type ConnectionResult } from '../pagination';
import { MentionConnection } from '../types/connections';
import type { MentionRow } from '../types/mention.type';
import type { Context } from '../context';
import { ArticleType, type ArticleRow } from '../types/article.type';
import { EntityInterface, type EntityRow } from '../types/entity.interface';
import { StatementType, type StatementRow } from '../types/statement.type';

@Resolver(() => ArticleType)
export class ArticleResolver {
  @FieldResolver(() => [EntityInterface], { description: 'Entities the article names, in order of first mention.' })
  async entities(@Root() article: ArticleRow, @Ctx() ctx: Context): Promise<EntityRow[]> {
    return ctx.loaders.entities(await ctx.loaders.articleEntityIds.load(article.dbId));
  }

  @FieldResolver(() => [StatementType], { description: 'Statements in the article, in text order.' })
  statements(@Root() article: ArticleRow, @Ctx() ctx: Context): Promise<StatementRow[]> {
    return ctx.loaders.articleStatements.load(article.dbId);
  }

  @FieldResolver(() => MentionConnection, { description: 'Every place the article names an entity, in text order, with offsets and the sentence.' })
  async mentions(@Root() article: ArticleRow, @Args() args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<MentionRow>> {
    const page = parsePage(args, ctx.config.limits.defaultPageSize, ctx.config.limits.maxPageSize);
    const { ids, window, total } = await ctx.loaders.mentionPages(page).load(article.dbId);
    const rows = (await ctx.loaders.mention.loadMany(ids)).filter((r): r is MentionRow => r !== null && !(r instanceof Error));
    return toConnection(rows, window, total);
  }
}
