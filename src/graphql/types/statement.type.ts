import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StatementKind } from '../../extract/types';
import { NodeInterface, type NodeRow } from './node.interface';

export enum StatementKindEnum {
  QUOTE = 'QUOTE',
  PARAPHRASE = 'PARAPHRASE',
}
registerEnumType(StatementKindEnum, {
  name: 'StatementKind',
  description: 'Whether a statement is quoted word for word or reported.',
  valuesConfig: {
    QUOTE: { description: 'Direct quote: the words inside quotation marks.' },
    PARAPHRASE: { description: 'Reported speech: "X said that ...", "X rejected accusations ...".' },
  },
});

export interface StatementRow extends NodeRow {
  nodeType: 'Statement';
  kind: StatementKind;
  text: string;
  speakerId: number | null;
  addresseeId: number | null;
  articleId: number;
  start: number;
  end: number;
}

@ObjectType('Statement', { implements: NodeInterface, description: 'Something said in an article, with who said it and to whom.' })
export class StatementType implements NodeInterface {
  @Field(() => ID, { description: 'Global, opaque id.' })
  id!: string;

  @Field(() => StatementKindEnum, { description: 'Quote or paraphrase.' })
  kind!: StatementKind;

  @Field(() => String, { description: 'The quoted words, or the reported clause of a paraphrase.' })
  text!: string;

  @Field(() => Int, { description: 'Offset in Article.text where the statement starts (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset in Article.text just after the statement ends.' })
  end!: number;
}
