import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 8; every sentence is invented for its rule. */
describe('round 8: quotes without a speech verb', () => {
  it('attributes pull quotes to the name after a dash', () => {
    const text = 'Guests: Anna Kovac, an economist, and Piet Molenaar, a farmer.\n\n"Prices will not come down before spring." — Anna Kovac\n\n"The rain decides everything here." — Piet Molenaar';
    expect(facts(text).statements()).toEqual([
      'QUOTE Anna Kovac: Prices will not come down before spring.',
      'QUOTE Piet Molenaar: The rain decides everything here.',
    ]);
  });

  it('reads speaker-labelled transcript turns as quotes, but not questions', () => {
    const text =
      'Senator Mara Quist questioned Minister Ivo Brandt on the port budget.\n\nSenator Mara Quist (Green Party): Who will pay for the dredging next year?\n\nMinister Ivo Brandt: The port will pay for it from its own fees.\n\nSenator Mara Quist: Then the fees will rise for every fisherman in the bay.';
    expect(facts(text).statements()).toEqual([
      'QUOTE Ivo Brandt: The port will pay for it from its own fees.',
      'QUOTE Mara Quist: Then the fees will rise for every fisherman in the bay.',
    ]);
  });

  it('reads no transcript from a single labelled line', () => {
    expect(facts('Coach Rui Vaz watched from the stand.\n\nCoach: Rui Vaz\n\nReferee: Tomas Lind').statements()).toEqual([]);
  });
});

describe('round 8: reported speech', () => {
  it('reads no statement in a wh-clause ("explains why ...")', () => {
    expect(facts('Host Lina Park explains why the councils were brought back by an act of parliament last year.').statements()).toEqual([]);
  });

  it('leaves the person warned out of the clause ("warned the ministry in March that ...")', () => {
    expect(facts('Dr Kofi Mensah warned the Health Ministry in March that vaccine stocks were running low.').statements()).toEqual([
      'PARAPHRASE Kofi Mensah: vaccine stocks were running low',
    ]);
  });

  it('keeps a that-clause whose first words hold a verb ("warned the plan would mean that ...")', () => {
    const got = facts('Dr Kofi Mensah warned the plan would mean that clinics close early.').statements();
    expect(got).toEqual(['PARAPHRASE Kofi Mensah: the plan would mean that clinics close early']);
  });
});
