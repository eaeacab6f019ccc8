import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe("kinds round 30b: 'municipalities of' lists, '-ite' adjectives, a demonym's place appositive", () => {
  it("reads every town of a list after 'the municipalities of' as a place", () => {
    const f = facts('Farmers in the municipalities of Quelvar, Ytzamal and Borrochín said the rains came late this year.');
    expect(f.entity('Quelvar')?.kind).toBe('PLACE');
    expect(f.entity('Ytzamal')?.kind).toBe('PLACE');
    expect(f.entity('Borrochín')?.kind).toBe('PLACE');
  });

  it("drops a community's adjective in '-ite' before a lower-case noun, after 'the' too", () => {
    const f = facts('Jonas Penner Dyck, a spokesman for the Hutterite farming colonies near Valmora, said the fields were safe.');
    expect(f.entity('Hutterite')).toBeUndefined();
    expect(f.entity('Jonas Penner Dyck')?.kind).toBe('PERSON');
  });

  it("reads a lone name with the appositive ', a <demonym> island/town of' as a place", () => {
    const f = facts('The ferry was cancelled again. Skarnø, a Danish island of about 900 people, has no other link to the mainland.');
    expect(f.entity('Skarnø')?.kind).toBe('PLACE');
    const g = facts('Velotra, a small Greek town on the coast, had no water for two days.');
    expect(g.entity('Velotra')?.kind).toBe('PLACE');
  });

  it("reads the name after 'the prefecture of' or 'the forest of' as a place", () => {
    const f = facts('The prefecture of Morvézec deployed 90 gendarmes along the route, which crosses the forest of Kerlouan.');
    expect(f.entity('Morvézec')?.kind).toBe('PLACE');
    expect(f.entity('Kerlouan')?.kind).toBe('PLACE');
  });
});
