import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, lookupKeys, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, country?: string): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases: [], country });
const place = (name: string, country?: string, gazetteerId?: string): NamedEntity => ({ kind: 'PLACE', name, aliases: [], country, gazetteerId });

describe('resolution, round 21', () => {
  it("reads offices every government has as generic names, merged only within one country", () => {
    expect(isSameReferent(org('Council of Ministers', 'country:MLI'), org('Council of Ministers', 'country:LVA'))).toBe(false);
    expect(isSameReferent(org('Council of Ministers', 'country:MLI'), org('Council of Ministers', 'country:MLI'))).toBe(true);
    expect(isSameReferent(org("Ombudsman's Office", 'country:BOL'), org("Ombudsman's Office", 'country:CHL'))).toBe(false);
    expect(isSameReferent(org("Prime Minister's Office", 'country:FJI'), org("Prime Minister's Office", 'country:FJI'))).toBe(true);
    // A name with a proper word in it still merges across countries.
    expect(isSameReferent(org('Nordic Council of Ministers', 'country:NOR'), org('Nordic Council of Ministers', 'country:ISL'))).toBe(true);
  });

  it('merges a street or square only within one country, and keys it by its country', () => {
    expect(isSameReferent(place('Harbour Street', 'country:NZL'), place('Harbour Street', 'country:IRL'))).toBe(false);
    expect(isSameReferent(place('Harbour Street', 'country:NZL'), place('Harbour Street', 'country:NZL'))).toBe(true);
    expect(isSameReferent(place('Liberty Square', 'country:GEO'), place('Liberty Square', 'country:UKR'))).toBe(false);
    expect(lookupKeys(place('Harbour Street', 'country:NZL'))).toContain('in:country:NZL');
    // Other places still merge by name across articles about different countries.
    expect(isSameReferent(place('Kalahari', 'country:BWA'), place('Kalahari', 'country:NAM'))).toBe(true);
  });

  it("reads a place named like a first-level region of the article's country as that region", () => {
    const text =
      "Floods close roads\n\nLIMA, Peru (AP) - Heavy rain closed roads in Apurímac on Monday, Peru's transport ministry said. Lima and Cusco were spared. Peru expects more rain.";
    const entities = extractArticle(text).entities;
    expect(entities.find((e) => e.name === 'Apurímac')?.gazetteerId).toBe('region:PER-APU');
    // A town of the article's own country keeps its id.
    expect(entities.find((e) => e.name === 'Cusco')?.gazetteerId).toBe('city:cusco');
  });

  it("reads a region's name with its division noun as the region", () => {
    const a = extractArticle('Maize prices fall\n\nNAIROBI, Kenya - Farmers in Nyeri County said prices fell. Kenya imports maize. Kenya has had a dry year.');
    expect(a.entities.find((e) => e.name === 'Nyeri County')?.gazetteerId).toBe('region:KEN-36');
  });

  it("prefers the article country's region to a foreign town the tables list under the name", () => {
    // The tables' Loreto is a Mexican town; in an article about Peru that never names Mexico it is Peru's region.
    const text = "River boats stranded\n\nIQUITOS, Peru - Low water stranded river boats across Loreto on Sunday. Peru's navy sent barges. Peru's transport ministry said traffic would resume in a week.";
    expect(extractArticle(text).entities.find((e) => e.name === 'Loreto')?.gazetteerId).toBe('region:PER-LOR');
    // Named in an article about Mexico, it stays the Mexican town.
    const mexican = extractArticle('Fishing season opens\n\nLORETO, Mexico - Boats left Loreto at dawn. Mexico set new quotas, and Mexico expects a good season.');
    expect(mexican.entities.find((e) => /^Loreto$/i.test(e.name))?.gazetteerId).toBe('city:loreto');
  });
});
