import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
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
}
