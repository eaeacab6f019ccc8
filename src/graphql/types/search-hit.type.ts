import { Field, Float, ObjectType } from 'type-graphql';
import { NodeInterface, type NodeRow } from './node.interface';

export interface SearchHitRow {
  node: NodeRow;
  snippet: string;
  score: number;
}

@ObjectType('SearchHit', { description: 'A full-text search result.' })
export class SearchHitType {
  @Field(() => NodeInterface, { description: 'The matching entity, statement or article.' })
  node!: NodeRow;

  @Field(() => String, { description: 'The matching text with the matched words wrapped in <b>…</b>.' })
  snippet!: string;

  @Field(() => Float, { description: 'Relevance: higher is better (negated SQLite FTS5 bm25).' })
  score!: number;
}
