import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 21: people lists, homes, accents, titles, indices, currencies, illnesses', () => {
  it('reads full names listed after a plural person noun and "including" as people', () => {
    const f = facts('The albums, recorded in the 1960s by singers including Vann Tollek, Mao Rith Seyha and Dara Pich, were found in an attic in Lisbon last year.');
    for (const name of ['Vann Tollek', 'Mao Rith Seyha', 'Dara Pich']) expect(f.entity(name)?.kind, name).toBe('PERSON');
  });

  it('reads a grower described in an appositive as a person', () => {
    const f = facts('Somphet Chanthalangsy, a grower in the hills east of the river, said the rains came late this year.');
    expect(f.entity('Somphet Chanthalangsy')?.kind).toBe('PERSON');
  });

  it('does not read an accented surname as a company abbreviation', () => {
    const f = facts('Party leader Amílcar Nhaga Có told supporters in the capital that the party would form a government.');
    expect(f.entity('Amílcar Nhaga Có')?.kind).not.toBe('ORGANIZATION');
    expect(facts('Shares of Dalton Freight Co rose 4 percent in early trading on Monday.').entity('Dalton Freight Co')?.kind).toBe('ORGANIZATION');
  });

  it('reads where a person given with an age lives as a place', () => {
    const f = facts('The accused are Marlon Pettigrew, 27, of Fern Hollow, and Kerwin Ashby, 45, of Brackley.');
    expect(f.entity('Fern Hollow')?.kind).toBe('PLACE');
    expect(f.entity('Brackley')?.kind).toBe('PLACE');
    expect(f.entity('Marlon Pettigrew')?.kind).toBe('PERSON');
  });

  it('does not make a home after a person noun and "from" a person because of "who"', () => {
    const f = facts('The 29-year-old nurse from Tarvanne, who finished fourth last year, led from the start. She grew up in Tarvanne with her aunt.');
    expect(f.entity('Tarvanne')?.kind).toBe('PLACE');
  });

  it('reads a theatre as a place', () => {
    const f = facts('The choir will sing at Riverbend Theatre on Friday, the organisers said.');
    expect(f.entity('Riverbend Theatre')?.kind).toBe('PLACE');
  });

  it('reads no entity in a title standing alone in quotation marks', () => {
    const f = facts('Students rehearse "Moonlight Kesor" at the hall on Tuesday, and the band later played "Blue Lotus Road" twice.');
    expect(f.entity('Moonlight Kesor')).toBeUndefined();
    expect(f.entity('Blue Lotus Road')).toBeUndefined();
  });

  it('reads no entity in a festival named before its noun', () => {
    const f = facts('The students will perform at the Tonle Vasak festival in Kampot in April.');
    expect(f.entity('Tonle Vasak')).toBeUndefined();
  });

  it('reads no entity in an illness', () => {
    const f = facts('Cholera Vibrio spreads through dirty water, doctors said. Hepatitis A has also been reported in the district.');
    expect(f.entity('Hepatitis A')).toBeUndefined();
  });

  it('reads no entity in a stock index', () => {
    const f = facts('The Lusaka All Share Index rose 1.2 percent on Monday, while the Copperbelt Share Index fell.');
    expect(f.entity('Lusaka All Share Index')).toBeUndefined();
    expect(f.entity('Copperbelt Share Index')).toBeUndefined();
  });

  it("reads no entity in a currency's sign written before amounts", () => {
    const f = facts('Kilwa Mills closed at ZSh 1,240, up from ZSh 1,180. The bond raised ZSh 6.5 billion.');
    expect(f.entity('ZSh')).toBeUndefined();
    expect(f.entity('Kilwa Mills')).toBeDefined();
  });
});

describe('kinds round 21: an index with its acronym, a currency in brackets', () => {
  it('reads no entity in an index given with its acronym, nor in a currency named in brackets', () => {
    const f = facts('Banks lift the market on a quiet day\n\nThe Kafue Share Index (KSI) rose 0.4 percent on Wednesday, dealers said. Turnover was ZSh 6.42 billion, up from ZSh 3,950,000. Prices are in Zambezi shillings (ZSh).');
    expect(f.entity('Kafue Share Index')).toBeUndefined();
    expect(f.entity('ZSh')).toBeUndefined();
  });

  it('reads a ranked competitor with a country in brackets as no place when entries run on after a label', () => {
    const f = facts('Trail race ends in the dark\n\nThe race ended after midnight.\n\nRESULTS\nMen: 1. Eneko Arrizabalaga Urkiza (Spain) 20:11:05; 2. Pemba Dorje Sherpa (Nepal) 20:40:12\n\nArrizabalaga Urkiza said his legs gave out near the summit.');
    expect(f.entity('Pemba Dorje Sherpa')?.kind).not.toBe('PLACE');
    expect(f.entity('Eneko Arrizabalaga Urkiza')?.kind).not.toBe('PLACE');
  });
});
