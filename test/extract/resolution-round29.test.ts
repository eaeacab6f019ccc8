import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, type NamedEntity } from '../../src/extract/referent';

const placeIds = (text: string) => new Map(extractArticle(text).entities.filter((e) => e.kind === 'PLACE').map((e) => [e.name, e.gazetteerId]));
const person = (name: string, aliases: string[], country: string): NamedEntity => ({ kind: 'PERSON', name, aliases: [name, ...aliases], country, countriesNamed: [country] });

describe("resolution, round 29: places written as divisions", () => {
  it("reads the names after 'the departments of' as first-level regions, not the towns of the name", () => {
    const text = 'Runoffs held\n\nSUCRE, Bolivia - Runoffs were also held in the departments of Oruro and Potosí, the electoral tribunal said on Monday. Ballots reached Sucre by road.';
    const ids = placeIds(text);
    expect(ids.get('Oruro')).toBe('region:BOL-OR');
    expect(ids.get('Potosí')).toBe('region:BOL-PT');
    expect(ids.get('Sucre')).toBe('city:sucre');
  });

  it('keeps the town where another mention names it alone', () => {
    const text = 'Runoffs held\n\nSUCRE, Bolivia - Runoffs were also held in the departments of Oruro and Potosí, the electoral tribunal said. Trucks carried ballots from Oruro to Sucre.';
    expect(placeIds(text).get('Oruro')).toBe('city:oruro');
  });
});

describe('resolution, round 29: a Vietnamese municipality written syllable by syllable', () => {
  it("is the town the tables know with the syllables run together ('Hải Phòng' is 'Haiphong')", () => {
    const ids = placeIds('Port reopens\n\nHẢI PHÒNG, Vietnam - Dock workers in Hải Phòng returned on Monday, and a union official in Haiphong said cranes were working.');
    expect(ids.get('Hải Phòng')).toBe('city:haiphong');
    expect(ids.get('Haiphong')).toBe('city:haiphong');
  });
});

describe('resolution, round 29: a word alone and a name of three words or more', () => {
  it('does not join the last word alone to a full name its own article never shortens so', () => {
    const lone = person('Hung', [], 'country:VNM');
    expect(isSameReferent(lone, person('Trần Văn Hùng', [], 'country:VNM'))).toBe(false);
    expect(isSameReferent(person('Trần Văn Hùng', [], 'country:VNM'), lone)).toBe(false);
  });

  it('joins it when that article also calls the person by the word alone', () => {
    expect(isSameReferent(person('Hung', [], 'country:VNM'), person('Trần Văn Hùng', ['Hùng'], 'country:VNM'))).toBe(true);
  });

  it('still joins a surname alone to a two-word name of the same country', () => {
    expect(isSameReferent(person('Okonjo', [], 'country:NGA'), person('Adaeze Okonjo', [], 'country:NGA'))).toBe(true);
  });

  it('does not merge two three-word names whose first words are particles and whose last words agree', () => {
    expect(isSameReferent(person('Lê Văn Hùng', [], 'country:VNM'), person('Vũ Thị Thanh Hùng', ['Hùng'], 'country:VNM'))).toBe(false);
  });
});

describe("resolution, round 29: a body the text places in a country", () => {
  const text = 'Turnout up\n\nHELSINKI, Finland - Turnout rose to 70 per cent, the Sámi Parliament in Finland said on Tuesday. The Sámi Parliament said young voters came out.';
  const body = extractArticle(text).entities.find((e) => e.name === 'Sámi Parliament')!;

  it("keeps 'X in <country>' as an alias", () => {
    expect(body.aliases).toContain('Sámi Parliament in Finland');
  });

  it("merges its name alone only within that country's news", () => {
    const here = { ...body, country: 'country:FIN' };
    const norway: NamedEntity = { kind: 'ORGANIZATION', name: 'Sámi Parliament', aliases: ['Sámi Parliament'], country: 'country:NOR' };
    const finland: NamedEntity = { ...norway, country: 'country:FIN' };
    expect(isSameReferent(here, norway)).toBe(false);
    expect(isSameReferent(norway, here)).toBe(false);
    expect(isSameReferent(here, finland)).toBe(true);
  });
});
