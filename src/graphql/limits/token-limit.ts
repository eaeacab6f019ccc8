import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Lexical tokens in a document, counted the way graphql's parse({ maxTokens }) counts them
 * (comments excluded). Stops at `stopAfter` so a huge document costs no more than the limit;
 * a document the lexer cannot read counts what it read, and parse() reports the syntax error.
 */
export function countTokens(source: string, stopAfter = Number.MAX_SAFE_INTEGER): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count < stopAfter && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    // a syntax error: parse() reports it with its location
  }
  return count;
}
