/** Shared by the metadata-round*.test.ts files: readers of one article's header, boilerplate and furniture. */
import { extractArticle } from '../../src/extract';
import { findBoilerplate } from '../../src/extract/boilerplate';
import { furnitureSpans } from '../../src/extract/headline';
import { splitSentences } from '../../src/extract/sentences';

export const meta = (text: string) => extractArticle(text).meta;
export const names = (text: string) => extractArticle(text).entities.map((e) => e.name);
export const boilerplateLines = (text: string) => findBoilerplate(text).map((s) => text.slice(s.start, s.end).trim());
export const furniture = (text: string, title?: { start: number; end: number }) =>
  furnitureSpans(text, splitSentences(text, []), title).map((s) => text.slice(s.start, s.end));

export const BODY = 'The harbour board on Tuesday approved a new ferry terminal for Lindell, its chairman Tomas Brandt said.';
export const HEADLINE = 'Harbour board approves new ferry terminal for Lindell';
