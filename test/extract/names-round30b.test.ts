import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 30b: surnames spelt like places, hyphenated regions beside their bodies', () => {
  it('keeps a place apart from a person whose surname only folds to the same spelling', () => {
    const f = facts('Floods hit villages in Chitra district on Monday. Roads in Chitra were closed. Dr Salma Rafiq Chitrai, a hydrologist at Northern Highlands University, said the river had risen fast. "We expected this," Chitrai said.');
    expect(f.entity('Salma Rafiq Chitrai')?.kind).toBe('PERSON');
    expect(f.entity('Chitra')?.kind).toBe('PLACE');
  });

  it('reads a hyphenated region after "in" as the place, not the body named after it', () => {
    const f = facts('The Rivona-Kestel Water Board said the dam was safe. Rainfall in Rivona-Kestel is expected to stay high this week.');
    expect(f.entity('Rivona-Kestel Water Board')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Rivona-Kestel')?.kind).toBe('PLACE');
  });

  it('reads an acronym before a place the article names alone as an organisation, not a person', () => {
    const f = facts('Nurses in Valdoria went on strike on Monday. SINTRA Valdoria said it would join the march.');
    expect(f.entity('SINTRA Valdoria')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Valdoria')?.kind).toBe('PLACE');
  });

  it('drops the Spanish honorific Doña before a full name, even when the given name is also a town', () => {
    const f = facts('Doña Mercedes Uc Canul, a weaver from the village of Kantemo, said prices had fallen.');
    expect(f.entity('Mercedes Uc Canul')?.kind).toBe('PERSON');
    expect(f.entity('Doña Mercedes Uc Canul')).toBeUndefined();
  });

  it('reads no name in an abbreviated title before its period', () => {
    const f = facts('The harvest was late. Biologist Dra. Leticia Poot Cauich, who led the survey, said yields had halved.');
    expect(f.entity('Leticia Poot Cauich')?.kind).toBe('PERSON');
    expect(f.entity('Dra')).toBeUndefined();
  });
});
