import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { NodeInterface, type NodeRow } from './node.interface';

export interface ArticleRow extends NodeRow {
  nodeType: 'Article';
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: Date | null;
  dateline: string | null;
  text: string;
  createdAt: Date;
}

@ObjectType('Article', { implements: NodeInterface, description: 'An ingested news article.' })
export class ArticleType implements NodeInterface {
  @Field(() => ID, { description: 'Global, opaque id.' })
  id!: string;

  @Field(() => String, { description: 'Headline: given at ingestion, or read from the text.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Agency or publication ("Associated Press"), given or read from the text.' })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the article was published, when given at ingestion.' })
  url!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Publication date, given or read from the text.' })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Dateline place as written ("WASHINGTON").' })
  dateline!: string | null;

  @Field(() => String, { description: 'The full text exactly as ingested; mention and statement offsets index into it.' })
  text!: string;

  @Field(() => GraphQLDateTime, { description: 'When the article was ingested.' })
  createdAt!: Date;
}
