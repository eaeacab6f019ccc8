import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Sentences written for these rules, in no fixture: the kinds must come from general heads and cues. */
describe('entity kinds from heads and cues', () => {
  it('reads organisational heads even when the name holds a place', () => {
    const f = facts('Shares in the Bank of Chile fell after the Union of Copper Workers and the Chilean Copper Commission met in Santiago.');
    expect(f.entities()).toEqual(['ORGANIZATION:Bank of Chile', 'ORGANIZATION:Chilean Copper Commission', 'ORGANIZATION:Union of Copper Workers', 'PLACE:Santiago']);
  });

  it('reads football clubs and head-first organisation names', () => {
    const f = facts('Santiago Wanderers beat Newcastle United and Manchester City FC, while Banco Santander and Grupo Mexico sponsored Real Betis.');
    expect(f.entities()).toEqual([
      'ORGANIZATION:Banco Santander',
      'ORGANIZATION:Grupo Mexico',
      'ORGANIZATION:Manchester City FC',
      'ORGANIZATION:Newcastle United',
      'ORGANIZATION:Real Betis',
      'ORGANIZATION:Santiago Wanderers',
    ]);
  });

  it('reads named sites with place heads as places', () => {
    const f = facts('Rescuers reached the Pike River Mine and the Kariba Dam before driving past Wembley Stadium to the Estadio Nacional.');
    expect(f.entities()).toEqual(['PLACE:Estadio Nacional', 'PLACE:Kariba Dam', 'PLACE:Pike River Mine', 'PLACE:Wembley Stadium']);
  });

  it('reads a lower-case site word after a name as a place cue', () => {
    const f = facts('Mining company Andes Cobre halted output at its Los Bronces pit on Friday.');
    expect(f.entity('Los Bronces')?.kind).toBe('PLACE');
    expect(f.entity('Andes Cobre')?.kind).toBe('ORGANIZATION');
  });

  it('does not take an organisation after "of" for the head of the whole run', () => {
    const f = facts('Fans of Newcastle United marched on Saturday. Members of the Union of Copper Workers voted to strike.');
    expect(f.entities()).toEqual(['ORGANIZATION:Newcastle United', 'ORGANIZATION:Union of Copper Workers']);
  });

  it('does not read an organisation word as a small town', () => {
    const f = facts('The members of Union No. 1 will vote on Monday, the Union said.');
    expect(f.entities().some((e) => e.startsWith('PLACE:'))).toBe(false);
  });

  it('reads the speaker of a quote named after "said" as a person', () => {
    const f = facts('"We just ran with the children," said Rupali Das, a vegetable seller.');
    expect(f.entity('Rupali Das')?.kind).toBe('PERSON');
  });
});

describe('coordinated place names', () => {
  it('keeps a name the gazetteer knows with "and" in it whole', () => {
    expect(facts('Trinidad and Tobago and Bosnia and Herzegovina drew 1-1.').entities()).toEqual(['PLACE:Bosnia and Herzegovina', 'PLACE:Trinidad and Tobago']);
    expect(facts('Ministers from Antigua and Barbuda flew in. Police in Jammu and Kashmir closed the road.').entities()).toEqual(['PLACE:Antigua and Barbuda', 'PLACE:Jammu and Kashmir']);
  });

  it('still splits lists of distinct places, also after a known coordinated name', () => {
    expect(facts('Exports to Germany and Trinidad and Tobago rose.').entities()).toEqual(['PLACE:Germany', 'PLACE:Trinidad and Tobago']);
    expect(facts('Flights between Paris and London were cancelled.').entities()).toEqual(['PLACE:London', 'PLACE:Paris']);
  });
});

