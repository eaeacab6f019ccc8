import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, aliases: string[] = [], extra: Partial<NamedEntity> = {}): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases, ...extra });

describe('resolution, round 19', () => {
  it('reads an administrative court as a generic name, merged only within one country', () => {
    expect(isSameReferent(org('SAC', ['SAC'], { country: 'country:ITA' }), org('Supreme Administrative Court', [], { country: 'country:CZE' }))).toBe(false);
    expect(isSameReferent(org('Supreme Administrative Court', [], { country: 'country:CZE' }), org('Supreme Administrative Court', [], { country: 'country:CZE' }))).toBe(true);
  });

  it("does not tie a body the tables know by its acronym to another country's full name that spells it", () => {
    const wire = org('MTI', ['MTI'], { gazetteerId: 'org:mti', country: 'country:HUN' });
    expect(isSameReferent(wire, org('Marshall Tourism Institute', [], { country: 'country:MHL' }))).toBe(false);
    // Two bodies no table knows still merge by an acronym that spells the full name.
    expect(isSameReferent(org('WMO', ['WMO'], { country: 'country:KEN' }), org('World Meteorological Organization', [], { country: 'country:PER' }))).toBe(true);
  });

  it("keeps a bare acronym away from a body named after another country", () => {
    const institute = org("Institut d'Estudis Andorrans", ['IEA'], { country: 'country:AND' });
    expect(isSameReferent(org('IEA', ['IEA'], { country: 'country:SAU' }), institute)).toBe(false);
    expect(isSameReferent(org('IEA', ['IEA'], { country: 'country:AND' }), institute)).toBe(true);
    expect(isSameReferent(org('IEA', ['IEA'], { country: 'country:SAU' }), org('International Energy Agency', [], { country: 'country:PRT' }))).toBe(true);
  });

  it("reads a first-level region's code in an article about its country as the region", () => {
    const text =
      'Port workers walk out\n\nPERTH, Australia (AAP) - Dock workers in WA walked out on Monday. Australia exports most of its ore from WA, and Australia expects talks on Friday.';
    const wa = extractArticle(text).entities.find((e) => e.name === 'WA');
    expect(wa?.kind).toBe('PLACE');
    expect(wa?.aliases).toContain('Western Australia');
    expect(wa?.gazetteerId).toBe('region:AUS-WA');
  });
});

describe('resolution, round 20', () => {
  it('reads the members of a list of local divisions as towns of one country', () => {
    // Adeje is a Spanish town the tables list; El Paso's name is borrowed from the Texan city.
    const text =
      'Trails reopen\n\nThe lava covered parts of the municipalities of El Paso, Adeje and Valle Gran Rey. The mayors of the three towns met on Monday.';
    const town = extractArticle(text).entities.find((e) => e.name === 'El Paso');
    expect(town?.gazetteerId).toBe('city:el paso@ESP');
    // Named without such a list, El Paso stays the Texan city.
    const abroad = extractArticle('Border talks\n\nA delegation flew to El Paso on Monday. The talks in El Paso will go on.').entities.find((e) => e.name === 'El Paso');
    expect(abroad?.gazetteerId).toBe('city:el paso');
  });
});
