import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 12; every sentence is invented for its rule. */
describe('round 12: requests and advice', () => {
  it('reads "asked X to ..." as the request reported', () => {
    const text = 'Deputy Mayor Oskar Lindqvist asked contractors and utilities to finish the cabling by the end of the month.';
    expect(facts(text).statements()).toContain('PARAPHRASE Oskar Lindqvist: contractors and utilities to finish the cabling by the end of the month');
  });

  it('gives no request for "asked not to be named", "asked for" or a perfect "has asked X to"', () => {
    expect(facts('Bernadette Kowalczyk asked not to be named because she was not authorised to speak.').statements()).toEqual([]);
    expect(facts('Bernadette Kowalczyk asked for a delay of three weeks before the hearing resumed.').statements()).toEqual([]);
    expect(facts('The Marrowfield Council has also asked the navy to help clear the blocked harbour mouth.').statements()).toEqual([]);
  });

  it('reads "advised X to ..." like "urged X to ..."', () => {
    const text = 'The Lakeland Water Board advised residents to boil tap water for three days and urged schools to close their fountains.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Lakeland Water Board: residents to boil tap water for three days');
    expect(got).toContain('PARAPHRASE Lakeland Water Board: schools to close their fountains');
  });

  it('gives no statement for advice with no infinitive', () => {
    expect(facts('Farida Osei advised the finance minister during the currency crisis of 2019.').statements()).toEqual([]);
  });
});

describe('round 12: answers and rejections', () => {
  it('reads "replied that ..." as reported speech', () => {
    const text = 'Chief financial officer Marten Vossberg replied that cash was needed for the new depot and that the board would revisit dividends.';
    expect(facts(text).statements()).toContain('PARAPHRASE Marten Vossberg: cash was needed for the new depot and that the board would revisit dividends');
  });

  it('gives no statement for "replied to" a question', () => {
    expect(facts('Marten Vossberg replied to several questions from small shareholders about the depot.').statements()).toEqual([]);
  });

  it('gives no statement for a rejected report (a vote), but keeps "rejected suggestions that ..."', () => {
    expect(facts('Shareholders in ferry operator Nordvik Linjer rejected the remuneration report at the annual meeting on Thursday.').statements()).toEqual([]);
    const got = facts('Anneli Sorvari rejected suggestions that the depot would move to Tampere next year.').statements();
    expect(got).toContain('PARAPHRASE Anneli Sorvari: suggestions that the depot would move to Tampere next year');
  });

  it('lets a participle after a rejected charge continue its subject', () => {
    const text = 'Ravindra Kulkarni rejected the charge, saying the district had received enough money for new wells in April.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ravindra Kulkarni: the district had received enough money for new wells in April');
  });
});

describe('round 12: inverted and postposed attributions', () => {
  it('reads "..., X told <outlet>." when the outlet is not recognised as a name', () => {
    const text = 'The Riverside Clinic received 12 bodies and treated more than 200 patients over the weekend, emergency department head Dr Amara Okafor told Dawn.';
    expect(facts(text).statements()).toContain('PARAPHRASE Amara Okafor: The Riverside Clinic received 12 bodies and treated more than 200 patients over the weekend');
  });

  it('reads a postposed speaker after "announced": "..., announced X, a lawyer who chaired the meeting."', () => {
    const text = 'The motion on the new statutes failed, with 61 percent of votes cast against, announced Ingrid Falkenberg, a lawyer who chaired the meeting.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ingrid Falkenberg: The motion on the new statutes failed, with 61 percent of votes cast against');
  });
});

describe('round 12: clause ends', () => {
  it('keeps a participle coordinated under the clause\'s "had" in the report', () => {
    const text = 'Health Minister Tomas Varga said the provincial government had opened 40 cooling centres across the province and ordered all clinics to cancel leave for nurses.';
    expect(facts(text).statements()).toContain('PARAPHRASE Tomas Varga: the provincial government had opened 40 cooling centres across the province and ordered all clinics to cancel leave for nurses');
  });
});

