import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the second wave of round 31; every sentence is invented for its rule. */
describe('round 31b: joint person subjects', () => {
  it('gives "the two ministers confirmed that ..." one paraphrase per named minister', () => {
    const text = 'Mr. Anders Holmqvist, Minister for Trade of Norland, held talks with Ms. Beatriz Solano Ruiz, Minister of Trade of Veradia. The two ministers confirmed that they would open a joint customs office at the border.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Anders Holmqvist: they would open a joint customs office at the border');
    expect(got).toContain('PARAPHRASE Beatriz Solano Ruiz: they would open a joint customs office at the border');
  });

  it('names nobody for "both leaders" after more than two people', () => {
    const text = 'Anders Holmqvist met Beatriz Solano Ruiz and Karl Dunmore in Oslo. Both leaders said that the talks had gone well.';
    const got = facts(text).statements();
    expect(got.some((s) => s.includes('Karl Dunmore'))).toBe(false);
  });
});

describe('round 31b: the speaker\'s act after a negated perfect', () => {
  it('ends the report before "and offered to ..." after "had not <verb>ed"', () => {
    const text = 'The runner Ilka Brandvold crossed the line first. Brandvold said she had not expected to win the race that way and offered to share the prize with her rival.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Ilka Brandvold: she had not expected to win the race that way');
  });

  it('keeps a second participle under a positive "had"', () => {
    const text = 'Mayor Jonas Petrell spoke on Monday. Petrell said the council had opened two shelters and ordered the schools to close.';
    expect(facts(text).statements()).toContain('PARAPHRASE Jonas Petrell: the council had opened two shelters and ordered the schools to close');
  });
});

describe('round 31b: a pronoun after a reported clause naming another man', () => {
  it('continues the sentence subject opened by a lower-case title, not the man inside the clause', () => {
    const text = 'Chief referee Mats Odegaard ruled that the goal did not count, because Marco Pellegrini had touched the ball with his hand. Under the laws of the game, he said, the free kick went to the visitors.';
    expect(facts(text).statements()).toContain('PARAPHRASE Mats Odegaard: Under the laws of the game the free kick went to the visitors');
  });
});
