import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from round 15's second statements pass on the v15 articles; every sentence is invented for its rule. */
describe('round 15b: a title-only quote attribution goes on', () => {
  const text = [
    'Accused: Zorvan Venn, 41, owner of Harwick Bakeries Ltd',
    '',
    'Tavia Okonkwo-Bell heard the application on Tuesday.',
    '',
    'Okonkwo-Bell said the defence had made its case with care.',
    '',
    '"Freedom is the starting point. Custody needs a reason," the magistrate said, adding that Venn had lived in Harwick all his life and ran a bakery with nine staff.',
    '',
    'She warned that any missed report to the police would end the arrangement at once.',
  ].join('\n');

  it('gives ", adding that ..." after "“...,” the magistrate said" to the quote\'s speaker', () => {
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Tavia Okonkwo-Bell: Freedom is the starting point. Custody needs a reason');
    expect(got).toContain('PARAPHRASE Tavia Okonkwo-Bell: Venn had lived in Harwick all his life and ran a bakery with nine staff');
  });

  it('resolves a later "She warned" to that speaker, not to the person inside her report', () => {
    expect(facts(text).statements()).toContain('PARAPHRASE Tavia Okonkwo-Bell: any missed report to the police would end the arrangement at once');
  });
});

describe('round 15b: documents closing an inverted attribution', () => {
  it('gives "..., the report shows." to the body an earlier sentence says published the report', () => {
    const text = [
      'The Orlen Basin Water Authority published its annual drought report on Friday.',
      '',
      'The northern districts used 61% of the irrigation water, the report shows.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Orlen Basin Water Authority: The northern districts used 61% of the irrigation water');
  });

  it('gives "..., official results showed on Monday, ..." no speaker', () => {
    const text = 'Challenger Marta Quiroga Sanz won the race for governor of the province of Tarvena, official results showed on Monday, ending twenty years of rule by the Civic Union.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: Challenger Marta Quiroga Sanz won the race for governor of the province of Tarvena');
  });

  it('gives a clause before a postposed "the survey showed" with no publisher no speaker', () => {
    const text = 'Most farmers in the valley now plant drought-tolerant maize, the survey showed.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE -: Most farmers in the valley now plant drought-tolerant maize']);
  });
});

describe('round 15b: a finding sourced to a paper', () => {
  it('makes "They found that A, according to the paper, published ..." one statement of A', () => {
    const text =
      'The team tagged turtles off the coast for four years. They found that nesting females at Kelso Point rose from 40 in 2021 to 95 in 2025, according to the paper, published on Tuesday in the journal Coastal Ecology.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE -: nesting females at Kelso Point rose from 40 in 2021 to 95 in 2025');
    expect(got.filter((s) => s.includes('nesting females'))).toHaveLength(1);
  });
});

describe('round 15b: a person\'s perfect request', () => {
  it('reads "Name, ..., has asked X to ..." as the request', () => {
    const text = 'The mayor of Porto Vell, Andreu Casals Ribera, has asked the regional government to fund a night ferry between the two harbours.';
    expect(facts(text).statements()).toContain('PARAPHRASE Andreu Casals Ribera: the regional government to fund a night ferry between the two harbours');
  });

  it('still gives no request for a body\'s perfect "has also asked"', () => {
    expect(facts('The Marrowfield Council has also asked the navy to help clear the blocked harbour mouth.').statements()).toEqual([]);
  });
});

describe('round 15b: where a reported clause ends', () => {
  it('ends a clause before ", but the <post>, <Name>, promised that ..."', () => {
    const text =
      'The Volta Harbour Police Command said it would station officers at the ferry gates from March 3, but the regional police spokesman, Insp Kofi Mensah-Baidoo, promised that "no trader will be moved by force."';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Volta Harbour Police Command: it would station officers at the ferry gates from March 3');
    expect(got).toContain('QUOTE Kofi Mensah-Baidoo: no trader will be moved by force.');
  });

  it('ends a clause before ", while some <people> said ..." and reads both unnamed reports', () => {
    const text = 'Commuters at Korvath Central and Elmsby Interchange stations said they could not pay their fares, while some pharmacies said they could not process prescriptions.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE -: they could not pay their fares');
  });
});

describe('round 15b: subjects', () => {
  it('gives "the three-member <ACRONYM> panel found that" to the named body', () => {
    const text =
      'The Maritime Arbitration Tribunal (MAT) upheld the appeal on Friday. In its decision, the three-member MAT panel found that the cargo had most likely been damaged before loading in Valparaiso.';
    expect(facts(text).statements()).toContain('PARAPHRASE Maritime Arbitration Tribunal: the cargo had most likely been damaged before loading in Valparaiso');
  });

  it('reads an unnamed plural "accuse X of ..." with no speaker, but not a passive or a relative gap', () => {
    expect(facts('Opposition candidates accuse the provincial council of hiding the audit from voters since June.').statements()).toEqual([
      'PARAPHRASE -: the provincial council of hiding the audit from voters since June',
    ]);
    expect(facts('Two harbour companies have been accused of dumping ballast water in the protected bay.').statements()).toEqual([]);
  });

  it('gives commuters "at" named stations no speaker', () => {
    const got = facts('Commuters at Korvath Central and Elmsby Interchange stations said the ticket machines had been down since dawn.').statements();
    expect(got).toEqual(['PARAPHRASE -: the ticket machines had been down since dawn']);
  });
});

describe('round 15b: acts that look like speech', () => {
  it('gives no statement for a goal or points "added" before a setting', () => {
    expect(facts('Tomasz Wierzba headed in a corner in the 12th minute and added a second from the penalty spot in the 40th after a handball.').statements()).toEqual([]);
    expect(facts('Guard Ilkka Rantanen added 17 for the hosts, who were without their captain for the fourth game running.').statements()).toEqual([]);
  });

  it('still reads "added that ..." and "added <number> people had ..." as speech', () => {
    expect(facts('Mayor Helga Sundqvist added that 15 families had been moved to the school hall overnight.').statements()).toContain(
      'PARAPHRASE Helga Sundqvist: 15 families had been moved to the school hall overnight',
    );
  });

  it('gives no statement for "wrote the majority judgment"', () => {
    expect(facts('Justice Amara Okafor-Lind wrote the majority judgment, with which two other judges agreed.').statements()).toEqual([]);
  });

  it('still reads "wrote that ..." and "wrote the agency had ..." as speech', () => {
    const got = facts('Justice Amara Okafor-Lind wrote that the agency had ignored its own rules for a decade.').statements();
    expect(got).toContain('PARAPHRASE Amara Okafor-Lind: the agency had ignored its own rules for a decade');
    expect(facts('Justice Amara Okafor-Lind wrote the agency had ignored its own rules for a decade.').statements()).toContain(
      'PARAPHRASE Amara Okafor-Lind: the agency had ignored its own rules for a decade',
    );
  });
});

describe('round 15b: staff at a named body', () => {
  it('gives "At the <Hospital> in <Place>, ..., doctors said" to the hospital', () => {
    const text =
      'At the Korle Ridge Teaching Hospital in Tamale, which runs the region\'s only burns unit, doctors said the intensive care beds had been full since Friday.';
    expect(facts(text).statements()).toContain('PARAPHRASE Korle Ridge Teaching Hospital: the intensive care beds had been full since Friday');
  });

  it('keeps "At <beach> in <town>, fishermen said" unnamed', () => {
    const got = facts('At Obuasi Beach in Keta, fishermen said the catch had fallen by half since the dredging began.').statements();
    expect(got).toEqual(['PARAPHRASE -: the catch had fallen by half since the dredging began']);
  });
});
