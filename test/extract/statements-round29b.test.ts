import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from round 29's second wave; every sentence is invented for its rule. */
describe('round 29b: "the company" after a name with a company form', () => {
  it('gives "the company said" to the firm named with "Co." before, not to a firm named in the clause', () => {
    const text =
      'Daesan Marine Co., a small shipbuilder based in Mokpo, said Monday it had won an order for four tankers.\n\n' +
      'The tankers will be delivered to Baltic Crest Lines of Riga in 2031, the company said in a filing.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Daesan Marine Co.: The tankers will be delivered to Baltic Crest Lines of Riga in 2031');
    expect(got.some((s) => s.startsWith('PARAPHRASE Baltic Crest Lines'))).toBe(false);
  });
});

describe('round 29b: appeals to someone to do something', () => {
  it('reads "appealed to X to VERB" as an appeal reported', () => {
    const text = 'Laurent Dubreuil, the regional prefect, appealed to fishermen to lift the blockade of the harbour.';
    expect(facts(text).statements()).toContain('PARAPHRASE Laurent Dubreuil: fishermen to lift the blockade of the harbour');
  });

  it('does not read "appealed to voters" without an infinitive as speech', () => {
    const text = 'Candidate Marta Oyelaran appealed to young voters in the northern districts.';
    expect(facts(text).statements()).toEqual([]);
  });
});

describe('round 29b: a generic noun after a modifier from a body\'s name', () => {
  it('gives "the heritage body said" to the body whose name holds "heritage"', () => {
    const text =
      'Volunteers from Malvern Heritage Trust repainted the old bandstand on Saturday.\n\n' +
      'The heritage body said the work was paid for by a local brewery.';
    expect(facts(text).statements()).toContain('PARAPHRASE Malvern Heritage Trust: the work was paid for by a local brewery');
  });
});

describe('round 29b: a place\'s branch of a body', () => {
  it('gives the branch\'s words to the body, not to the place', () => {
    const text =
      'The Busan branch of the Federation of Dock Workers criticised the plan, saying the port should hire local crews first.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Federation of Dock Workers: the port should hire local crews first');
    expect(got.some((s) => s.startsWith('PARAPHRASE Busan'))).toBe(false);
  });
});

describe('round 29b: the writer\'s ", a decision that ..." after a paraphrase', () => {
  it('ends the paraphrase before the writer\'s gloss', () => {
    const text = 'Grete Solheim said the utility would not lower its tariffs before winter, a decision that consumer groups have criticised.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Grete Solheim: the utility would not lower its tariffs before winter');
  });
});
