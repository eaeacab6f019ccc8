import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 9; every sentence is invented for its rule. */
describe('round 9: who a pronoun continues', () => {
  it('resolves "she" to a title-only subject opening the sentence before ("The judge rejected ...")', () => {
    const text =
      'Judge Helena Varga said in her ruling that the company had ignored three warnings.\n\nAn inspector, Maria Dunst, told the court that the dam had leaked for years.\n\nThe judge rejected that defence. "Nobody was above the rules here," she wrote.';
    expect(facts(text).statements()).toContain('QUOTE Helena Varga: Nobody was above the rules here');
  });

  it('prefers a person of known fitting gender in the sentence before over one of unknown gender', () => {
    const text = 'Campaign chief Margaret Doyle told the Herald that the tally put Quinlan ahead by a few hundred votes. "It will be close until the last box," she said.';
    expect(facts(text).statements()).toContain('QUOTE Margaret Doyle: It will be close until the last box');
  });

  it('resolves "he" to the subject of the sentence before, not its object, when no gender is known', () => {
    const text = 'Morgan Quinlan, 41, won the seat.\n\nKerry Fenwick, 52, congratulated Quinlan and thanked his volunteers. He told RTE that he would stand again next year.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Kerry Fenwick: he would stand again next year']);
  });
});

describe('round 9: inverted attributions', () => {
  it('reads a description before the speaker\'s name ("..., operator X said")', () => {
    expect(facts('Only 20 visitors a day will be allowed into the cave, operator Karst Heritage Trust said.').statements()).toEqual([
      'PARAPHRASE Karst Heritage Trust: Only 20 visitors a day will be allowed into the cave',
    ]);
  });

  it('reads a title with "of" and "and" before the name and a setting after the verb', () => {
    const got = facts('The first turbine will turn by 2031, Minister of Water and Energy Pieter Andersson said at the ceremony.').statements();
    expect(got).toEqual(['PARAPHRASE Pieter Andersson: The first turbine will turn by 2031']);
  });

  it('reads "told X" closing an inverted attribution, with a possessive title before the name', () => {
    const text = 'Lakeside Foods is a snack maker. Its shares will list by December, its chief executive Ruth Amadi told Reuters in an interview.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ruth Amadi: Its shares will list by December');
  });

  it('reads a person\'s appositive title before the name ("..., a spokeswoman for the court, X, told dpa.")', () => {
    const text = 'Three men were arrested at the depot, a spokeswoman for the prosecutor\'s office, Greta Lindqvist, told Reuters.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Greta Lindqvist: Three men were arrested at the depot']);
  });

  it('never takes the name after "told" as the speaker', () => {
    const got = facts('Three men were arrested at the depot, Greta Lindqvist, told Reuters.').statements();
    expect(got.some((s) => s.startsWith('PARAPHRASE Reuters'))).toBe(false);
  });

  it('keeps a place\'s appositive in the clause before an organisation speaker', () => {
    const got = facts('A car was swept off the road near Brill, a village north of Oxley, Valley Police said.').statements();
    expect(got).toEqual(['PARAPHRASE Valley Police: A car was swept off the road near Brill, a village north of Oxley']);
  });

  it('reads an abbreviated month after the verb ("said on Sept 18")', () => {
    expect(facts('Telco Brightline has been fined $2 million for an outage, the Digital Markets Authority said on Sept 18.').statements()).toEqual([
      'PARAPHRASE Digital Markets Authority: Telco Brightline has been fined $2 million for an outage',
    ]);
  });

  it('reads no inverted attribution from a description in a relative clause ("..., a claim the party rejected")', () => {
    const got = facts('Leader Ines Soto of the Green League accused the Reds of buying votes with food parcels, a claim the party rejected.').statements();
    expect(got.some((s) => s.includes('a claim'))).toBe(false);
  });
});

describe('round 9: what is no reported clause', () => {
  it('reads nothing from a relative clause with no subject ("a project the government says will create ...")', () => {
    expect(facts('Valdoria broke ground on a solar farm, a project the government says will create 800 jobs.').statements()).toEqual([]);
  });

  it('reads nothing from a setting after the verb of a quote', () => {
    const text = '"Stay home if you have a fever," Dr. Lena Ortiz, the city\'s deputy medical officer of health, said at a news conference at city hall.';
    expect(facts(text).statements()).toEqual(['QUOTE Lena Ortiz: Stay home if you have a fever']);
  });

  it('reads no clause in a relative clause of an announced object', () => {
    expect(facts('The Brightwater Council has announced a plan for a museum in Kelby that will allow visitors to see the old mill.').statements()).toEqual([]);
  });

  it('ends a clause before a coordinated "described ... as"', () => {
    const got = facts('Farmers\' leader Tom Okafor accused the ministry of ignoring warnings issued in March, and described the response as "too little, too late".').statements();
    expect(got).toContain('PARAPHRASE Tom Okafor: the ministry of ignoring warnings issued in March');
  });
});

describe('round 9: speakers', () => {
  it('resolves "the bureau" to the organisation named before with that noun', () => {
    const text = 'The Bureau of Climate Records said 300 millimetres of rain had fallen. The bureau said last month that records were being broken more often.';
    expect(facts(text).statements()).toContain('PARAPHRASE Bureau of Climate Records: records were being broken more often');
  });

  it('continues a title\'s appositive name as the subject of a coordinated verb ("Its president, X, described ... and said ...")', () => {
    const text = 'The Andean Rowing Federation said the regatta went well. Its president, Mateo Quiroga, described the day as "a dream" and said the crowds were the biggest he had seen.';
    expect(facts(text).statements()).toContain('PARAPHRASE Mateo Quiroga: the crowds were the biggest he had seen');
  });

  it('reads "according to investigators" as a statement with no named speaker', () => {
    expect(facts('According to investigators, the drivers were paid to move the crates before the checks.').statements()).toEqual([
      'PARAPHRASE -: the drivers were paid to move the crates before the checks',
    ]);
  });

  it('attributes "according to the firm\'s manager, X" to the person', () => {
    const text = 'Crunchy Valley Ltd buys local maize. Deliveries will fall by a third, according to the firm\'s procurement manager, Joel Wambua.';
    expect(facts(text).statements()).toContain('PARAPHRASE Joel Wambua: Deliveries will fall by a third');
  });

  it('reads an organisation, a title and a name joined by "and" as one titled person', () => {
    const text = 'Kobe Denki Holdings bought the stake. Kobe Denki President and Representative Director Haruto Sakai said the deal would open the Korean market.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Haruto Sakai: the deal would open the Korean market']);
  });

  it('reads a name closed by Markdown emphasis before a relative appositive', () => {
    const text = 'The city\'s Senator for Transport, **Petra Holm**, who attended the launch, described the line as "a promise kept to every commuter".';
    expect(facts(text).statements()).toContain('QUOTE Petra Holm: a promise kept to every commuter');
  });

  it('does not end a sentence at an honorific inside Markdown emphasis ("**Dr. X**")', () => {
    const text = '> "The line will carry freight by night," said **Dr. Ilse Brandauer**, head of operations at Nordport. "Passengers will not notice it."';
    expect(facts(text).statements()).toContain('QUOTE Ilse Brandauer: The line will carry freight by night, Passengers will not notice it.');
  });
});
