import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Reported-speech patterns, on sentences written for these rules (no fixture's). */
describe('reported speech', () => {
  it('resolves a title-only subject to the person holding the title', () => {
    const f = facts('Finance Minister Ana Torres met the unions on Monday. The minister said the government would raise pensions by 3 percent next year.');
    expect(f.statements()).toEqual(['PARAPHRASE Ana Torres: the government would raise pensions by 3 percent next year']);
  });

  it('reads a verb coordinated with an action, also after a pronoun or a titled name with its place', () => {
    expect(facts('Jalisco Governor Pablo Lemus toured the flooded area and said the state would rebuild every school.').statements()).toEqual(['PARAPHRASE Pablo Lemus: the state would rebuild every school']);
    expect(facts('Maria Lopez spoke first. She thanked the volunteers and said the shelter would stay open all winter.').statements()).toEqual(['PARAPHRASE Maria Lopez: the shelter would stay open all winter']);
  });

  it('gives two statements for two reporting verbs joined by "but"', () => {
    const f = facts('Karin Lindqvist said the bank expected to save 150 million euros a year, but denied that the deal would lead to branch closures.');
    expect(f.statements()).toEqual([
      'PARAPHRASE Karin Lindqvist: the bank expected to save 150 million euros a year',
      'PARAPHRASE Karin Lindqvist: the deal would lead to branch closures',
    ]);
  });

  it('reads "saying" after a clause as the subject speaking again', () => {
    const f = facts('The European Union criticised the tariffs on Friday, saying they would hurt farmers on both sides.');
    expect(f.statements()).toEqual(['PARAPHRASE European Union: they would hurt farmers on both sides']);
  });

  it('reads unnamed speakers, before and after the clause', () => {
    expect(facts('At the harbour in Valparaíso, several fishermen said the catch had halved since March.').statements()).toEqual(['PARAPHRASE -: the catch had halved since March']);
    expect(facts('Storms cut power to 20,000 homes in the north, officials said Thursday.').statements()).toEqual(['PARAPHRASE -: Storms cut power to 20,000 homes in the north']);
    expect(facts('The bridge, which local residents say was never inspected, collapsed in June.').statements()).toEqual([]);
  });

  it('reads "according to" a description or a titled person', () => {
    expect(facts('Unemployment fell to 6.1 percent in May, according to official figures.').statements()).toEqual(['PARAPHRASE -: Unemployment fell to 6.1 percent in May']);
    expect(facts('The deal raises wages by 4.5 percent, according to union leader Tomas Irarrazaval.').statements()).toEqual(['PARAPHRASE Tomas Irarrazaval: The deal raises wages by 4.5 percent']);
    const f = facts('The Ministry of Health opened 12 clinics. Cases fell by half in a week, according to the health ministry.');
    expect(f.statements()).toEqual(['PARAPHRASE Ministry of Health: Cases fell by half in a week']);
  });

  it('drops an unnamed co-speaker and keeps the dateline out of the text', () => {
    expect(facts('Turkey and the Syrian government say they are ready for talks.').statements()).toEqual(['PARAPHRASE Turkey: they are ready for talks']);
    const f = facts('Heading\n\nGUWAHATI, India — Floods have killed at least 40 people in Assam, officials said Tuesday.');
    expect(f.statements()).toEqual(['PARAPHRASE -: Floods have killed at least 40 people in Assam']);
  });

  it('keeps a place that ends a complement from speaking', () => {
    const f = facts('Trade unions in Lithuania and Estonia warned that jobs could move to Sweden.');
    expect(f.statements()).toEqual(['PARAPHRASE -: jobs could move to Sweden']);
  });

  it('reads a short clause after "said" when it has its own subject', () => {
    expect(facts('Daniel Otieno said he had no regrets.').statements()).toEqual(['PARAPHRASE Daniel Otieno: he had no regrets']);
  });

  it('does not split a sentence after a numbering abbreviation', () => {
    const f = facts('Tomas Irarrazaval said the members of Union No. 1 would vote on Monday.');
    expect(f.statements()).toEqual(['PARAPHRASE Tomas Irarrazaval: the members of Union No. 1 would vote on Monday']);
  });
});
