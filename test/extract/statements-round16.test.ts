import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 16; every sentence is invented for its rule. */
describe('round 16: broadcast script sound bites', () => {
  it('gives a "CLIP - Name, affiliation: words" line to the labelled person, a closing question included', () => {
    const text = [
      'ANCHOR: Good evening. The ferry to Tobermory will not sail before spring, the transport ministry has confirmed.',
      '',
      'CLIP - Minister Harriet Okonkwo-Bell: We will not put a vessel in the water that has failed its inspection. The repairs will take until April.',
      '',
      'ANCHOR: Islanders are angry.',
      '',
      'CLIP - Duncan Macfarlane-Reid, fisherman, Tobermory: I lost two weeks of catches already. My buyers went elsewhere. Who pays for that?',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Harriet Okonkwo-Bell: We will not put a vessel in the water that has failed its inspection. The repairs will take until April.');
    expect(got).toContain('QUOTE Duncan Macfarlane-Reid: I lost two weeks of catches already. My buyers went elsewhere. Who pays for that?');
  });
});

describe('round 16: meeting minutes', () => {
  it('reads a title alone opening a sentence after an upper-case heading as the person holding that title', () => {
    const text = [
      'Harbour residents back new ferry timetable',
      '',
      'Chair Marguerite Anowak welcomed 40 members to the parish hall on Monday.',
      '',
      '1. OPENING',
      'The Chair called the meeting to order at 7:02 p.m. and acknowledged that the hall had been lent by the parish at no cost.',
      '',
      '2. REPORTS',
      'The Chair reported that membership had reached 412 households in December.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Marguerite Anowak: the hall had been lent by the parish at no cost');
    expect(got).toContain('PARAPHRASE Marguerite Anowak: membership had reached 412 households in December');
  });

  it('reads "proposed that" + clause as a paraphrase, but not "proposed" + noun phrase', () => {
    const got = facts('Councillor Ingrid Halvorsen agreed and proposed that the council ask the province for a second bus route.').statements();
    expect(got).toContain('PARAPHRASE Ingrid Halvorsen: the council ask the province for a second bus route');
    expect(facts('Councillor Ingrid Halvorsen proposed a second bus route for the valley.').statements()).toEqual([]);
  });
});

describe('round 16: scare quotes in relative clauses', () => {
  it('gives no quote for a word a relative clause says someone called a thing', () => {
    const got = facts('Mayor Oskar Lindgren did not rule out a deal with the Centre Party, which he had called "erratic" in the spring.').statements();
    expect(got.some((s) => s.startsWith('QUOTE'))).toBe(false);
  });

  it('still quotes a naming verb in a main clause', () => {
    const got = facts('Mayor Oskar Lindgren called the budget "a plan nobody in this town asked for and nobody can afford."').statements();
    expect(got.some((s) => s.startsWith('QUOTE Oskar Lindgren'))).toBe(true);
  });
});

describe('round 16: two governments', () => {
  it('gives "the two governments said" to the only two countries the article names', () => {
    const text = [
      'Samoa has asked New Zealand to extend its seasonal work scheme, as the two countries ended talks in Apia.',
      '',
      'In a joint statement, the two governments said they had agreed to build a new wharf at Salelologa.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Samoa: they had agreed to build a new wharf at Salelologa');
    expect(got).toContain('PARAPHRASE New Zealand: they had agreed to build a new wharf at Salelologa');
  });
});

describe('round 16: withheld commitments', () => {
  it('ends the report before "but did not commit to ..."', () => {
    const got = facts('Finance Minister Petra Kovalenko said the government was ready to discuss "relief" for exporters, but did not commit to a figure.').statements();
    expect(got).toContain('PARAPHRASE Petra Kovalenko: the government was ready to discuss "relief" for exporters');
  });
});

describe('round 16: unnamed agencies', () => {
  it('gives "Aid agencies say ..." a paraphrase with no speaker', () => {
    const got = facts('Malawi hosts about 50,000 refugees in Dzaleka camp. Aid agencies say food rations there have been cut twice this year.').statements();
    expect(got).toContain('PARAPHRASE -: food rations there have been cut twice this year');
  });
});
