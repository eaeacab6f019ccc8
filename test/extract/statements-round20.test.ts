import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 20; every sentence is invented for its rule. */
describe('round 20: embedded social-media posts', () => {
  it('reads a post above a "— Name (@handle) date" signature as a QUOTE by the account, without the signature', () => {
    const text =
      'The ferry to Vellmar Island resumed on Monday.\n\nThe mayor, Corinna Halvorsen, wrote on social media:\n\nThe first boat left at six with 240 people on board. Thank you all for waiting.\n— Corinna Halvorsen (@chalvorsen) May 4, 2037\n\nThe service runs twice a day.';
    expect(facts(text).statements()).toContain('QUOTE Corinna Halvorsen: The first boat left at six with 240 people on board. Thank you all for waiting.');
  });

  it('gives each of two posts to its own account, the handle being no part of the name', () => {
    const text =
      'Riders were split on the new tram line in Ostbruck.\n\nWaited half an hour at the depot because the doors would not open. Not a great start.\n— Lorenz Kettlewell (@lkettle_ob) June 2, 2037\n\nThe Ostbruck Transit Authority answered later.\n\nWe are sorry for the delay this morning. The doors have been repaired and trams run on time.\n— Ostbruck Transit Authority (@ostbruck_ota) June 2, 2037';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Lorenz Kettlewell: Waited half an hour at the depot because the doors would not open. Not a great start.');
    expect(got).toContain('QUOTE Ostbruck Transit Authority: We are sorry for the delay this morning. The doors have been repaired and trams run on time.');
  });

  it('reads nothing when a signature-like line follows a heading that does not end like a sentence', () => {
    const text = 'Contact us\n— Harriet Moller (@hmoller) July 1, 2037\n\nHarriet Moller runs the bakery in Tollund.';
    expect(facts(text).statements().filter((s) => s.startsWith('QUOTE'))).toEqual([]);
  });
});

describe('round 20: declarations and findings', () => {
  it('reads "has declared that" as a paraphrase, and not "declared a state of emergency"', () => {
    const got = facts('The Labour Tribunal of Varnsdorf has declared that the three drivers were employees of Kestrel Freight Limited. The governor declared a state of emergency in the valley.').statements();
    expect(got).toContain('PARAPHRASE Labour Tribunal of Varnsdorf: the three drivers were employees of Kestrel Freight Limited');
    expect(got.some((s) => /state of emergency/.test(s))).toBe(false);
  });

  it('splits "rejected X\'s argument that ..., finding that ..." into two statements', () => {
    const got = facts('Judge Odile Marchetti rejected the insurer\'s argument that the storm was unforeseeable, finding that the warnings had been public for a week.').statements();
    expect(got).toContain('PARAPHRASE Odile Marchetti: the warnings had been public for a week');
    expect(got.some((s) => /unforeseeable, finding/.test(s))).toBe(false);
  });
});

describe('round 20: "the company" after a court is named', () => {
  it('gives "The company said" to the company with a legal form in its name, not the court its statement names', () => {
    const text =
      'The Harbour Court ruled against Pellworth Couriers Limited on Monday.\n\nIn a statement, Pellworth Couriers said it would appeal to the Supreme Tribunal. The company said the ruling could force it to raise prices.';
    expect(facts(text).statements()).toContain('PARAPHRASE Pellworth Couriers Limited: the ruling could force it to raise prices');
  });
});

describe('round 20: who a pronoun continues after background people', () => {
  it('passes over a silent historical person of unknown gender to the recent speaker the pronoun fits', () => {
    const text =
      'At a talk after the premiere, the director Astrid Solheim said she had wanted to stage the play in Lysaker. The playwright worked there in the 1850s, after the painter Tor Eikrem founded the hall.\n\n"Lysaker made him a writer. It felt right to come back," she said.\n\nShe said the sets had been borrowed from the harbour.';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Astrid Solheim: Lysaker made him a writer. It felt right to come back');
    expect(got).toContain('PARAPHRASE Astrid Solheim: the sets had been borrowed from the harbour');
  });

  it('keeps a person of unknown gender who speaks in their own sentence', () => {
    const text =
      'Greta Lindqvist, the fund\'s chair, said the board had done well.\n\nKasimir Dahlberg, head of investment at Norrsken, the pension fund, said Norrsken had voted against the pay report. "We want this board to fix pay," he said.';
    expect(facts(text).statements()).toContain('QUOTE Kasimir Dahlberg: We want this board to fix pay');
  });
});
