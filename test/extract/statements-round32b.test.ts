import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from round 32's second wave; every sentence is invented for its rule. */
describe('round 32b: a jury citation after a "Citation:" label', () => {
  it('reads a quote after a line-opening "Citation:" as a quote with no speaker', () => {
    const text =
      'The Marlow Prize jury has named four books on its shortlist. The winner will be announced in June.\n\n1. The Salt Road, by Hanne Vestergaard (Kestrel Press)\nCitation: "A quiet, exact novel about a ferry crossing that never ends."\n\n2. Night Orchards, by Piet Lindqvist (Owl House)\nCitation: "Poems that smell of apples and diesel."';
    const quotes = facts(text).statements().filter((s) => s.startsWith('QUOTE'));
    expect(quotes).toEqual([
      'QUOTE -: A quiet, exact novel about a ferry crossing that never ends.',
      'QUOTE -: Poems that smell of apples and diesel.',
    ]);
  });

  it('keeps a named speaker for a quote that no label opens', () => {
    const text = 'The chair of the jury, Hanne Vestergaard, praised the entries. "We argued for three days," Vestergaard said.';
    expect(facts(text).statements()).toContain('QUOTE Hanne Vestergaard: We argued for three days');
  });
});

describe('round 32b: a described post then the name with an affiliation after "said"', () => {
  it('gives the quote to the named lead author, her affiliation closing the clause', () => {
    const text =
      'Coral on the reef is bleaching earlier each year, researchers said on Monday.\n\n"The water warms in March now, not in May," said the study\'s lead author, Dr. Ilse Brandvold of the University of Tromsø\'s marine institute in Bergen.';
    expect(facts(text).statements()).toContain('QUOTE Ilse Brandvold: The water warms in March now, not in May');
  });
});

describe('round 32b: "in a study published ..." closes an inverted attribution', () => {
  it('reports the clause before ", scientists said in a study published on Monday"', () => {
    const text = 'Warmer winters are shrinking the ice roads of northern Saskatchewan so fast that some villages may lose them within a decade, scientists said in a study published on Monday.';
    const paraphrases = facts(text).statements().filter((s) => s.startsWith('PARAPHRASE'));
    expect(paraphrases).toEqual([
      'PARAPHRASE -: Warmer winters are shrinking the ice roads of northern Saskatchewan so fast that some villages may lose them within a decade',
    ]);
  });
});

describe('round 32b: "in the town of X" closes an inverted attribution', () => {
  it('reports the clause before ", its head, Dr. X, told reporters in the town of Y"', () => {
    const text = 'The provincial water board recorded 85 burst mains in the six months to the end of June, its head, Dr. Ilse Brandvold, told reporters in the town of Kestrel Ridge.';
    expect(facts(text).statements()).toEqual([
      'PARAPHRASE Ilse Brandvold: The provincial water board recorded 85 burst mains in the six months to the end of June',
    ]);
  });
});
