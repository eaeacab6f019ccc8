import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 27; every sentence is invented for its rule. */
describe('round 27: an inverted "it said" after an inverted description', () => {
  it('gives "..., it said." to the body "the ministry" stood for in the sentence before, not a nearer organisation', () => {
    const text = 'The Ministry of Water said on Monday that reservoirs were at their lowest level in a decade. '
      + 'Pumping stations at Ostrava Waterworks and Brno Waterworks ran at night, with farms taking most of the supply, the ministry said in a statement. '
      + 'Three wells near Zlin had run dry, it said, though it gave no date for repairs.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Ministry of Water: Three wells near Zlin had run dry');
    expect(got.some((s) => s.includes('Waterworks: Three wells'))).toBe(false);
  });
});
