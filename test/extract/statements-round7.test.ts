import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 7; every sentence is invented for its rule. */
describe('round 7: quotes', () => {
  it('resolves a capitalised title alone after a quote ("the Minister said")', () => {
    const text = 'Minister of Fisheries Lena Marsh opened the new harbour on Monday.\n\n"No boat will be left without a berth this season," the Minister said.';
    expect(facts(text).statements()).toEqual(['QUOTE Lena Marsh: No boat will be left without a berth this season']);
  });

  it('attributes a quote with "laughed" and joins its second piece', () => {
    const text = 'Anna Berg scored the winner in the last minute. "I just closed my eyes," she laughed. "The coach will make me practise it now."';
    expect(facts(text).statements()).toEqual(['QUOTE Anna Berg: I just closed my eyes, The coach will make me practise it now.']);
  });

  it('takes no attribution from the next sentence for a quote its own sentence reports', () => {
    const text = 'Lawyer Tomas Reyes told journalists that the ruling was "a victory for every farmer who was never asked about the dam." The Water Ministry said it would study the ruling.';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Tomas Reyes: a victory for every farmer who was never asked about the dam.');
    expect(got.some((s) => s.startsWith('QUOTE Water Ministry'))).toBe(false);
  });
});

describe('round 7: reported speech', () => {
  it('reads press-release verbs "stated" and "underlined" with a that-clause', () => {
    const text = 'Minister of Energy Dr. Paulo Mendes stated that the new line would allow the two utilities to trade power. Ambassador Rita Costa underlined that regional integration remained a priority for the government.';
    expect(facts(text).statements()).toEqual([
      'PARAPHRASE Paulo Mendes: the new line would allow the two utilities to trade power',
      'PARAPHRASE Rita Costa: regional integration remained a priority for the government',
    ]);
  });

  it('reads no statement in "reaffirmed its commitment"', () => {
    expect(facts('Minister Rita Costa reaffirmed her commitment to the regional power market.').statements()).toEqual([]);
  });

  it('gives a body, not its leader, in "X, led by Y, said"', () => {
    const text = 'The Regional Observer Mission, led by former judge Maria Lenz, said voting had been calm in most districts.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Regional Observer Mission: voting had been calm in most districts']);
  });

  it('ends the clause before a writer\'s gloss with a possessive plural ("a step farmers\' groups had feared")', () => {
    const text = 'Agriculture Minister Ona Dorj told reporters the government would not ban exports of raw wool, a step farmers\' groups had feared.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Ona Dorj: the government would not ban exports of raw wool']);
  });

  it('ends a finding before ", clearing the way for"', () => {
    const text = 'The Supreme Court of Kora ruled in March that the commission could not bar candidates over unpaid fines, clearing the way for nine candidates to run.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Supreme Court of Kora: the commission could not bar candidates over unpaid fines']);
  });

  it('reads a source described before its name ("according to the state utility X")', () => {
    const text = 'The plant began feeding the grid on Friday, according to the state utility Kora Power Company (KPC).';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Kora Power Company: The plant began feeding the grid on Friday']);
  });

  it('resumes the clause after a source with an appositive', () => {
    const text = 'About 2 million animals had died by March, according to the Livestock Emergency Agency, the national relief body, most of them goats and sheep.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Livestock Emergency Agency: About 2 million animals had died by March, most of them goats and sheep']);
  });

  it('reads a progressive appeal with a long addressee ("is urging anyone with ... to")', () => {
    const text = 'The Ministry of Health of Kora confirmed 40 new cases. The ministry is urging anyone with a fever lasting more than two days to visit a clinic.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ministry of Health of Kora: anyone with a fever lasting more than two days to visit a clinic');
  });

  it('reads no statement in "reported it to" a body', () => {
    const text = 'The breach was found by the Kora Security Agency, which reported it to the Data Commission and the police.';
    expect(facts(text).statements()).toEqual([]);
  });
});

describe('round 7: sentences', () => {
  it('keeps a live blog\'s entry time out of the entry', () => {
    const text = 'Live: Kora votes\n\n23:50\nThe ruling party is leading in 51 of the 93 seats, according to results published by the Election Board.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Election Board: The ruling party is leading in 51 of the 93 seats']);
  });

  it('ends a sentence after a one-letter name before a sentence opener', () => {
    const text = 'President Ali Haris thanked voters in a post on X. In a televised address an hour earlier he had said a majority would let the government finish its housing plan.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Ali Haris: a majority would let the government finish its housing plan']);
  });
});