describe('round 12: short clauses and the writer\'s narration', () => {
  it('keeps a four-word clause whose subject has two words: "his client would appeal"', () => {
    const text = 'His lawyer, Marios Hadjikostis, told reporters outside the courthouse that his client would appeal.';
    expect(facts(text).statements()).toContain('PARAPHRASE Marios Hadjikostis: his client would appeal');
  });

  it('ends the report before ", and it has since ..." (the writer\'s present perfect)', () => {
    const text = 'The Nordic Council warned Estonia in 2031 that it had failed to protect the coastal wetlands, and it has since opened proceedings against Tallinn.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Nordic Council: it had failed to protect the coastal wetlands');
    expect(got.some((s) => s.includes('has since'))).toBe(false);
  });

  it('reads "maintains that ..." as a position reported', () => {
    const text = 'The Ministry of Fisheries maintains that the accord is an administrative arrangement that needs no ratification.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ministry of Fisheries: the accord is an administrative arrangement that needs no ratification');
  });

  it('skips an adverb like "separately" before the that-clause', () => {
    const text = 'The Harbour Police Directorate said separately that it had opened nine investigations into illegal moorings since January.';
    expect(facts(text).statements()).toContain('PARAPHRASE Harbour Police Directorate: it had opened nine investigations into illegal moorings since January');
  });

  it('reads "Official results showed ..." as a finding with no speaker', () => {
    const got = facts('Official results showed the Green alliance also won the mayoralty of the capital.').statements();
    expect(got).toContain('PARAPHRASE -: the Green alliance also won the mayoralty of the capital');
    expect(facts('The video showed the Green alliance also won the mayoralty of the capital.').statements()).toEqual([]);
  });
});

describe('round 12: who speaks', () => {
  it('reads "Assoc. Prof. X" as one title, so the quote before "said Assoc. Prof. X" is X\'s', () => {
    const text = '"It lay under a layer of ash, which is why the looters missed it," said Assoc. Prof. Darina Vulkova, who leads the dig. "This was made for a king."';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Darina Vulkova: It lay under a layer of ash, which is why the looters missed it, This was made for a king.');
  });

  it('skips the source\'s appositive after "According to X,"', () => {
    const text = 'According to MeteoLand, the national weather service, the valley received 41 millimetres of rain between May and August.';
    expect(facts(text).statements()).toContain('PARAPHRASE MeteoLand: the valley received 41 millimetres of rain between May and August');
  });

  it('gives "according to the museum" to the museum named before', () => {
    const text = ['The find will go on display at the Varna Regional Museum in July.', '', 'According to the museum, more than 80,000 people visited the site last year, most of them foreigners.'].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Varna Regional Museum: more than 80,000 people visited the site last year, most of them foreigners');
  });

  it('gives "It warned" to the body a description opening the sentence before stands for', () => {
    const text = [
      'The Tisza Melon Growers Association expects a poor harvest.',
      '',
      'The association estimated that growers would pick about 9,000 tonnes this autumn. It warned that dozens of small family farms could give up the crop altogether.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Tisza Melon Growers Association: dozens of small family farms could give up the crop altogether');
  });

  it('gives "the chamber said" to the chamber named before', () => {
    const text = ['The National Chamber of Commerce asked for lower tariffs.', '', 'Exports to the south were slightly better because more of the goods there are shipped by river, the chamber said.'].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE National Chamber of Commerce: Exports to the south were slightly better because more of the goods there are shipped by river');
  });

  it('gives "the Minister said" to the holder of "Minister of X" and reads a setting "to the press on the sidelines of ..."', () => {
    const text = [
      'Minister of Energy Karim Benhaddou on Monday opened a desalination plant in Tipasa.',
      '',
      'The plant will supply around 90,000 households and save about 12 million cubic metres of groundwater a year, the Minister said in a statement to the press on the sidelines of the ceremony.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Karim Benhaddou: The plant will supply around 90,000 households and save about 12 million cubic metres of groundwater a year');
  });

  it('gives "he said" to the reporter a lower-case title opens the sentence with, not a person inside his clause', () => {
    const text = [
      'Rijeka captain Ivo Marinac received a red card for protests.',
      '',
      'Rijeka sporting director Goran Valentic told reporters that the club would appeal if the federation suspended Marinac.',
      '',
      '"A red card for words is already a harsh punishment," he said.',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Goran Valentic: A red card for words is already a harsh punishment');
  });
});
