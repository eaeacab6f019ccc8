import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 17; every sentence is invented for its rule. */
describe('round 17: a described body in a wire lead, named after it', () => {
  it('gives the lead to the body opening the next paragraph ("the port operator said" → the company that then speaks)', () => {
    const text = [
      'Port strike halts container traffic in Valdoria',
      '',
      'VALDORIA CITY, March 4 (Reuters) - Container traffic through the main port of Valdoria stopped on Tuesday after dock workers walked out over pay, the port operator said.',
      '',
      'Meridian Terminals, the private firm that runs the port under a 30-year concession, said talks with the union would resume on Thursday.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Meridian Terminals: Container traffic through the main port of Valdoria stopped on Tuesday after dock workers walked out over pay');
  });

  it('gives the lead to the body named in the next paragraphs whose name holds a word of the description', () => {
    const text = [
      'Landslide buries road in the Korvath hills',
      '',
      'KORVATH, Oct 2 (AP) — A landslide buried the only road to three mountain villages and cut them off from the valley, the region\'s highway agency said Monday.',
      '',
      'Heavy rain had fallen for five days before the slope gave way above the village of Petrisk.',
      '',
      'Crews from the Korvath Highway Directorate were clearing the road with two excavators, said Anselm Drovic, a spokesman.',
    ].join('\n');
    expect(facts(text).statements()).toContain('PARAPHRASE Korvath Highway Directorate: A landslide buried the only road to three mountain villages and cut them off from the valley');
  });

  it('leaves a described speaker later in the article unresolved forward', () => {
    const text = [
      'ELDMARK, May 9 (Reuters) - The Eldmark Water Board said on Friday that reservoirs were at 40% of capacity.',
      '',
      'Train services on the coastal line were suspended for several hours after a bridge flooded, the rail operator said.',
      '',
      'Northline Rail, which runs the coastal route, said trains had resumed by evening.',
    ].join('\n');
    expect(facts(text).statements().some((s) => s.startsWith('PARAPHRASE Northline Rail: Train services'))).toBe(false);
  });
});

describe('round 17: other speakers in an "as" clause after the report', () => {
  it('cuts ", as nurses warned of ..." from the reported clause', () => {
    const got = facts('The Ostrava Red Cross said volunteers would hand out blankets and water at the station, as nurses warned of a rise in chest infections.').statements();
    expect(got).toContain('PARAPHRASE Ostrava Red Cross: volunteers would hand out blankets and water at the station');
  });

  it('keeps an "as" clause without a speaker of its own', () => {
    const got = facts('The Ostrava Red Cross said volunteers would hand out blankets at the station, as temperatures fell below freezing.').statements();
    expect(got).toContain('PARAPHRASE Ostrava Red Cross: volunteers would hand out blankets at the station, as temperatures fell below freezing');
  });
});

describe('round 17: a naming verb whose quote a that-clause continues', () => {
  it('gives a paraphrase of the whole complement, marks kept, and no quote', () => {
    const got = facts('The Tarn Valley Anglers Club called the survey "a clear warning" that trout and the new hydro scheme cannot share the river.').statements();
    expect(got).toContain('PARAPHRASE Tarn Valley Anglers Club: the survey "a clear warning" that trout and the new hydro scheme cannot share the river');
    expect(got.some((s) => s.startsWith('QUOTE'))).toBe(false);
  });

  it('still gives a quote when the quote closes the complement', () => {
    const got = facts('Mayor Lucinda Ferreira-Holt called the decision "a betrayal of every family on the coast".').statements();
    expect(got).toContain('QUOTE Lucinda Ferreira-Holt: a betrayal of every family on the coast');
  });
});

describe('round 17: speakers', () => {
  it('gives the verb to a person before a chain of three appositives, not to a body named inside them', () => {
    const got = facts('Dr Henrike Solvang-Moe, a geologist at the University of Tromsdal in Harstad, Norway, who was not part of the study, said the cores matched samples taken further north.').statements();
    expect(got).toContain('PARAPHRASE Henrike Solvang-Moe: the cores matched samples taken further north');
  });

  it('gives "Its president told ..." with no name to the one organisation the sentence before names', () => {
    const text = 'The Harbour Users Association, which signed the lease with the council, has not published its accounts. Its president told reporters on Monday that the figures were "private matters for members".';
    expect(facts(text).statements()).toContain('PARAPHRASE Harbour Users Association: the figures were "private matters for members"');
  });

  it('keeps a named officer in an appositive after "Its director,"', () => {
    const text = 'The Harbour Users Association welcomed the ruling. Its director, Dr Oona Kesselring, said the decision protected every mooring in the bay.';
    expect(facts(text).statements()).toContain('PARAPHRASE Oona Kesselring: the decision protected every mooring in the bay');
  });

  it('gives a quote after "As X put it:" to X', () => {
    const text = 'Councillor Bartholomew Inskip-Nair spoke against the plan. As Inskip-Nair put it in the debate: "We are paving over the only green space the children have."';
    expect(facts(text).statements()).toContain('QUOTE Bartholomew Inskip-Nair: We are paving over the only green space the children have.');
  });
});
