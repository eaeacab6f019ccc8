import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { articleCountry, isSameReferent, lookupKeys, type NamedEntity } from '../../src/extract/referent';

const place = (name: string, ...aliases: string[]): NamedEntity => ({ kind: 'PLACE', name, aliases: [name, ...aliases] });

describe('resolution, round 30: seas named by an adjective', () => {
  it("reads 'the Baltic' as the Baltic Sea", () => {
    expect(lookupKeys(place('Adriatic Sea'))).toContain('adriatic');
    expect(isSameReferent(place('Adriatic'), place('Adriatic Sea'))).toBe(true);
    expect(isSameReferent(place('Caspian Sea'), place('Caspian'))).toBe(true);
  });

  it('leaves seas named by a common word, a demonym or a name of its own alone', () => {
    expect(isSameReferent(place('North'), place('North Sea'))).toBe(false);
    expect(lookupKeys(place('Irish Sea'))).not.toContain('irish');
    expect(lookupKeys(place('Java Sea'))).not.toContain('java');
  });
});

describe('resolution, round 30: a structure named after a place', () => {
  it("keeps a highway's short form from the range or region it is named after", () => {
    expect(isSameReferent(place('Pamir Highway', 'Pamir'), place('Pamir'))).toBe(false);
    expect(isSameReferent(place('Pamir Highway', 'Pamir'), place('Pamir Highway'))).toBe(true);
  });
});

describe("resolution, round 30: a dependent territory's news", () => {
  it('takes the territory as the article country when it is named at least half as often as its sovereign', () => {
    const text =
      'Vote count\n\nNUUK, Greenland - Voters in Greenland backed the Inuit Ataqatigiit party, results in Nuuk showed. Copenhagen said it respected the result. ' +
      'Denmark will talk to Nuuk, a minister in Copenhagen said. Greenland votes again in 2040. Copenhagen and Denmark agreed.';
    expect(articleCountry(extractArticle(text).entities)).toBe('country:GRL');
  });

  it('keeps the sovereign when the territory is named only in passing', () => {
    const text =
      'Budget passed\n\nCOPENHAGEN - Denmark passed its budget on Tuesday. Parliament in Copenhagen voted 95 to 80, and Denmark will cut taxes. ' +
      'A minister in Copenhagen said Denmark would also fund a new harbour in Greenland. Aarhus and Odense welcomed it.';
    expect(articleCountry(extractArticle(text).entities)).toBe('country:DNK');
  });
});

describe('names, round 30 (lead)', () => {
  const entities = (text: string) => extractArticle(text).entities.map((e) => `${e.kind}:${e.name}`);

  it("keeps 'University of' with a region opening with a compass word ('Western Australia')", () => {
    expect(entities('Drought study\n\nPERTH - Mara Quist of the University of Western Ontario said the wells were dry.')).toContain('ORGANIZATION:University of Western Ontario');
  });

  it("does not end a sentence at the styles 'Bro.' and 'Sis.' before a name", () => {
    const found = entities('Strike called\n\nTEMA, Ghana - The Branch Secretary, Sis. Efua Mensah-Ansah, told members to stay home. The National Chairman, Bro. Kwaku Boateng-Ofori, agreed with her.');
    expect(found).toContain('PERSON:Kwaku Boateng-Ofori');
    expect(found).not.toContain('PERSON:Bro');
  });
});
