import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 15: speakers alone, round-up lines, dates, degrees, sites, cantons', () => {
  it('reads a guessed full name as a person when its last word alone opens a sentence before a speech verb', () => {
    const f = facts('The hearing before Palesa Mokhethi was adjourned to May.\n\nMokhethi said the delay was regrettable.');
    expect(f.entity('Palesa Mokhethi')?.kind).toBe('PERSON');
    expect(f.entity('Mokhethi')?.name).toBe('Palesa Mokhethi');
  });

  it('does the same for a hyphenated surname', () => {
    const f = facts('The Labor member for Ashgrove, Tamsin Orwell-Pike, asked the minister about the dam.\n\nOrwell-Pike said later that she had no answer.');
    expect(f.entity('Tamsin Orwell-Pike')?.kind).toBe('PERSON');
  });

  it('reads a full name before a place and a post in a round-up line as a person', () => {
    const f = facts('Thandiwe Ncube-Dube, Botswana head coach: "We never gave up."');
    expect(f.entity('Thandiwe Ncube-Dube')?.kind).toBe('PERSON');
  });

  it('reads a full name after an opening description with a demonym as a person', () => {
    const f = facts('The first Scottish batter, Ruairi McTeer, was caught at slip.');
    expect(f.entity('Ruairi McTeer')?.kind).toBe('PERSON');
  });

  it('reads an occupation right before a full name after a quote as a person', () => {
    const f = facts('"The soil is full of water," said KMD forecaster Wanjiru Odhiambo. "Move now."');
    expect(f.entity('Wanjiru Odhiambo')?.kind).toBe('PERSON');
  });

  it('takes no ordinal date for a name', () => {
    const f = facts('The line opened on 3rd March, and services to Sohar began on 21st June.');
    expect(f.entities().some((e) => /March|June/.test(e))).toBe(false);
  });

  it("takes no parliament's house-style words alone for names", () => {
    const f = facts('The Speaker ordered calm after the Opposition walked out, and the minister told the House she would reply.');
    expect(f.entities()).toEqual([]);
  });

  it('takes no degree for an organisation', () => {
    const f = facts('The study was led by PhD candidate Lam Wai-kit of the marine science faculty.');
    expect(f.entity('PhD')).toBeUndefined();
  });

  it('reads power stations and prisons as places', () => {
    const f = facts('Workers at Kelvale Power Station were moved, and the accused was held at Teyateyaneng Correctional Institution.');
    expect(f.entity('Kelvale Power Station')?.kind).toBe('PLACE');
    expect(f.entity('Teyateyaneng Correctional Institution')?.kind).toBe('PLACE');
  });

  it('keeps two places joined by a hyphen before an administrative unit whole', () => {
    const f = facts('Flood warnings were issued for Mostar-Konjic Canton and Bihac County on Monday.');
    expect(f.entity('Mostar-Konjic Canton')?.kind).toBe('PLACE');
    expect(f.entity('Mostar')).toBeUndefined();
  });
});
