import { describe, expect, it } from 'vitest';
import { isCredit } from '../../src/extract/headline';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 9 header', () => {
  it('reads a date-and-time line with seconds as a date, leaving no agency behind', () => {
    const text = 'Varnia opens a wind farm on its northern coast\n\nSource: Kyodo\nEditor: Lin Hao\n2031-08-14 10:42:37\n\nOSTEL, Aug. 14 (Kyodo) -- Varnia opened a wind farm on Saturday, officials said.';
    const m = meta(text);
    expect(m.title).toBe('Varnia opens a wind farm on its northern coast');
    expect(m.agency).toBe('Kyodo');
    expect(m.publishedAt).toBe('2031-08-14');
    expect(m.dateline).toBe('OSTEL');
  });
  it('takes the agency from a header source line when the dateline names none', () => {
    const text = 'Varnia opens a wind farm on its northern coast\n\nSource: Kyodo\n2031-08-14 10:42:37\n\nVarnia opened a wind farm on Saturday, officials said.';
    expect(meta(text).agency).toBe('Kyodo');
  });
  it('takes no release label beside the place and date for the agency', () => {
    const text = '# Norvik Ports opens a new crane hall at Dalby Quay\n\n**Press Release** | Ostrava, 4 June 2031\n\nNorvik Ports today opened a new crane hall at Dalby Quay.';
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.dateline).toBe('Ostrava');
    expect(m.publishedAt).toBe('2031-06-04');
  });
});

describe('round 9 boilerplate', () => {
  it('drops staff credits written as fields', () => {
    const text = 'Editor: Lin Hao\nResponsible editor: Ana Ruiz and Tom Hale\nPhotographer: Piet Olsen\nThe minister said the plan was ready.';
    expect(boilerplateLines(text)).toEqual(['Editor: Lin Hao', 'Responsible editor: Ana Ruiz and Tom Hale', 'Photographer: Piet Olsen']);
    // A transcript turn is no credit.
    expect(boilerplateLines('Editor: We asked the minister twice.')).toEqual([]);
  });
  it("drops a writer's line at the foot, not news about a reporter", () => {
    expect(boilerplateLines('Jana Petrova is a Brno-based reporter for the Courier covering transport and city hall.')).toHaveLength(1);
    expect(boilerplateLines('Olu Bakare is the Herald’s health correspondent.')).toHaveLength(1);
    expect(boilerplateLines('Olu Bakare is a freelance journalist who was detained in March.')).toEqual([]);
    expect(boilerplateLines('Olu Bakare is a farmer in Kiru.')).toEqual([]);
    const text = 'The council voted on Tuesday, Mayor Ines Varga said.\n\nJana Petrova is a Brno-based reporter for the Courier covering city hall.';
    expect(names(text)).not.toContain('Jana Petrova');
  });
  it('drops messaging-channel and reader-appeal prompts', () => {
    const text = "The ferry resumed service on Monday, the operator said.\n\nJoin the Courier's WhatsApp channel and get the latest breaking news delivered to you.\n\nQuality journalism costs money. Support the Dalby Courier for the price of a coffee.";
    expect(boilerplateLines(text)).toHaveLength(2);
    expect(names(text).join('|')).not.toMatch(/WhatsApp|Courier/);
    // A sentence about joining a group is body text.
    expect(boilerplateLines('Join the group of volunteers at the town hall, the mayor urged residents.')).toEqual([]);
  });
  it("drops a wire desk's slug at the foot", () => {
    expect(boilerplateLines('rk/tl/pm')).toEqual(['rk/tl/pm']);
    expect(boilerplateLines('dpa kx bb7 rt')).toEqual(['dpa kx bb7 rt']);
  });
  it('reads a photo credit between bars as a credit, not as names', () => {
    const text = '[Photo] A fisherman mends nets at the harbour in Kiru. Photo | Lars Odegaard | Coast Media Group\n\nFishermen in Kiru say catches fell by half this year.';
    expect(names(text).join('|')).not.toMatch(/Odegaard|Coast Media/);
    expect(names(text)).toContain('Kiru');
    const credit = 'Photo | Lars Odegaard | Coast Media Group';
    expect(isCredit(credit, { start: 0, end: credit.length, index: 0, paragraph: 0 })).toBe(true);
    const sentence = 'Photo | The harbour in Kiru at dawn, where the boats were tied up.';
    expect(isCredit(sentence, { start: 0, end: sentence.length, index: 0, paragraph: 0 })).toBe(false);
  });
});
