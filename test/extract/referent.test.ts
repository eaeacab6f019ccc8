import { describe, expect, it } from 'vitest';
import { chooseReferent, isSameReferent, lookupKeys, normaliseAlias, type NamedEntity } from '../../src/extract/referent';

const person = (name: string, ...aliases: string[]): NamedEntity => ({ kind: 'PERSON', name, aliases });
const org = (name: string, ...aliases: string[]): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases });

describe('cross-document resolution', () => {
  it('normalises aliases: case, diacritics, apostrophes, possessive', () => {
    expect(normaliseAlias('Ja’afari’s')).toBe('ja afari');
    expect(normaliseAlias('Antônio Carlos da Rocha')).toBe('antonio carlos da rocha');
  });

  it('merges transliterations and initials of one person (seeds 000, 001, 003; business and technology articles)', () => {
    expect(isSameReferent(person('Sergei Lavrov'), person('Sergey Lavrov'))).toBe(true);
    expect(isSameReferent(person('Sergey V. Lavrov'), person('Sergei Lavrov', 'Lavrov'))).toBe(true);
    expect(isSameReferent(person('Alexander Vetrov'), person('Aleksandr Vetrov'))).toBe(true);
    expect(isSameReferent(person('Halvorsen'), person('Ingrid Halvorsen'))).toBe(true);
  });

  it('never merges different people who share a name part', () => {
    expect(isSameReferent(person('Bashar al-Assad'), person('Bashar Ja’afari'))).toBe(false);
    expect(isSameReferent(person('John Kerry'), person('John Kirby'))).toBe(false);
    expect(isSameReferent(person('Pieter van der Berg'), person('Joost van der Berg'))).toBe(false);
    expect(isSameReferent(person('Maria Rossi'), person('Mario Rossi'))).toBe(false);
  });

  it('merges organisations by a shared folded alias or gazetteer id', () => {
    expect(isSameReferent(org('al-Qaeda'), org('Al-Qaida'))).toBe(true);
    expect(isSameReferent(org('EU'), { ...org('European Union'), gazetteerId: 'org:european union' })).toBe(false);
    expect(isSameReferent({ ...org('EU'), gazetteerId: 'org:european union' }, { ...org('European Union'), gazetteerId: 'org:european union' })).toBe(true);
    expect(isSameReferent(org('Lumora Networks', 'Lumora'), org('Lumora'))).toBe(true);
  });

  it('finds candidates by lookup keys and picks the one sharing most aliases', () => {
    const known = [person('Marieke de Jong', 'De Jong'), person('Sander de Jong')];
    const candidate = person('De Jong');
    const candidates = known.filter((k) => lookupKeys(k).some((key) => lookupKeys(candidate).includes(key)));
    expect(candidates).toHaveLength(2);
    expect(chooseReferent(candidate, candidates)?.name).toBe('Marieke de Jong');
    expect(chooseReferent(person('Joost van der Berg'), [person('Pieter van der Berg', 'van der Berg')])).toBeUndefined();
  });

  it('merges a name that adds a second surname at the end, unless something contradicts it', () => {
    // Spanish and Portuguese names: the mother's surname is often dropped.
    expect(isSameReferent(person('Valentina Ortúzar Pino'), person('Valentina Ortúzar', 'Ortúzar'))).toBe(true);
    expect(isSameReferent(person('Tomás Aguirre', 'Aguirre'), person('Tomás Aguirre Lagos'))).toBe(true);
    const keysOfShort = lookupKeys(person('Valentina Ortúzar'));
    expect(lookupKeys(person('Valentina Ortúzar Pino')).some((k) => keysOfShort.includes(k))).toBe(true);
    // Decided: 'John Smith' = 'John Smith Jones' when nothing contradicts; 'Jones said' makes Jones the surname.
    expect(isSameReferent(person('John Smith Jones'), person('John Smith'))).toBe(true);
    expect(isSameReferent(person('John Smith Jones', 'Jones'), person('John Smith'))).toBe(false);
    // The shared last word must be a surname, and every word before it the same.
    expect(isSameReferent(person('John Paul Jones'), person('John Paul'))).toBe(false);
    expect(isSameReferent(person('Valentina Ortúzar Pino'), person('Camila Ortúzar'))).toBe(false);
    expect(isSameReferent(person('Valentina Ortúzar Pino'), person('Valentina Rojas'))).toBe(false);
    // One word more, not two.
    expect(isSameReferent(person('Lucía Pérez Soto Vidal'), person('Lucía Pérez'))).toBe(false);
  });
});
