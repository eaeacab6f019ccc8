import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isGenericName, isSameReferent, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, country: string): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases: [], country });
const placeIds = (text: string) => new Map(extractArticle(text).entities.filter((e) => e.kind === 'PLACE').map((e) => [e.name, e.gazetteerId]));

describe('resolution, round 28: legislatures and federal bodies', () => {
  it("reads 'Congress' as a generic legislature, merged only within one country", () => {
    expect(isGenericName('Congress')).toBe(true);
    expect(isSameReferent(org('Congress', 'country:PER'), org('Congress', 'country:USA'))).toBe(false);
    expect(isSameReferent(org('Congress', 'country:PER'), org('Congress', 'country:PER'))).toBe(true);
  });

  it("reads a federal body named in a dependent territory as its sovereign's", () => {
    // Guam and the US Virgin Islands are both American territories (seeds/curated/sovereigns.json).
    const federal = 'Federal Disaster Management Agency';
    expect(isSameReferent(org(federal, 'country:GUM'), org(federal, 'country:VIR'))).toBe(true);
    expect(isSameReferent(org(federal, 'country:GUM'), org(federal, 'country:USA'))).toBe(true);
    expect(isSameReferent(org(federal, 'country:GUM'), org(federal, 'country:BRA'))).toBe(false);
    // A territory's own generic body is not its sovereign's.
    expect(isSameReferent(org('Disaster Management Agency', 'country:GUM'), org('Disaster Management Agency', 'country:VIR'))).toBe(false);
  });
});

describe("resolution, round 28: a body the text gives to a state or province", () => {
  it('keeps it apart from a body of the same name in another article of the country', () => {
    const text =
      'Wells run dry\n\nPUNE, India - Hundreds of villages are relying on tankers after wells ran dry, the state\'s Department of Water Resources said on Monday. The Department of Water Resources said rain was three weeks late.';
    const dept = extractArticle(text).entities.find((e) => e.name === 'Department of Water Resources');
    expect(dept?.country).toBe('country:IND/sub');
    expect(isSameReferent({ ...dept!, country: dept!.country }, org('Department of Water Resources', 'country:IND'))).toBe(false);
  });
});

describe("resolution, round 28: a saint's town of the article's own country", () => {
  it('is that country\'s town even when the article names the country of a larger one', () => {
    const text =
      'Port strike ends\n\nVALPARAISO, Chile - Dockers in San Antonio returned to work on Tuesday after a four-day strike. Copper shipments to the United States and China resumed, the port company said, and Chile expects no further delays.';
    expect(placeIds(text).get('San Antonio')).toBe('city:san antonio@CHL');
  });

  it('leaves a capital named after a saint as the capital, with its country named', () => {
    // Honduras has a small San José of its own; Costa Rica's capital is still the one meant.
    const text =
      'Qualifier moved\n\nTEGUCIGALPA, Honduras - Honduras will play Costa Rica in San José after the stadium in Tegucigalpa failed an inspection, the Honduran federation said. Honduras last won in San José in 2039.';
    expect(placeIds(text).get('San José')).toBe('city:san jose');
  });
});
