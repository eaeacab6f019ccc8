import { describe, expect, it } from 'vitest';
import { meta, boilerplateLines } from './metadata-helpers';

describe('round 32 header', () => {
  it('takes no zone abbreviation after a clock time for the agency', () => {
    const text = 'THE ISLAND LEDGER\n\nCouncil approves new harbour wall\n\nTuesday, 4 March 2031, 9:05 am WXT\nBy Tom Halvik\n\nORVANO — The council on Tuesday approved a new harbour wall, officials said.';
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2031-03-04');
  });
  it('takes no bracketed "(local time)" after a clock time for the agency', () => {
    const text = 'THE ISLAND LEDGER\n\nCouncil approves new harbour wall\n\nPublished 4 March 2031 at 18:20 (local time)\nBy Tom Halvik\n\nThe council on Tuesday approved a new harbour wall, officials said.';
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2031-03-04');
  });
  it('reads a column\'s "Week ending <date>" line as a date line whose label is no agency', () => {
    const text = 'THE ISLAND LEDGER\n\nHARBOUR NOTES: Ferry timetable changes\n\nWeek ending Friday, 7 March 2031\nCompiled by our harbour correspondent\n\nThe ferry timetable changes on Monday, the operator said.';
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2031-03-07');
  });
  it('reads a capitals dateline whose slashed agency closes with a full stop', () => {
    const text = 'Pilgrims gather at the old monastery\n\nDRAVENKO, October 4, 2031 /XINHUA/. Thousands of pilgrims gathered at the old monastery on Sunday.';
    const m = meta(text);
    expect(m.dateline).toBe('DRAVENKO');
    expect(m.agency).toBe('XINHUA');
  });
});

describe('round 32 boilerplate', () => {
  it('keeps a jury citation in quotes as body text, but drops a study citation', () => {
    const text = 'The jury named its shortlist.\nCitation: "A quiet, funny novel about two sisters and a farm."\nCitation: Halvik, T., Orsen, A. (2031). Rivers. Journal of Water.';
    expect(boilerplateLines(text)).toEqual(['Citation: Halvik, T., Orsen, A. (2031). Rivers. Journal of Water.']);
  });
});
