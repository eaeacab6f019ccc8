// A typed client in a few lines: the documents come from `npm run codegen`.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { PersonStatementsDocument, SearchDocument } from './gql/graphql';

async function request<TResult, TVariables>(url: string, document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data: TResult; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

export async function main(url = 'http://localhost:4000/graphql'): Promise<void> {
  const { entity } = await request(url, PersonStatementsDocument, { name: 'Kerry', first: 3 });
  // Typed all the way down: entity.statements.edges[0].node.article.title is a string.
  for (const edge of entity?.statements.edges ?? []) {
    console.log(`${entity?.name}: "${edge.node.text}" (${edge.node.article.title})`);
  }
  const { search } = await request(url, SearchDocument, { query: 'Aleppo' });
  console.log(search.map((hit) => `${hit.node.__typename} ${hit.score.toFixed(2)} ${hit.snippet}`).join('\n'));
}
