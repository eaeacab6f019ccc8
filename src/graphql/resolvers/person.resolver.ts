import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { EntityRow } from '../types/entity.interface';
import { PersonType } from '../types/entity-types';
import { RoleType, type RoleRow } from '../types/role.type';

@Resolver(() => PersonType)
export class PersonResolver {
  @FieldResolver(() => [RoleType], { description: 'Titles the articles give this person, each once per organisation; a title some article gives without an organisation is left out when another gives it with one.' })
  roles(@Root() person: EntityRow, @Ctx() ctx: Context): Promise<RoleRow[]> {
    return ctx.loaders.roles.load(person.dbId);
  }
}
