import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;

interface CompromiseModel {
  one: { lexicon: Lexicon };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

let model: CompromiseModel | undefined;

function load(): CompromiseModel {
  model ??= (nlp as unknown as { model(): CompromiseModel }).model();
  return model;
}

/**
 * Tags compromise's lexicon gives a lower-case word or phrase ('john' -> ['MaleName']).
 * Only the lexicon is used, never the tagger: a table lookup keeps extraction fast.
 */
export function lexiconTags(word: string): readonly string[] {
  const tags = tagTable().get(word);
  if (tags !== undefined) return tags;
  // What the object lookup also finds: what plain objects inherit ('constructor').
  return INHERITED.has(word) ? readTags(load().one.lexicon[word]) : NO_TAGS;
}

function readTags(tags: string | string[] | undefined): readonly string[] {
  if (tags === undefined) return [];
  return typeof tags === 'string' ? [tags] : tags;
}

const NO_TAGS: readonly string[] = Object.freeze([]);
/** Names a lookup in a plain object finds without the object holding them. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * The lexicon's own entries as a Map of tag lists, built once: an object keyed by 24,000 words is looked up
 * slower (each key a new string to internalise) and a lone tag would need a new array each time.
 */
let tagMap: Map<string, readonly string[]> | undefined;
function tagTable(): Map<string, readonly string[]> {
  if (!tagMap) {
    tagMap = new Map();
    for (const [word, tags] of Object.entries(load().one.lexicon)) tagMap.set(word, readTags(tags));
  }
  return tagMap;
}

/** Words compromise knows end organisation names ('department', 'council', ...). */
export function isOrgWord(word: string): boolean {
  return load().two.orgWords[word] === true;
}

/** Words compromise knows end place names ('district', 'camp', 'mosque'? no: 'river', 'city', ...). */
export function isPlaceWord(word: string): boolean {
  return load().two.placeWords[word] === true;
}

/** Every lexicon entry carrying one of the given tags. */
export function lexiconEntries(tags: readonly string[]): string[] {
  const wanted = new Set(tags);
  const out: string[] = [];
  for (const [word, t] of Object.entries(load().one.lexicon)) {
    const list = typeof t === 'string' ? [t] : t;
    if (list.some((x) => wanted.has(x))) out.push(word);
  }
  return out;
}
