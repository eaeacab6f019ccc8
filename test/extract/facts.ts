import { extractArticle, type ExtractedArticle, type ExtractedEntity } from '../../src/extract';

/** Extraction of a small text, with lookups by name for readable assertions. */
export function facts(text: string) {
  const article: ExtractedArticle = extractArticle(text);
  const entity = (name: string): ExtractedEntity | undefined =>
    article.entities.find((e) => e.name === name || e.aliases.includes(name));
  const nameOf = (key: string | undefined) => article.entities.find((e) => e.key === key)?.name;
  return {
    article,
    entity,
    nameOf,
    /** 'KIND:name' for every entity, sorted: compact to compare. */
    entities: () => article.entities.map((e) => `${e.kind}:${e.name}`).sort(),
    /** Each statement as '<KIND> <speaker name>: <text>'. */
    statements: () => article.statements.map((s) => `${s.kind} ${nameOf(s.speaker) ?? '-'}: ${s.text}`),
    roles: () => article.roles.map((r) => `${nameOf(r.person)} | ${r.title} | ${nameOf(r.organization) ?? '-'}`),
  };
}
