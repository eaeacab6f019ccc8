import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** One ingested news article, stored whole as it was given. */
@Entity({ tableName: 'article' })
export class Article {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'text' })
  title!: string;

  /** Agency or publication: given by the caller, or read from the text ("Associated Press"). */
  @Property({ type: 'string', nullable: true })
  @Index()
  source?: string | null;

  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Index()
  publishedAt?: Date | null;

  /** Dateline place as written ("WASHINGTON"). */
  @Property({ type: 'string', nullable: true })
  dateline?: string | null;

  /** The text exactly as given; every offset in the graph points into it. */
  @Property({ type: 'text' })
  text!: string;

  /** sha256 of the text: the same content is ingested once. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  contentHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
