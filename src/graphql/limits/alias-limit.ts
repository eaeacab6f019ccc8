import { visit, type DocumentNode } from 'graphql';

/** Aliased fields anywhere in the document: each alias can run its field once more. */
export function countAliases(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Field(node) {
      if (node.alias) count++;
    },
  });
  return count;
}
