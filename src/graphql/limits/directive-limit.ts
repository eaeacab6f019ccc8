import { visit, type DocumentNode } from 'graphql';

/** Directive uses anywhere in the document (repeated `@skip`/`@include` is a known DoS). */
export function countDirectives(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Directive() {
      count++;
    },
  });
  return count;
}
