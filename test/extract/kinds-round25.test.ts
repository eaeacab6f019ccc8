import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entity kinds (round 25): people', () => {
  it('reads unknown name words followed by a home set off by commas as a person, and the home as a place', () => {
    const text = 'A farmer was remanded on Tuesday. Tevita Kaloumaira, of Naviti, faces one count of theft.';
    const found = facts(text).entities();
    expect(found).toContain('PERSON:Tevita Kaloumaira');
    expect(found).toContain('PLACE:Naviti');
  });

  it('reads a full name after a lawyer\'s description set off by commas as a person', () => {
    const text = 'The case resumed on Monday. Semisi Tukuafu, counsel for the union, told the court the funds were missing.';
    expect(facts(text).entities()).toContain('PERSON:Semisi Tukuafu');
  });

  it('reads a full name right after a lower-case playing position as a person', () => {
    const text = 'The Tigres won 5-4 after two runs off reliever Ramiro Tejeda Lugo in the ninth inning.';
    expect(facts(text).entities()).toContain('PERSON:Ramiro Tejeda Lugo');
  });
});

describe('entity kinds (round 25): places', () => {
  it('reads community centres and village halls used as venues as places', () => {
    const text = 'Polling stations: Kingsmead Community Centre, Ashby Village Hall. The count starts at 10pm.';
    const found = facts(text).entities();
    expect(found).toContain('PLACE:Kingsmead Community Centre');
    expect(found).toContain('PLACE:Ashby Village Hall');
  });

  it('reads a lettered zone and a compass division as places', () => {
    const text = 'Navy chiefs from the four countries of Zone F met on Monday. Cases were heard in the magistrates courts of the Northern Division.';
    const found = facts(text).entities();
    expect(found).toContain('PLACE:Zone F');
    expect(found).toContain('PLACE:Northern Division');
  });

  it('reads a valley opener and an unknown word as a valley, not a person named Val', () => {
    const text = 'The hut sits high in the remote Val Corvara, where snow lingers until June.';
    expect(facts(text).entities()).toContain('PLACE:Val Corvara');
  });

  it('reads a two-word name opened by a Romance saint\'s name as a place', () => {
    const text = 'The statue goes back to the church of San Vidorn above the village in May.';
    expect(facts(text).entities()).toContain('PLACE:San Vidorn');
  });

  it('reads a subregion as a place', () => {
    const text = 'The resistant strain later spread through the Lower Ferrant Subregion, officials said.';
    expect(facts(text).entities()).toContain('PLACE:Lower Ferrant Subregion');
  });
});

describe('entity kinds (round 25): organisations and non-entities', () => {
  it('reads a name before a plural possessive appositive headed by "group" as an organisation', () => {
    const text = 'Anna Petit, president of Agrimax, the farmers\' group that sells most of the crop, said exports would fall.';
    expect(facts(text).entities()).toContain('ORGANIZATION:Agrimax');
  });

  it('drops names of series and declarations (events and documents)', () => {
    const text = 'Delegates will sign the draft Tessaly Declaration on Friday, after the Andean Series ends.';
    const found = facts(text).entities();
    expect(found.some((e) => e.endsWith('Tessaly Declaration'))).toBe(false);
    expect(found.some((e) => e.endsWith('Andean Series'))).toBe(false);
  });
});
