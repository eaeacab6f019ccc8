import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 19; every sentence is invented for its rule. */
describe('round 19: a document named by its owner speaks for the owner', () => {
  it('gives a lead\'s "according to the ... report" to the body the next sentence gives the report to', () => {
    const text = [
      'TORVIK — Valdoria\'s barley harvest will be the smallest in a decade after a cold spring, according to the regional harvest report released Tuesday.',
      '',
      'The Valdorian Grain Board\'s monthly report estimated that yields would average two tonnes a hectare.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Valdorian Grain Board: Valdoria\'s barley harvest will be the smallest in a decade after a cold spring');
  });

  it('gives "..., the report said" to the body whose report the sentence before names', () => {
    const text = 'The Valdorian Grain Board\'s monthly report estimated that yields would average two tonnes a hectare. Frost in May hit the northern valleys hardest, the report said.';
    expect(facts(text).statements()).toContain('PARAPHRASE Valdorian Grain Board: Frost in May hit the northern valleys hardest');
  });

  it('leaves "according to the report" unnamed when no owner is given', () => {
    const text = 'Valdoria\'s barley harvest will be the smallest in a decade after a cold spring, according to the report.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: Valdoria\'s barley harvest will be the smallest in a decade after a cold spring');
  });

  it('reads the maker of "a survey published on Monday by X"', () => {
    const text = 'The Green League remains the largest party but would lose its majority, according to a survey published on Monday by the Petrisk Institute of Opinion Research (PIOR).';
    expect(facts(text).statements()).toContain('PARAPHRASE Petrisk Institute of Opinion Research: The Green League remains the largest party but would lose its majority');
  });
});

describe('round 19: speakers after the verb and unnamed people', () => {
  it('reads a postposed speaker behind an honorific before an appositive', () => {
    const text = 'Cholera can survive in well water for weeks, and outbreaks often follow floods, said Dr. Halvard Kessler-Moyo, an epidemiologist at Torvik University.';
    expect(facts(text).statements()).toContain('PARAPHRASE Halvard Kessler-Moyo: Cholera can survive in well water for weeks, and outbreaks often follow floods');
  });

  it('leaves plural people "in <place>" unnamed', () => {
    const text = 'The drought has lasted two years in Valdoria. Ranchers in Korvath said the wells had run dry in March.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: the wells had run dry in March');
  });
});

describe('round 19: a description with a modifier', () => {
  it('gives "the central bank" to the body whose name holds both words, not a nearer bank', () => {
    const text = [
      'Ilse Marrow is deputy governor of the Central Bank of Valdoria. She joins Torvik from Petrisk Savings Bank, where she ran lending.',
      '',
      'The central bank said it would name a new deputy governor in the spring.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Central Bank of Valdoria: it would name a new deputy governor in the spring');
  });
});

describe('round 19: the end of a reported clause', () => {
  it('cuts a concession back in the writer\'s present after a backshifted report', () => {
    const text = 'Freight analysts said copper prices in London had risen 2 per cent on Tuesday on news of the strike, although most of the region\'s ore is moved by road.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: copper prices in London had risen 2 per cent on Tuesday on news of the strike');
  });

  it('keeps a concession in the past inside the report', () => {
    const text = 'The Valdorian Farm Agency said it had found the disease at two farms near Korvath, although losses there were still small.';
    expect(facts(text).statements().some((s) => s.endsWith('although losses there were still small'))).toBe(true);
  });

  it('ends a sentence after a month written in full', () => {
    const text = 'Minister Ilse Marrow told reporters the closures would last three months and be reviewed in July. She called the ban "a modern rahui", referring to a customary closure.';
    const statements = facts(text).statements();
    expect(statements).toContain('PARAPHRASE Ilse Marrow: the closures would last three months and be reviewed in July');
    expect(statements).toContain('QUOTE Ilse Marrow: a modern rahui');
  });
});

describe('round 19: a pronoun after the one who has just spoken', () => {
  it('gives "he said" to the speaker just before when the lexicon reads the given name as the other gender', () => {
    const text = [
      'The Green League, the party of Prime Minister Tomas Varga, leads the poll.',
      '',
      'The institute\'s director, Joan Petrisk-Oller, said the lead had narrowed since the autumn.',
      '',
      '"The capital decides every election here," he said.',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Joan Petrisk-Oller: The capital decides every election here');
  });

  it('keeps the pronoun with a speaker of that gender who has spoken before', () => {
    const text = [
      'Prime Minister Tomas Varga said the budget would pass.',
      '',
      'The institute\'s director, Joan Petrisk-Oller, said the lead had narrowed since the autumn.',
      '',
      '"We will win the capital," he said.',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Tomas Varga: We will win the capital');
  });
});

describe('round 19: staff of a named body stay with the body', () => {
  it('still gives "Engineers at <company> said" to the company', () => {
    const text = 'Korvath Mining Ltd runs the pit near Torvik. Engineers at Korvath Mining said the shaft had flooded on Monday.';
    expect(facts(text).statements()).toContain('PARAPHRASE Korvath Mining Ltd: the shaft had flooded on Monday');
  });
});
