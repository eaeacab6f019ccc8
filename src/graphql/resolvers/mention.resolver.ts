import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { EntityInterface, type EntityRow } from '../types/entity.interface';
import { MentionType, type MentionRow } from '../types/mention.type';

@Resolver(() => MentionType)
export class MentionResolver {
  @FieldResolver(() => EntityInterface, { nullable: true, description: 'The entity named.' })
  entity(@Root() mention: MentionRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(mention.entityId);
  }

  @FieldResolver(() => String, { description: 'The sentence the mention stands in.' })
  async sentence(@Root() mention: MentionRow, @Ctx() ctx: Context): Promise<string> {
    const article = await ctx.loaders.article.load(mention.articleId);
    return article ? article.text.slice(mention.sentenceStart, mention.sentenceEnd).replace(/\s+/g, ' ').trim() : '';
  }
}
