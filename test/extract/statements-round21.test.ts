import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 21; every sentence is invented for its rule. */
describe('round 21: a body described by an appositive speaks', () => {
  it('gives "X, a local unit of Y, said" to X, not to the parent the description names', () => {
    const got = facts('Kelvar Mining, a local unit of Oslo-listed Brunmark Resources, said on Monday that it would appeal the ruling.').statements();
    expect(got).toContain('PARAPHRASE Kelvar Mining: it would appeal the ruling');
  });
});

describe('round 21: a modified description of the one organisation just named', () => {
  it('reads "after the dairy processor said" as the company named earlier in the sentence', () => {
    const got = facts('Tallis Creamery Holdings fell 4.1 percent after the dairy processor said floods in the Orvand valley had cut its milk intake by a quarter.').statements();
    expect(got).toContain('PARAPHRASE Tallis Creamery Holdings: floods in the Orvand valley had cut its milk intake by a quarter');
  });

  it('reads "The wheat and barley producer said" as the one company the sentence before names', () => {
    const got = facts('Corvel Grain Holdings rose 1.8 percent. The wheat and barley producer said on Tuesday that it had signed a supply deal with two mills.').statements();
    expect(got).toContain('PARAPHRASE Corvel Grain Holdings: it had signed a supply deal with two mills');
  });

  it('reads "The aid charity warned that ..." as the organisation that spoke in the sentence before', () => {
    const got = facts('Hands Across Borders, which runs two clinics near Varosk, said the wards were full. The aid charity warned that the outbreak could reach the capital within a month.').statements();
    expect(got).toContain('PARAPHRASE Hands Across Borders: the outbreak could reach the capital within a month');
  });

  it('gives a modified description nobody when two organisations were just named', () => {
    const got = facts('Fendrel Foods and Ostara Mills both fell on Friday. The flour producer said that demand had weakened in the north.').statements();
    expect(got.some((s) => /Fendrel Foods:|Ostara Mills:/.test(s))).toBe(false);
  });
});

describe('round 21: reporting results is an act', () => {
  it('reads no statement in "reported a doubling of fourth-quarter profit"', () => {
    const got = facts('Harlan Seafoods expects its new plant to open in June, its chief executive Omar Veldt told analysts, after the group reported a doubling of fourth-quarter profit.').statements();
    expect(got.some((s) => /profit/.test(s))).toBe(false);
  });

  it('still reads "reported that ..." and a clause whose subject is sales', () => {
    const got = facts('The Orvand Health Office reported that 14 people had been taken to hospital after the storm. Harlan Seafoods said sales had risen by a tenth.').statements();
    expect(got).toContain('PARAPHRASE Orvand Health Office: 14 people had been taken to hospital after the storm');
    expect(got).toContain('PARAPHRASE Harlan Seafoods: sales had risen by a tenth');
  });
});
