import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ArticleType, type ArticleRow } from '../types/article.type';
import { EntityInterface, type EntityRow } from '../types/entity.interface';
import { StatementType, type StatementRow } from '../types/statement.type';
import { DomainError } from '../../errors';

@Resolver(() => StatementType)
export class StatementResolver {
  @FieldResolver(() => EntityInterface, { nullable: true, description: 'Who said it; null when the article names nobody.' })
  speaker(@Root() statement: StatementRow, @Ctx() ctx: Context): Promise<EntityRow | null> | null {
    return statement.speakerId === null ? null : ctx.loaders.entity.load(statement.speakerId);
  }

  @FieldResolver(() => EntityInterface, { nullable: true, description: 'To whom it was said ("Kerry told Lavrov"), when the article says.' })
  addressee(@Root() statement: StatementRow, @Ctx() ctx: Context): Promise<EntityRow | null> | null {
    return statement.addresseeId === null ? null : ctx.loaders.entity.load(statement.addresseeId);
  }

  @FieldResolver(() => ArticleType, { description: 'The article it appears in.' })
  async article(@Root() statement: StatementRow, @Ctx() ctx: Context): Promise<ArticleRow> {
    const article = await ctx.loaders.article.load(statement.articleId);
    if (!article) throw new DomainError('NOT_FOUND', `article of statement ${statement.id} not found`);
    return article;
  }

  @FieldResolver(() => [EntityInterface], { description: 'Entities the statement names, speaker and addressee excluded.' })
  async about(@Root() statement: StatementRow, @Ctx() ctx: Context): Promise<EntityRow[]> {
    return ctx.loaders.entities(await ctx.loaders.statementAboutIds.load(statement.dbId));
  }
}
