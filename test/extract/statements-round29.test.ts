import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 29; every sentence is invented for its rule. */
describe('round 29: a dash credit line under a quote', () => {
  it('gives a quote-only line to the name on the dash line below it, not to the previous speaker', () => {
    const text =
      'Mayor Carla Brenner said the budget would be published on Friday.\n\n' +
      '"We will not close a single library this year. Not one."\n' +
      '— Tomas Ekwall, council treasurer, on Tuesday, after the vote on the spending plan.';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Tomas Ekwall: We will not close a single library this year. Not one.');
    expect(got.some((s) => s.startsWith('QUOTE Carla Brenner'))).toBe(false);
  });

  it('reads an en dash or a horizontal bar and an honorific before the name', () => {
    const text =
      'Who said what this week.\n\n' +
      '"The harbour wall has been cracking for ten years."\n' +
      '– Dr. Helga Marwitz, a coastal engineer.\n\n' +
      '"Nobody asked the fishermen before the vote."\n' +
      '― Senator Paulo Rendeiro, at a rally in the port.';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Helga Marwitz: The harbour wall has been cracking for ten years.');
    expect(got).toContain('QUOTE Paulo Rendeiro: Nobody asked the fishermen before the vote.');
  });
});

describe('round 29: nicknames in quotation marks', () => {
  it('reads a capitalised word quoted between two name parts as a nickname, not a quote', () => {
    const text = 'Opposition leader Marcel "Bibi" Vanterpool said his party would open talks with the Greens on Monday.';
    const got = facts(text).statements();
    expect(got.some((s) => s.startsWith('QUOTE'))).toBe(false);
  });
});

describe('round 29: determinations and recommendations', () => {
  it('reads "has determined that" as a report of the clause', () => {
    const text = 'Judge Orla Fennimore has determined that the collapse of the footbridge could have been prevented by a routine inspection.';
    expect(facts(text).statements()).toContain('PARAPHRASE Orla Fennimore: the collapse of the footbridge could have been prevented by a routine inspection');
  });

  it('reads "recommended that" as a report of the recommendation', () => {
    const text = 'Angus Tremayne, the coroner, said the ladder had been faulty. Tremayne recommended that the ferry operator replace all of its boarding ladders by June.';
    expect(facts(text).statements()).toContain('PARAPHRASE Angus Tremayne: the ferry operator replace all of its boarding ladders by June');
  });

  it('does not read "determined to" as a report', () => {
    const text = 'Coach Lena Vossberg was determined to win the cup this season.';
    expect(facts(text).statements()).toEqual([]);
  });
});
