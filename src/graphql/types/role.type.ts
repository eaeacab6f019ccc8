import { Field, ObjectType } from 'type-graphql';

export interface RoleRow {
  title: string;
  organizationId: number | null;
  articleId: number;
}

@ObjectType('Role', { description: 'A title a person holds, as an article states it ("Secretary of State").' })
export class RoleType {
  @Field(() => String, { description: 'The title, without the person\'s name: "Secretary of State", "spokesman".' })
  title!: string;
}
