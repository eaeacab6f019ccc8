import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('relationships', () => {
  const f = facts('Secretary of State John Kerry called Sergey Lavrov on Wednesday.\n\nKremlin spokesman Dmitry Peskov was silent.\n\nKerry told Lavrov, “Russia must stop the assault on Aleppo,” the State Department said.');
  const rel = (type: string) =>
    f.article.relationships.filter((r) => r.type === type).map((r) => `${f.nameOf(r.source)} -> ${f.nameOf(r.target)} (${r.weight})`).sort();

  it('links entities named in one sentence, weighted by sentences, with evidence', () => {
    expect(rel('CO_OCCURRENCE')).toContain('John Kerry -> Sergey Lavrov (2)');
    const r = f.article.relationships.find((x) => x.type === 'CO_OCCURRENCE' && f.nameOf(x.source) === 'John Kerry' && f.nameOf(x.target) === 'Sergey Lavrov')!;
    expect(r.evidence.map((e) => e.sentence)).toEqual([0, 2]);
    const first = r.evidence[0]!;
    expect(f.article.sentences[first.sentence]).toMatchObject({ start: first.start, end: first.end });
  });

  it('links speaker to addressee and to what the statement names', () => {
    expect(rel('SPOKE_TO')).toEqual(['John Kerry -> Sergey Lavrov (1)']);
    expect(rel('SPOKE_ABOUT')).toEqual(['John Kerry -> Aleppo (1)', 'John Kerry -> Russia (1)']);
  });

  it('links a titled person to the organisation of the title', () => {
    expect(rel('MEMBER_OF')).toEqual(['Dmitry Peskov -> Kremlin (1)']);
  });
});