/** Invented sentences: the document's cues, not one sentence's, decide a guessed kind. */
describe('entity kinds voted over the document', () => {
  it('reads a company from shares, stakes and "it" although one sentence says "X said"', () => {
    const f = facts('Regulators fined Nevaro Minerales on Monday. Nevaro Minerales said in a statement that it would appeal. Shares of Nevaro Minerales fell 4%.');
    expect(f.entity('Nevaro Minerales')?.kind).toBe('ORGANIZATION');
  });

  it('reads a place from place prepositions', () => {
    const f = facts('Herders near Valle de Quimal lost their wells. Rain finally fell in the Valle de Quimal on Sunday.');
    expect(f.entity('Valle de Quimal')?.kind).toBe('PLACE');
    const g = facts('Farmers near Pampa Oriental lost their wells. Rain finally fell in Pampa Oriental on Sunday.');
    expect(g.entity('Pampa Oriental')?.kind).toBe('PLACE');
  });

  it('reads a person from "who" and from an occupation in -ist before the name', () => {
    expect(facts('The bank sent its envoy for the region, Tarmo Veskimets, who signed the accord.').entity('Tarmo Veskimets')?.kind).toBe('PERSON');
    expect(facts('“The trees are dying,” said soil chemist Oyelaran Dubem of the institute.').entity('Oyelaran Dubem')?.kind).toBe('PERSON');
  });

  it('gives a guessed name in a list the kind of a surer neighbour', () => {
    const f = facts('Ash fell on the provinces of Lanao del Sur and Pampa Oriental.');
    expect(f.entity('Pampa Oriental')?.kind).toBe('PLACE');
  });

  it('drops the short adjectives of the -stan countries', () => {
    const f = facts('Uzbek, Kazakh and Turkmen officials met Afghan envoys in Tashkent.');
    expect(f.entities()).toEqual(['PLACE:Tashkent']);
  });

  it('keeps verb forms and domain words before a title out of names', () => {
    const f = facts('Presiding Judge Amara Oduya adjourned the case. Health Secretary Lina Varga flew in. Health officials agreed.');
    expect(f.entities()).toEqual(['PERSON:Amara Oduya', 'PERSON:Lina Varga']);
    expect(f.roles()).toContain('Amara Oduya | Presiding Judge | -');
  });
  it('reads a lone unknown name after "the" as a place unless it ends like an organisation', () => {
    const f = facts('Ferries crossed the Morvala overnight, and the Senate debated the route.');
    expect(f.entity('Morvala')?.kind).toBe('PLACE');
  });

  it('lets a place word at the end beat a first name', () => {
    const f = facts('Crowds gathered at Emily Rowan Plaza and walked to Abbey Park, then down the Silver Mile.');
    expect(f.entity('Emily Rowan Plaza')?.kind).toBe('PLACE');
    expect(f.entity('Abbey Park')?.kind).toBe('PLACE');
    expect(f.entity('Silver Mile')?.kind).toBe('PLACE');
  });

  it('reads a known place with a compass word after it as a district', () => {
    const f = facts('Okafor, who represents Nairobi West in parliament, voted against.');
    expect(f.entity('Nairobi West')?.kind).toBe('PLACE');
  });

  it('reads people from an initial, an occupation before the name and a possessive appositive', () => {
    const f = facts('The paintings were sold by the art dealer Joris Vandermeulen in 1981. Pieter van Asselt, Harbour Logistics Group\'s head of strategy, declined to comment. The survey was led by T. Batzorig in Erdenet.');
    expect(f.entities()).toContain('PERSON:Joris Vandermeulen');
    expect(f.entities()).toContain('PERSON:Pieter van Asselt');
    expect(f.entities()).toContain('PERSON:T. Batzorig');
  });

  it('lets a firm named after an occupation word keep its kind when the article treats it as one', () => {
    const f = facts('The copper producer Norvale Kupfer cut its forecast. Shares of Norvale Kupfer fell 4%. Norvale Kupfer said in a statement it would appeal.');
    expect(f.entities()).toContain('ORGANIZATION:Norvale Kupfer');
  });
});
