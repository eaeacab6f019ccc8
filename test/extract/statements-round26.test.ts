import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 26; every sentence is invented for its rule. */
describe('round 26: a body in its seat as a relative clause\'s antecedent', () => {
  it('gives "X in <place>, which said" to the body, not its seat', () => {
    const text = 'The ferry is paid for by the port and by the Ministry of Maritime Affairs in Valletta, which said in a statement that it would cover the extra sailings.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Ministry of Maritime Affairs: it would cover the extra sailings');
    expect(got.some((s) => s.startsWith('PARAPHRASE Valletta'))).toBe(false);
  });
});

describe('round 26: the writer\'s gloss closing a reported clause', () => {
  it('ends a paraphrase before ", a position that ..."', () => {
    const text = 'Marten Oduya said he would hold a second vote if the assembly has not acted by 2040, a position that has worried some donors.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Marten Oduya: he would hold a second vote if the assembly has not acted by 2040']);
  });

  it('ends a paraphrase before ", a stance which ..."', () => {
    const text = 'Rail union leader Tomasz Wielgos said members would refuse any pay offer below inflation, a stance which has angered the operator.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Tomasz Wielgos: members would refuse any pay offer below inflation']);
  });
});
