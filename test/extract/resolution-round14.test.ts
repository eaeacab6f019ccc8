import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, type NamedEntity } from '../../src/extract/referent';

const entity = (text: string, name: string) => extractArticle(text).entities.find((e) => e.name === name);

describe('resolution, round 14', () => {
  it("keeps a body's own acronym from taking the id of a known body abbreviated alike", () => {
    // 'APA' is a news agency the curated file knows; here it abbreviates the agency's Portuguese name.
    const text = 'Plant approved\n\nLISBON - The plant still needs a licence from Portugal\'s Environment Agency (APA), the company said. Portugal expects a decision in May.';
    const agency = entity(text, 'Environment Agency');
    expect(agency?.aliases).toContain('APA');
    expect(agency?.gazetteerId).toBeUndefined();
  });

  it('ties a known body to an unknown one by a shared acronym only when the unknown one spells it', () => {
    const org = (name: string, aliases: string[], extra: Partial<NamedEntity> = {}): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases, ...extra });
    const wire = org('APA', ['APA'], { gazetteerId: 'org:apa', country: 'country:CMR' });
    expect(isSameReferent(org('Environment Agency', ['Environment Agency', 'APA'], { country: 'country:PRT' }), wire)).toBe(false);
    // A name that spells the acronym still joins it.
    expect(isSameReferent(org('Agence de Presse Africaine', ['APA'], { country: 'country:SEN' }), wire)).toBe(true);
  });

  it("reads a famous town's name given as an island of the article's country as that island", () => {
    const text =
      'Ferry starts\n\nPRAIA - A ferry now links the islands of Santiago, Maio and Boa Vista, Cabo Verde said. Cabo Verde paid half, and the ferry will call at Santiago twice a day.';
    expect(entity(text, 'Santiago')?.gazetteerId).toBe('city:santiago@CPV');
    // Named as a town, Chile's capital stays itself.
    const talks = 'Talks end\n\nLIMA - Peru and Bolivia will meet again in Santiago in June, Peru said. Peru hosts the next round.';
    expect(entity(talks, 'Santiago')?.gazetteerId).toBe('city:santiago');
  });
});
