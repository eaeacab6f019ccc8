import { GraphQLDateTime } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';

@InputType('IngestArticleInput', { description: 'A news article to add to the graph. Only the text is required.' })
export class IngestArticleInput {
  @Field(() => String, { description: 'Plain text or Markdown of the article. Refused when empty, binary or over the size limit.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Headline; read from the text when omitted.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the article was published.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'Agency or publication; read from the text when omitted.' })
  source?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Publication date; read from the text when omitted.' })
  publishedAt?: Date | null;
}
