import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { DomainError } from '../../errors';
import { ingestArticle } from '../../ingest';
import type { Context } from '../context';
import { ArticleType, type ArticleRow } from '../types/article.type';
import { IngestArticleInput } from '../types/ingest-article.input';

@Resolver()
export class MutationResolver {
  @Mutation(() => ArticleType, {
    description:
      'Adds an article to the graph: extracts its entities, roles and statements and merges them with what is known. ' +
      'Needs `Authorization: Bearer <API_TOKEN>`. The same text ingested again returns the existing article and changes nothing.',
  })
  async ingestArticle(@Arg('input', () => IngestArticleInput, { description: 'The article.' }) input: IngestArticleInput, @Ctx() ctx: Context): Promise<ArticleRow> {
    if (!ctx.authenticated) throw new DomainError('UNAUTHENTICATED', 'Authentication required');
    const { articleId } = await ingestArticle(ctx.em, input, ctx.config.limits.maxArticleBytes);
    const row = await ctx.loaders.article.load(articleId);
    if (!row) throw new Error(`article ${articleId} vanished after ingestion`);
    return row;
  }
}

