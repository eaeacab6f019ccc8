import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 10: releases, units, titles inside names, places after "at"', () => {
  it('reads a Gulf legal form as a company, and a logistics firm as an organisation', () => {
    const f = facts('Bay Crest Logistics Company K.P.S.C. said on Monday that profit rose. Bay Crest Logistics expects more growth.');
    expect(f.entity('Bay Crest Logistics Company K.P.S.C.')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Bay Crest Logistics')?.kind).toBe('ORGANIZATION');
  });

  it("drops a release's capitalised common nouns ('the Company', 'the Board of Directors', 'the State government')", () => {
    const f = facts(
      'Orvane Foods said the Board of Directors had approved a dividend. The Company will pay it in May, and the Board will meet again. ' +
        'Farmers urged the State government to help.',
    );
    expect(f.entity('Company')).toBeUndefined();
    expect(f.entity('Board of Directors')).toBeUndefined();
    expect(f.entity('Board')).toBeUndefined();
    expect(f.entity('State')).toBeUndefined();
  });

  it('makes no person of a title word before one common noun', () => {
    const f = facts('The shares trade on the Premier Market of the Lindavik Exchange.');
    expect(f.entities().some((e) => e.startsWith('PERSON:'))).toBe(false);
  });

  it('reads currency abbreviations before amounts and units after numbers as no names', () => {
    const f = facts('Revenue rose to RD 41.2 million, and the port handled 95,000 TEU. The plant adds 40 MW. In 2019 UNESCO listed the town.');
    expect(f.entity('RD')).toBeUndefined();
    expect(f.entity('TEU')).toBeUndefined();
    expect(f.entity('MW')).toBeUndefined();
    expect(f.entity('UNESCO')?.kind).toBe('ORGANIZATION');
  });

  it('reads a score line\'s "OT" and "SO" as no names', () => {
    const f = facts('Results on Saturday:\n\nRivertown–Harbour 3–2 OT\n\nLakeside–Northfield 2–3 SO\n');
    expect(f.entity('OT')).toBeUndefined();
    expect(f.entity('SO')).toBeUndefined();
  });

  it('drops financial measures (EBITDA)', () => {
    const f = facts('EBITDA rose 12%, the firm said. Ebitda margin was 28%.');
    expect(f.entity('EBITDA')).toBeUndefined();
  });

  it("splits a title inside a run after an organisation's name", () => {
    const f = facts('“Demand is strong,” said Corvane Group Chief Executive Officer Lina Maroufi.');
    expect(f.entity('Lina Maroufi')?.kind).toBe('PERSON');
    expect(f.roles().some((r) => r.startsWith('Lina Maroufi | Group Chief Executive Officer'))).toBe(true);
  });

  it('splits "Collector" off a district collector\'s name', () => {
    const f = facts('District Collector Anjali Venugopal said water supply would continue.');
    expect(f.entity('Anjali Venugopal')?.kind).toBe('PERSON');
    expect(f.entity('Collector Anjali Venugopal')).toBeUndefined();
  });

  it("keeps a possessive after 'of' in an institution's name", () => {
    const f = facts("Justice Mara Lindgren of the Court of Queen's Bench said the licence was void.");
    expect(f.entity("Court of Queen's Bench")?.kind).toBe('ORGANIZATION');
    expect(f.entity('Mara Lindgren')?.kind).toBe('PERSON');
  });

  it("reads a possessor and one place noun as one place, also in a list", () => {
    const f = facts("Cases were found in the Toma Bay and Helen's Bay communities. Health workers visited Helen's Bay on Monday.");
    expect(f.entity("Helen's Bay")?.kind).toBe('PLACE');
    expect(f.entity('Helen')).toBeUndefined();
    expect(f.entity('Bay')).toBeUndefined();
  });

  it("reads a country's name before a known organisation as its national branch", () => {
    const f = facts('The Sierra Leone Red Cross sent volunteers to the district.');
    expect(f.entity('Sierra Leone Red Cross')?.kind).toBe('ORGANIZATION');
  });

  it('reads a patronymic or family-name ending as a person', () => {
    const f = facts('Guðrún Halldórsdóttir runs a data centre. Andrei Vasilescu runs another.');
    expect(f.entity('Guðrún Halldórsdóttir')?.kind).toBe('PERSON');
    expect(f.entity('Andrei Vasilescu')?.kind).toBe('PERSON');
  });

  it('reads a lone name after "at" as a place, or as a workplace after a person\'s noun', () => {
    const f = facts(
      'The minister visited estates at Kolumala and Varappuzha on Monday. Scientists at the Spice Research Centre at Kuttikanam said yields fell. ' +
        'Ravi Menon, an analyst at Brightwell, said prices would rise.',
    );
    expect(f.entity('Kolumala')?.kind).toBe('PLACE');
    expect(f.entity('Varappuzha')?.kind).toBe('PLACE');
    expect(f.entity('Kuttikanam')?.kind).toBe('PLACE');
    expect(f.entity('Brightwell')?.kind).toBe('ORGANIZATION');
  });

  it('reads no place in a temperature after "at"', () => {
    const f = facts('The vials arrive at 4C, the nurse said.');
    expect(f.entity('4C')).toBeUndefined();
  });

  it('makes no speaker of a sentence-opening pronoun', () => {
    const f = facts('Nobody expected a cut in July. That tells you how little margin is left.');
    expect(f.entity('That')).toBeUndefined();
  });

  it('reads an appositive with "who" as a person', () => {
    const f = facts('Fatmata Kanu, a cloth seller who has lived there for years, said the tap was dry.');
    expect(f.entity('Fatmata Kanu')?.kind).toBe('PERSON');
  });

  it("reads street names in 'Drive' as places", () => {
    const f = facts('Council sent back a plan for parking on Seagull Drive.');
    expect(f.entity('Seagull Drive')?.kind).toBe('PLACE');
  });

  it("joins a lone word inside an airport's name to the airport, not a locality's street", () => {
    const f = facts(
      'Health officials warned travellers who passed through Oakridge Hallett International Airport last week. The child flew back through Hallett on Feb. 9.',
    );
    expect(f.entity('Hallett')?.name).toBe('Oakridge Hallett International Airport');
    const g = facts('Mara Quinn owns a guesthouse on Brennock Road Upper. "People don\'t cycle to Brennock," she said.');
    expect(g.entity('Brennock')?.name).not.toBe('Brennock Road Upper');
  });
});
