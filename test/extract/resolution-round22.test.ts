import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, lookupKeys, namedCountries, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, aliases: string[], country?: string): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases, country });
const place = (name: string, aliases: string[] = [], gazetteerId?: string): NamedEntity => ({ kind: 'PLACE', name, aliases, gazetteerId });

describe('resolution, round 22', () => {
  it("merges a country's mission abroad only within one host country", () => {
    expect(isSameReferent(org('U.S. Embassy', [], 'country:FJI'), org('U.S. Embassy', [], 'country:TON'))).toBe(false);
    expect(isSameReferent(org('U.S. Embassy', [], 'country:FJI'), org('U.S. Embassy', [], 'country:FJI'))).toBe(true);
    expect(isSameReferent(org('Embassy of Brazil', [], 'country:KEN'), org('Embassy of Brazil', [], 'country:GHA'))).toBe(false);
    expect(lookupKeys(org('U.S. Embassy', [], 'country:FJI'))).toContain('in:country:FJI');
  });

  it('reads Spanish, Portuguese and French names of public institutions as generic', () => {
    expect(isSameReferent(org('Defensoría del Pueblo', [], 'country:BOL'), org('Defensoría del Pueblo', [], 'country:PAN'))).toBe(false);
    expect(isSameReferent(org('Defensoría del Pueblo', [], 'country:BOL'), org('Defensoría del Pueblo', [], 'country:BOL'))).toBe(true);
    expect(isSameReferent(org('Agência Nacional de Águas', [], 'country:BRA'), org('Agência Nacional de Águas', [], 'country:AGO'))).toBe(false);
    // A name with a proper word still merges across countries.
    expect(isSameReferent(org('Banco de la Nación Argentina', [], 'country:ARG'), org('Banco de la Nación Argentina', [], 'country:URY'))).toBe(true);
  });

  it('keeps the acronym of a body known only by generic names from a body of another country', () => {
    // Bolivia's water authority known by its Spanish initials, and a Cape Verdean company called only by the same letters.
    const authority = org('National Water Authority', ['SNA'], 'country:BOL');
    expect(isSameReferent(org('SNA', ['SNA'], 'country:CPV'), authority)).toBe(false);
    expect(isSameReferent(org('SNA', ['SNA'], 'country:BOL'), authority)).toBe(true);
    // An acronym of a body with a proper name still travels ('WMO' for the World Meteorological Organization).
    expect(isSameReferent(org('WMO', ['WMO'], 'country:CPV'), org('World Meteorological Organization', ['WMO'], 'country:BOL'))).toBe(true);
  });

  it('reads islands named by the plural of their first word as the islands', () => {
    expect(isSameReferent(place('Faroes'), place('Faroe Islands'))).toBe(true);
    expect(isSameReferent(place('Balearics'), place('Balearic Islands'))).toBe(true);
    expect(isSameReferent(place('Canaries'), place('Canary Islands'))).toBe(true);
    expect(isSameReferent(place('Solomon'), place('Solomon Islands'))).toBe(false);
  });

  it("keeps a place's final 's when a package knows one side: 'St. Mary's' is not 'St Mary'", () => {
    expect(isSameReferent(place('St Mary'), place("St. Mary's", [], 'city:st marys'))).toBe(false);
    expect(isSameReferent(place("St Mary's"), place("St. Mary's", [], 'city:st marys'))).toBe(true);
  });

  it('lets a bare acronym name a body tied to another country when its article names that country', () => {
    const institute = org('Swedish Institute for Marine Research', ['SIMR'], 'country:SWE');
    const bare = (countriesNamed?: string[]): NamedEntity => ({ ...org('SIMR', ['SIMR'], 'country:CHL'), countriesNamed });
    expect(isSameReferent(bare(), institute)).toBe(false);
    expect(isSameReferent(bare(['country:CHL']), institute)).toBe(false);
    expect(isSameReferent(bare(['country:CHL', 'country:SWE']), institute)).toBe(true);
    // A town names its country: 'Uppsala' is in Sweden.
    expect(namedCountries([{ gazetteerId: 'country:CHL' }, { gazetteerId: 'city:uppsala' }])).toEqual(['country:CHL', 'country:SWE']);
  });

  it("reads a saint's town the tables place in a country the article never names as the article country's town", () => {
    const text =
      "Harbour fire\n\nHAMILTON, Bermuda - A fire destroyed a boat shed in St George's on Sunday, Bermuda's fire service said. Bermuda has had a dry month, and crews from Bermuda's airport helped.";
    expect(extractArticle(text).entities.find((e) => e.name === "St George's")?.gazetteerId).toBe('city:st georges@BMU');
    // In an article that names Grenada it stays Grenada's capital.
    const grenada = extractArticle("Nutmeg prices\n\nFarmers in St George's said prices rose. Grenada exports nutmeg, and Grenada's growers expect a good year.");
    expect(grenada.entities.find((e) => e.name === "St George's")?.gazetteerId).toBe('city:st georges');
  });
});
