import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { countryInName } from '../../src/extract/home-country';
import { articleCountry, isSameReferent, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, extra: Partial<NamedEntity> = {}): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases: [name, ...(extra.aliases ?? [])], ...extra });

describe("resolution, round 31: countries named inside bodies' names", () => {
  it('counts a country that two of the bodies an article names hold in their names', () => {
    const text =
      'Harbour plan\n\nSir, - The plan for the harbour at Nuku\'alofa is too costly. Tonga Water Board engineers say the pipes are old, ' +
      'and Tonga Ports Authority wants a new quay. Our neighbours in Fiji did better. Yours, Sione Lātū-Vaipulu';
    expect(articleCountry(extractArticle(text).entities)).toBe('country:TON');
  });

  it('does not count a country that only one body holds in its name', () => {
    const text =
      'Flights resume\n\nKAMPALA, Uganda - Uganda reopened its airspace on Monday. Kenya Airways said its first flight would land in Kampala at noon, ' +
      'and officials in Uganda said Entebbe would be busy.';
    expect(articleCountry(extractArticle(text).entities)).toBe('country:UGA');
  });

  it("reads no country in a body named after a part of one ('Northern Ireland'), but keeps a region's country", () => {
    expect(countryInName('Police Service of Northern Ireland')).toBeUndefined();
    expect(countryInName('Western Australia Police Force')).toBe('country:AUS');
    expect(countryInName('South Africa Revenue Service')).toBe('country:ZAF');
    expect(countryInName('Kenya Ports Authority')).toBe('country:KEN');
  });
});

describe("resolution, round 31: a country's news agency named in its own language's order", () => {
  it("merges a known agency's acronym with a full name that spells it in another language, within one country", () => {
    const mti = org('MTI', { gazetteerId: 'org:mti', country: 'country:HUN' });
    const spelt = org('Hungarian News Agency', { aliases: ['MTI'], country: 'country:HUN' });
    expect(isSameReferent(mti, spelt)).toBe(true);
  });

  it("keeps them apart across countries: abroad, an acronym alone ties a known body only to a name that spells it", () => {
    const mti = org('MTI', { gazetteerId: 'org:mti', country: 'country:HUN' });
    const unspelt = org('Hungarian News Agency', { aliases: ['MTI'], country: 'country:AUT' });
    expect(isSameReferent(mti, unspelt)).toBe(false);
  });
});

describe('header and results, round 31 (lead)', () => {
  const text =
    'TOWN OPEN · OFFICIAL SITE\n\nROUND 4 REPORT: Varga holds the lead\n\nBulletin editor: Petra Lindqvist-Ohm · Photos: Festival press office\n\n' +
    'RESULTS, ROUND 4\nBoard 1: GM Tibor Varga (Hungary) 1-0 GM Anselm Kroyer (Austria)\nBoard 2: IM Oona Mikkelsen (Denmark) ½-½ GM Radu Ionescu-Prahova (Romania)\n' +
    'Board 3: GM Lior Ben-Shitrit (Israel) 0-1 WGM Saule Dzhaksybekova (Kazakhstan)\n\n' +
    'Varga won in 31 moves. "It was a quiet game until move 20," Varga said. Kroyer said he had missed a knight fork.';
  const names = () => extractArticle(text).entities.map((e) => `${e.kind}:${e.name}`);

  it('reads the players of a results block, whose rows are no Title Case headline', () => {
    const found = names();
    expect(found).toContain('PERSON:Anselm Kroyer');
    expect(found).toContain('PERSON:Saule Dzhaksybekova');
    expect(found).toContain('PLACE:Kazakhstan');
  });

  it("drops a bulletin editor's credit line with a photo credit after it", () => {
    expect(names().some((n) => n.includes('Lindqvist'))).toBe(false);
  });
});

describe('coref, round 31 (lead): a place and the structures named after it', () => {
  it("keeps an island named alone apart from its airport when another body's name opens with it too", () => {
    const text =
      'Runway works\n\nInishvara Airport will close for six weeks while its runway is rebuilt, the council said. ' +
      'The Inishvara Chamber of Commerce said businesses would lose bookings. "Inishvara has waited a long time for this," ' +
      'said Maeve Cullinane-Roe, who runs a guest house. Ferries will sail to the mainland twice a day.';
    const found = extractArticle(text).entities.map((e) => `${e.kind}:${e.name}`);
    expect(found).toContain('PLACE:Inishvara Airport');
    expect(found).toContain('PLACE:Inishvara');
  });

  it("still reads a lone word as its division's short form ('Nyandarua' of 'Nyandarua County')", () => {
    const text =
      'Blight spreads\n\nFarmers in Nyandarua County lost half their potatoes, the Nyandarua Farmers Cooperative said. ' +
      'Nyandarua grows a third of the crop.';
    const found = extractArticle(text).entities.map((e) => `${e.kind}:${e.name}`);
    expect(found).not.toContain('PLACE:Nyandarua');
  });
});
