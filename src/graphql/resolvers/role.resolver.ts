import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { ArticleType, type ArticleRow } from '../types/article.type';
import { EntityInterface, type EntityRow } from '../types/entity.interface';
import { RoleType, type RoleRow } from '../types/role.type';

@Resolver(() => RoleType)
export class RoleResolver {
  @FieldResolver(() => EntityInterface, { nullable: true, description: 'The organisation (or country) the title is held in, when the text names one.' })
  organization(@Root() role: RoleRow, @Ctx() ctx: Context): Promise<EntityRow | null> | null {
    return role.organizationId === null ? null : ctx.loaders.entity.load(role.organizationId);
  }

  @FieldResolver(() => ArticleType, { nullable: true, description: 'The first article that states the role.' })
  article(@Root() role: RoleRow, @Ctx() ctx: Context): Promise<ArticleRow | null> {
    return ctx.loaders.article.load(role.articleId);
  }
}
