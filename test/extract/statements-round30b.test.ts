import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from round 30's second wave; every sentence is invented for its rule. */
describe('round 30b: unnamed plural and indefinite speakers', () => {
  it('reads a quantified plural with a setting after "along"/"near" as an unnamed speaker', () => {
    expect(facts('Some landowners along the road complained that walkers had damaged fences.').statements()).toEqual([
      'PARAPHRASE -: walkers had damaged fences',
    ]);
  });

  it('reads "Gendarmes said" as an unnamed speaker', () => {
    expect(facts('Gendarmes said two hikers had been treated for sunburn.').statements()).toEqual([
      'PARAPHRASE -: two hikers had been treated for sunburn',
    ]);
  });

  it('reads ", but <plural people> warn that" as a new unnamed speaker', () => {
    expect(facts('Prices rose to 50 pesos, but exporters warn that the delay could cost the region contracts.').statements()).toContain(
      'PARAPHRASE -: the delay could cost the region contracts',
    );
  });

  it('reads an indefinite body ("a farmers\' association in X") as an unnamed speaker and ends the report before it', () => {
    const got = facts("Some landowners along the road complained that walkers had damaged fences in past years, and a farmers' association in Saint-Ambre had asked the council to put up signs.").statements();
    expect(got).toContain('PARAPHRASE -: walkers had damaged fences in past years');
    expect(got).toContain('PARAPHRASE -: the council to put up signs');
  });

  it('gives no speaker to places listed where unnamed people are ("Fishermen in the villages of A, B and C said")', () => {
    expect(facts('Fishermen in the villages of Alba, Berna and Corsa said some boats lost more than half their nets in May.').statements()).toEqual([
      'PARAPHRASE -: some boats lost more than half their nets in May',
    ]);
  });

  it('reads "the industry says" as an unnamed speaker, but not the noun compound "industry estimates put"', () => {
    expect(facts('The fishing industry says quotas are too low.').statements()).toEqual(['PARAPHRASE -: quotas are too low']);
    expect(facts('Neither company gave a price, but industry estimates put projects of that size at around 2 billion kronor.').statements()).toEqual([]);
  });
});
