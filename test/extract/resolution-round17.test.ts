import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, type NamedEntity } from '../../src/extract/referent';

const person = (name: string, aliases: string[] = []): NamedEntity => ({ kind: 'PERSON', name, aliases });

describe('resolution, round 17', () => {
  it('keeps a hyphenated double surname whole', () => {
    expect(isSameReferent(person('Moussa Sarr-Diouf', ['Sarr-Diouf']), person('Moussa Ba Diouf', ['Diouf']))).toBe(false);
    expect(isSameReferent(person('Moussa Sarr-Diouf'), person('Moussa Sarr Diouf'))).toBe(true);
    expect(isSameReferent(person('Moussa Sarr-Diouf'), person('Moussa Sarr-Diouf', ['Sarr-Diouf']))).toBe(true);
  });

  it('reads a particle before a hyphen as part of one surname', () => {
    expect(isSameReferent(person('Khaled al-Tamimi'), person('Khaled Tamimi'))).toBe(true);
  });

  it("ties the article's own wire, named only by its acronym, to the article's country", () => {
    const text =
      'Harvest up\n\nKAOLACK, May 2 (SNA) - Senegal expects a record groundnut harvest, farmers told SNA on Friday. Senegal will export half of it, and Senegal plans new silos.';
    const wire = extractArticle(text).entities.find((e) => e.name === 'SNA');
    expect(wire?.gazetteerId).toBe('org:sna@SEN');
    const org = (aliases: string[], extra: Partial<NamedEntity>): NamedEntity => ({ kind: 'ORGANIZATION', name: 'SNA', aliases, ...extra });
    // Another country's article naming only 'SNA' means another body...
    expect(isSameReferent(org(['SNA'], { gazetteerId: 'org:sna@SEN', country: 'country:SEN' }), org(['SNA'], { country: 'country:SYR' }))).toBe(false);
    // ...while a later Senegalese article's 'SNA' is the same wire.
    expect(isSameReferent(org(['SNA'], { gazetteerId: 'org:sna@SEN', country: 'country:SEN' }), org(['SNA'], { country: 'country:SEN' }))).toBe(true);
  });
});
