import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, type NamedEntity } from '../../src/extract/referent';

const entity = (text: string, name: string) => extractArticle(text).entities.find((e) => e.name === name);

describe('resolution, round 16', () => {
  it("reads a nation's name written after 'at' in another country's article as a local site", () => {
    const text =
      'Mill delayed\n\nPARAMARIBO - Suriname said the new rice mill at Scotland, on the Coppename River, will open in May. Suriname paid for the dryers, and Suriname expects the mill at Scotland to employ 80 people.';
    expect(entity(text, 'Scotland')?.gazetteerId).toBe('city:scotland@SUR');
  });

  it("keeps the nation when the article writes 'in' before it", () => {
    const text = 'Ferry talks\n\nDUBLIN - Ireland said a new ferry will run to a port in Scotland from May. Ireland and Scotland will share the cost, and the first sailing leaves at Scotland\'s request in June.';
    expect(entity(text, 'Scotland')?.gazetteerId).toBe('country:scotland');
  });

  it("keeps a place's name with a lower-case feature noun after it as an alias, which finds the capitalised name", () => {
    const text = 'Water returns\n\nTASHKENT - Fishermen said the Zarbek dam has raised the lake by two metres. Uzbekistan built the Zarbek dam in 2031, and Uzbekistan says the lake will keep rising.';
    const dam = entity(text, 'Zarbek');
    expect(dam?.aliases).toContain('Zarbek dam');
    const place = (name: string, aliases: string[]): NamedEntity => ({ kind: 'PLACE', name, aliases });
    expect(isSameReferent(place('Zarbek', ['Zarbek dam']), place('Zarbek Dam', []))).toBe(true);
    // Both name the river alone, one also with 'river' after it: still one river.
    expect(isSameReferent(place('Oxbek', ['Oxbek river']), place('Oxbek', []))).toBe(true);
    // A river's capitalised name does not reach the town named alone elsewhere.
    expect(isSameReferent(place('Oxbek River', ['Oxbek']), place('Oxbek', []))).toBe(false);
  });
});
