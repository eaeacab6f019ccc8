import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { listSize } from '../pagination';
import { ArticleType, type ArticleRow } from '../types/article.type';
import { EntityInterface, type EntityRow } from '../types/entity.interface';
import { EvidenceType, RelationshipObject, type EvidenceRow, type RelationshipRow } from '../types/relationship.type';

@Resolver(() => RelationshipObject)
export class RelationshipResolver {
  @FieldResolver(() => EntityInterface, { description: 'The source: the speaker, the member, or for CO_OCCURRENCE the one stored first.' })
  source(@Root() rel: RelationshipRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(rel.sourceId);
  }

  @FieldResolver(() => EntityInterface, { description: 'The target.' })
  target(@Root() rel: RelationshipRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(rel.targetId);
  }

  @FieldResolver(() => [EvidenceType], { description: 'Sentences that support it, oldest first.' })
  evidence(
    @Root() rel: RelationshipRow,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'How many sentences (default: the page size).' }) first?: number | null,
  ): Promise<EvidenceRow[]> {
    return ctx.loaders.evidence(listSize(first, ctx)).load(rel.dbId);
  }
}

@Resolver(() => EvidenceType)
export class EvidenceResolver {
  @FieldResolver(() => ArticleType, { nullable: true, description: 'The article the sentence is in.' })
  article(@Root() evidence: EvidenceRow, @Ctx() ctx: Context): Promise<ArticleRow | null> {
    return ctx.loaders.article.load(evidence.articleId);
  }

  @FieldResolver(() => String, { description: 'The sentence itself.' })
  async snippet(@Root() evidence: EvidenceRow, @Ctx() ctx: Context): Promise<string> {
    const article = await ctx.loaders.article.load(evidence.articleId);
    return article ? article.text.slice(evidence.start, evidence.end).replace(/\s+/g, ' ').trim() : '';
  }
}
