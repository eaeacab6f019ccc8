import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 19 header', () => {
  it("reads the date after the bar of a compiler's byline that gives the writer's post", () => {
    const text = [
      'HARBOUR LEDGER',
      'Varnia · Business · People',
      '',
      'PEOPLE MOVES: Ostel Ports names a new chief executive; new faces at Norvik Air and Dalby Bank',
      '',
      'Compiled by Tomas Halvorsen-Ek, Markets Editor | Tuesday, March 9, 2032',
      '',
      'Ostel Ports said on Monday that Ingrid Saltvik would become its chief executive on April 1.',
    ].join('\n');
    const m = meta(text);
    expect(m.publishedAt).toBe('2032-03-09');
    expect(m.title).toBe('PEOPLE MOVES: Ostel Ports names a new chief executive; new faces at Norvik Air and Dalby Bank');
    expect(m.agency).toBeUndefined();
  });
  it("reads the date of a writer's credit with another credit verb ('Written by')", () => {
    const text = 'Dalby council approves a new ferry pier\n\nWritten by Ana Lindqvist, City Reporter | 4 June 2031\n\nDalby council approved a new ferry pier on Tuesday, the mayor said.';
    expect(meta(text).publishedAt).toBe('2031-06-04');
  });
});

describe('round 19 boilerplate', () => {
  it("drops a newsletter prompt naming the site and what it sends ('... headlines in your inbox')", () => {
    const prompt = 'Get Coral Coast Times headlines in your inbox every morning. Sign up here.';
    const text = `Ostel reef closed to divers\n\nOSTEL — The reef was closed on Monday, the ministry said.\n\n${prompt}`;
    expect(boilerplateLines(text)).toContain(prompt);
    expect(names(text).some((n) => /Coral Coast/.test(n))).toBe(false);
    // A sentence of the story is no prompt.
    expect(boilerplateLines('Get Ostel Harbour back to work, the mayor told the Dalby Chamber of Commerce.')).toEqual([]);
  });
  it('drops a heading in capitals over a row of figures even with a note in brackets after it', () => {
    const text = [
      'Poll puts Varnian Greens ahead before the council election',
      '',
      'The Varnian Greens lead the race, according to a survey published on Monday by the Ostel Polling Institute.',
      '',
      'ESTIMATED SEATS (20 list, 10 district)',
      'VG 11–12 · UL 9–10 · Dalby First 4–5',
      '',
      'The institute said the race remained open.',
    ].join('\n');
    const all = names(text);
    expect(all.some((n) => /seats/i.test(n))).toBe(false);
    expect(all).toContain('Ostel Polling Institute');
  });
  it("drops a caption's credit in brackets with a credit word ('Supplied:', 'Handout:')", () => {
    const text = [
      'Dock workers walk off at Ostel',
      '',
      '[Image] Workers outside the depot in Ostel on Tuesday. (Supplied: Harbour and Freight Union)',
      '',
      'About 300 dock workers in Ostel stopped work on Tuesday, the port authority said.',
    ].join('\n');
    expect(names(text).some((n) => /Union/.test(n))).toBe(false);
    const handout = 'Rescuers search the hillside above Dalby on Sunday. (Handout: Varnia Fire Service)\n\nThe search went on overnight, officials said.';
    expect(names(handout).some((n) => /Fire Service/.test(n))).toBe(false);
  });
});
