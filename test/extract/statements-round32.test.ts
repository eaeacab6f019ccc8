import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 32; every sentence is invented for its rule. */
describe('round 32: quotes under a caption line', () => {
  it('gives a vox-pop quote to the person named on the caption line above it', () => {
    const text =
      'The town council votes on Friday on a new bridge over the Varna. We asked people at the market what they think.\n\n---\n\nMilena Dorcheva, 61, baker, Market Square\n"We have waited for this bridge since my mother was young. I will believe it when I drive across it."\n\n---\n\nTeodor Vasilev, 24, student\n"It is too expensive. Fix the buses first."';
    expect(facts(text).statements()).toEqual([
      'QUOTE Milena Dorcheva: We have waited for this bridge since my mother was young. I will believe it when I drive across it.',
      'QUOTE Teodor Vasilev: It is too expensive. Fix the buses first.',
    ]);
  });

  it('reads no caption from a line of prose ending in a full stop', () => {
    const text = 'Milena Dorcheva runs a bakery on Market Square.\n"Bread is cheaper than last year."';
    expect(facts(text).statements().some((s) => s.startsWith('QUOTE Milena Dorcheva'))).toBe(false);
  });
});

describe('round 32: a participle coordinated after a participial report', () => {
  it('ends the clause before "and ordering ..."', () => {
    const text = 'The High Court on Tuesday voided the sale of the Kestrel Bay jetty, ruling that the council had sold it without a public tender and ordering the buyer to return it.';
    expect(facts(text).statements().filter((s) => s.startsWith('PARAPHRASE'))).toEqual([
      'PARAPHRASE High Court: the council had sold it without a public tender',
    ]);
  });
});
