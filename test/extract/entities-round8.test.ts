import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { facts } from './facts';

describe('entities round 8: line-ups, posts, airlines, institutions', () => {
  it("reads a match report's line-up as players, whatever towns share their surnames", () => {
    const f = facts(
      'Riverton beat Harbour City 3-0 in the league match on Saturday; the striker scored twice and the coach praised the goalkeeper.\n\n' +
        'Riverton: Okafor; Santos, Brandt, De la Cruz, J. Mendes; Ramos, Ivanović, Kerr; Pinto, T. Walsh, Lindqvist.\n',
    );
    for (const name of ['Okafor', 'Santos', 'De la Cruz', 'Ramos', 'Lindqvist', 'T. Walsh']) expect(f.entity(name)?.kind, name).toBe('PERSON');
  });

  it('leaves a list after a colon that is no line-up alone', () => {
    const f = facts('Stops: Lisbon; Porto, Braga.');
    expect(f.entity('Porto')?.kind).toBe('PLACE');
  });

  it('reads a full name given a post with "as" as a person', () => {
    const f = facts('Harwell Mutual Assurance named Anong Prasertsuk as chief executive from July 1.');
    expect(f.entity('Anong Prasertsuk')?.kind).toBe('PERSON');
  });

  it('reads the first of two descriptions in an appositive', () => {
    const f = facts("The party's candidate is Ruwan Dassanayake, a gem trader and two-term member of Parliament.");
    expect(f.entity('Ruwan Dassanayake')?.kind).toBe('PERSON');
  });

  it('does not make the place after "of" the speaker', () => {
    const f = facts('"We only ask for a runway," Mayor Aviaja Lyberth of Ilulissat said by telephone.');
    expect(f.entity('Ilulissat')?.kind).not.toBe('PERSON');
    expect(f.entity('Aviaja Lyberth')?.kind).toBe('PERSON');
  });

  it('reads "Air" and a country as the airline', () => {
    const f = facts('Air Greenland landed its first wide-body flight in Nuuk on Tuesday.');
    expect(f.entity('Air Greenland')?.kind).toBe('ORGANIZATION');
  });

  it('keeps a portfolio noun before a title in the title', () => {
    const f = facts('Infrastructure Minister Pipaluk Kleist said the runway would open in May.');
    expect(f.entity('Infrastructure')).toBeUndefined();
    expect(f.entity('Pipaluk Kleist')?.kind).toBe('PERSON');
  });

  it('keeps a Spanish institution whose title word is followed by a particle whole', () => {
    const f = facts('Agents of the Fiscalía General del Estado de Jalisco arrested him in May.');
    expect(f.entity('del Estado de Jalisco')).toBeUndefined();
    expect(f.entity('Fiscalía')).toBeUndefined();
  });

  it('still reads a judge with a particle as a person', () => {
    expect(facts('Judge du Toit dismissed the application on Friday.').entity('du Toit')?.kind).toBe('PERSON');
  });

  it('reads an appositive head followed by a preposition: a settlement is a place', () => {
    const f = facts('Flights were moved from Narsarsuaq, a settlement of about 150 people at the head of a fjord, to Qaqortoq.');
    expect(f.entity('Narsarsuaq')?.kind).toBe('PLACE');
  });

  it('classifies a lone name by the cues around all its mentions', () => {
    const f = facts('Taps on the pipelines were found near Salamanca. Petrolex said in a statement that thefts had fallen by 28 percent.');
    expect(f.entity('Petrolex')?.kind).toBe('ORGANIZATION');
  });

  it('does not classify a common word opening a sentence that the article also writes in lower case', () => {
    const f = facts('The company was fined on Monday.\n\nCompany says it will cooperate with investigators.');
    expect(f.entity('Company')).toBeUndefined();
  });

  it('reads a club named after a gap: "signed in July from X"', () => {
    const f = facts('The striker, signed in July from Talleres, scored twice as the league leaders beat the champions in the derby. The coach praised the goalkeeper.');
    expect(f.entity('Talleres')?.kind).toBe('ORGANIZATION');
  });
});

describe('entities round 8: lead rules', () => {
  it('gives a one-word name whose cues disagree the kind most of its mentions vote for', () => {
    const f = facts('Jets land in Nuuk as Tasiilaq era ends\n\nFlights used to stop in Tasiilaq for decades. Tasiilaq, a settlement of 2,000 people, will keep one weekly flight to Tasiilaq.');
    expect(f.entity('Tasiilaq')?.kind).toBe('PLACE');
  });

  it('keeps both halves of a name read with its appositive as aliases', () => {
    const f = facts('The study was led by researchers at Ilinniarfik, the University of Kalaallit, and published today.');
    const e = extractArticle('The study was led by researchers at Ilinniarfik, the University of Kalaallit, and published today.').entities.find((x) => x.kind === 'ORGANIZATION');
    expect(e?.aliases).toEqual(expect.arrayContaining(['Ilinniarfik', 'University of Kalaallit']));
    expect(f.entities().length).toBeGreaterThan(0);
  });
});
