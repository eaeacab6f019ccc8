import { Field, Int, ObjectType } from 'type-graphql';

export interface MentionRow {
  dbId: number;
  entityId: number;
  articleId: number;
  surface: string;
  start: number;
  end: number;
  sentenceIndex: number;
  sentenceStart: number;
  sentenceEnd: number;
}

@ObjectType('Mention', { description: 'One place an article names an entity.' })
export class MentionType {
  @Field(() => String, { description: 'The words as written ("Kerry").' })
  surface!: string;

  @Field(() => Int, { description: 'Offset in Article.text where the mention starts (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset in Article.text just after the mention ends.' })
  end!: number;

  @Field(() => Int, { description: 'Index of the sentence in the article body, from 0.' })
  sentenceIndex!: number;
}
