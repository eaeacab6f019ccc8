import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 15; every sentence is invented for its rule. */
describe('round 15: round-up label lines', () => {
  it('gives a "Name, title: “quote”" line to the named person', () => {
    const text = [
      'Karlstad beat Orebro 2-1 on Saturday.',
      '',
      'WHAT THEY SAID',
      '',
      'Henrik Lindqvist, Karlstad coach: "We were patient all afternoon. The second goal came from that patience."',
      '',
      'Tomas Berglund, Orebro captain: "We gave away two cheap goals and that is on us as a group."',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Henrik Lindqvist: We were patient all afternoon. The second goal came from that patience.');
    expect(got).toContain('QUOTE Tomas Berglund: We gave away two cheap goals and that is on us as a group.');
  });
});

describe('round 15: inverted attributions with settings', () => {
  it('reads "X told analysts on Monday, after ..." as an inverted attribution of the clause before it', () => {
    const text =
      'TALLINN — Baltic Reef Seafoods expects its new smokehouse in Paldiski to reach full output by the autumn, chief executive Marek Tamm told analysts on Monday, after the group reported a rise in annual profit.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Marek Tamm: Baltic Reef Seafoods expects its new smokehouse in Paldiski to reach full output by the autumn');
    expect(got.some((s) => s.includes('analysts on Monday'))).toBe(false);
  });

  it('reads "said in a filing to the <Exchange> (ACR) late on <day>" as the end of an inverted attribution', () => {
    const text = [
      'Baltic Reef Seafoods reported higher earnings this week.',
      '',
      'Net profit for the year rose to 9.2 million euros from 6.1 million, the company said in a filing to the Nasdaq Tallinn Exchange (NTE) late on Thursday.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Baltic Reef Seafoods: Net profit for the year rose to 9.2 million euros from 6.1 million');
    expect(got.some((s) => s.includes('late on Thursday'))).toBe(false);
  });

  it('gives a postposed "a senior police officer said" no speaker', () => {
    const text = 'Kovacs was detained at a hotel in Szeged on Monday and flown to the capital the same night, a senior police officer said.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: Kovacs was detained at a hotel in Szeged on Monday and flown to the capital the same night');
  });
});

describe('round 15: reported clauses', () => {
  it('keeps "it had <verb>ed X and ordered Y" in one clause (both participles hang on "had")', () => {
    const text = 'The Harbour Board said in a statement that it had dismissed the duty manager and ordered a review of all crane licences at Port Elin.';
    expect(facts(text).statements()).toContain('PARAPHRASE Harbour Board: it had dismissed the duty manager and ordered a review of all crane licences at Port Elin');
  });

  it('drops "to the <recipient> that" after a reporting verb', () => {
    const text = 'Midwife Anna Kowal reports to the district health office that three newborns in the ward have developed rashes.';
    const got = facts(text).statements();
    expect(got.some((s) => /: three newborns in the ward have developed rashes$/.test(s))).toBe(true);
    expect(got.some((s) => s.includes('district health office that'))).toBe(false);
  });

  it('reads "affirmed that" as a reporting verb and a quote that is most of the clause before ", adding that" as a QUOTE', () => {
    const text =
      'Dr. Leila Haddad, Minister of Water, affirmed that the plant would "secure clean drinking water for every family living in the northern and eastern districts", adding that the project reflected the country\'s commitment to cutting losses.';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Leila Haddad: secure clean drinking water for every family living in the northern and eastern districts');
    expect(got).toContain("PARAPHRASE Leila Haddad: the project reflected the country's commitment to cutting losses");
  });

  it('keeps a quote of about two thirds of the clause before ", noting that" in the paraphrase', () => {
    const text = 'Jonas Berg, a researcher at the Nordic Policy Institute, said the treaty was "more symbolic than practical at present", noting that the navy has few patrol ships.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Jonas Berg: the treaty was "more symbolic than practical at present"');
  });

  it('gives "according to the report" to the body that an earlier sentence says published it', () => {
    const text = [
      'The Kestrel Valley Water Authority published its annual quality report on Tuesday.',
      '',
      'According to the quality report, 14 of the 212 samples taken in 2030 exceeded the limit for nitrates, most of them from wells near Dunmore.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Kestrel Valley Water Authority: 14 of the 212 samples taken in 2030 exceeded the limit for nitrates, most of them from wells near Dunmore');
  });
});
