/**
 * The facts extraction pulls out of one article. Pure data: no database ids,
 * only document-local keys ("e0", "e1", ...) that ingestion resolves against the graph.
 * Every offset is a UTF-16 index into the article text exactly as it was given.
 */

export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'PLACE';
export type StatementKind = 'QUOTE' | 'PARAPHRASE';
export type RelationshipType = 'CO_OCCURRENCE' | 'SPOKE_TO' | 'SPOKE_ABOUT' | 'MEMBER_OF';

/** A character range [start, end) in the article text. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence of the article body (boilerplate excluded). */
export interface ExtractedSentence extends Span {
  index: number;
}

/** One place where an entity is named in the text. */
export interface ExtractedMention extends Span {
  /** The text as written, e.g. "Kerry's" gives "Kerry". */
  surface: string;
  /** Index into ExtractedArticle.sentences. */
  sentence: number;
}

/** An entity as one article names it, after in-document coreference. */
export interface ExtractedEntity {
  /** Document-local key, unique within one ExtractedArticle. */
  key: string;
  kind: EntityKind;
  /** The fullest form the article uses: "John Kerry", not "Kerry" nor "Secretary Kerry". */
  name: string;
  /** Every surface form the article uses for it (the name included), titles stripped. */
  aliases: string[];
  mentions: ExtractedMention[];
  /**
   * Set when a data package or the curated list knows the referent ('country:USA',
   * 'org:european union'): every spelling of it shares the id, across articles too.
   */
  gazetteerId?: string;
  /**
   * Gazetteer id of the country the text ties this organisation to ('Ghana's Ministry of Health',
   * 'the Ministry of Health of Côte d'Ivoire'), when it does: a generic name's context for
   * cross-document resolution, before the article's own country (home-country.ts). Marked '/sub'
   * ('country:IND/sub') for a body the text gives to a state or province ("the state's Health Department").
   */
  country?: string;
}

/** "US Secretary of State John Kerry": person e0, title "Secretary of State", organisation e3. */
export interface ExtractedRole extends Span {
  person: string;
  title: string;
  organization?: string;
}

export interface ExtractedStatement extends Span {
  kind: StatementKind;
  /** The quoted words (split quotes joined with a space), or the reported clause of a paraphrase. */
  text: string;
  speaker?: string;
  addressee?: string;
  /** Keys of the entities the statement names (speaker and addressee excluded). */
  about: string[];
  sentence: number;
}

export interface RelationshipEvidence extends Span {
  sentence: number;
}

export interface ExtractedRelationship {
  source: string;
  target: string;
  type: RelationshipType;
  weight: number;
  evidence: RelationshipEvidence[];
}

export interface ArticleMeta {
  title?: string;
  /** Dateline place as written: "WASHINGTON", "PORTO ALEGRE, Brazil". */
  dateline?: string;
  /** News agency or publication named by the text: "Associated Press", "AP", "Cbs". */
  agency?: string;
  /** ISO date (YYYY-MM-DD) the text gives for publication. */
  publishedAt?: string;
}

export interface ExtractedArticle {
  meta: ArticleMeta;
  /** Boilerplate ranges removed before anything else (comment prompts, copyright lines, ...). */
  boilerplate: Span[];
  sentences: ExtractedSentence[];
  entities: ExtractedEntity[];
  roles: ExtractedRole[];
  statements: ExtractedStatement[];
  relationships: ExtractedRelationship[];
}
