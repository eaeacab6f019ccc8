import { describe, expect, it } from 'vitest';
import { documentLetterheadEnd } from '../../src/extract/metadata-mastheads';
import { meta, names, boilerplateLines, BODY, HEADLINE } from './metadata-helpers';

describe('round 24 header: datelines after page furniture', () => {
  it('reads a capitals dateline that the lexicon knows only as an interjection', () => {
    const text = `${HEADLINE}\n\nBy Ana Ruiz | Updated: Monday, March 3, 2031\n\nMEH — ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'MEH', publishedAt: '2031-03-03' });
  });
  it("still reads no dateline from a status word, 'DRAFT - subject to approval'", () => {
    const text = `MARSTEN HARBOUR COMMISSION\nMinutes of the Regular Meeting of the Commission\n\nDRAFT - subject to approval at the next meeting\n\nDate: Tuesday, April 8, 2031\n\n${BODY}`;
    expect(meta(text).dateline).toBeUndefined();
  });
  it('takes a share row with icons for furniture, and reads the dateline under it', () => {
    const text = `${HEADLINE}\n\nBy Ana Ruiz · Published Mar. 3, 2031 at 7:30 a.m.\n\n🔗 Share  ✉ Email  🖨 Print\n\nPhoto caption: The ferry ramp at Lindell on Feb. 27. (Ana Ruiz/Harbour Post)\n\nLINDELL — ${BODY}`;
    expect(boilerplateLines(text)).toContain('🔗 Share  ✉ Email  🖨 Print');
    expect(meta(text)).toMatchObject({ title: HEADLINE, dateline: 'LINDELL', publishedAt: '2031-03-03' });
  });
  it("reads ANI's dateline with the state in brackets and the country in square brackets", () => {
    const text = `${HEADLINE}\n\nANI | Updated: Mar 3, 2031 10:15 IST\n\nPort Marsden (Westshire) [Norland], March 3 (ANI): ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'Port Marsden (Westshire) [Norland]', agency: 'ANI', publishedAt: '2031-03-03' });
  });
  it('reads the same dateline without the state', () => {
    const text = `${HEADLINE}\n\nKestrelby [Norland], Mar 3 (ANI): ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'Kestrelby [Norland]', agency: 'ANI' });
  });
});

describe('round 24 header: titles under a site banner, a symbol or a letterhead', () => {
  it('skips a masthead, its tagline and a slash breadcrumb with a year in it', () => {
    const title = 'Harbour film week 2031: the full list of features in competition';
    const text = `DELTA SCREENS\nFilm from the northern coast and beyond\n\nHome / Festivals / Harbour Week 2031\n\n${title}\n\nTen features from eight countries compete in Lindell\n\nBy Ana Ruiz | 3 March 2031\n\n${BODY}`;
    expect(meta(text)).toMatchObject({ title, publishedAt: '2031-03-03' });
  });
  it("takes the headline under a document symbol's header, not the site's banner", () => {
    const title = 'Harbour Council Extends Mandate of Lindell Mission for Six Months, Adopting Resolution 41 by 9 Votes';
    const text = `Meetings Coverage and Press Releases\n\nHC/4412\n3 March 2031\n\nHarbour Council\n512th Meeting (PM)\n\n${title}\n\nChair Warns of Delays in Ferry Works\n\n${BODY}`;
    expect(meta(text)).toMatchObject({ title, publishedAt: '2031-03-03' });
    expect(names(text)).not.toContain('Meetings Coverage');
    expect(names(text)).not.toContain('512th Meeting');
  });
  it("takes a legislature's paper title under its letterhead and session line", () => {
    const text = `LEGISLATIVE ASSEMBLY OF NORLAND\nSecond Session, 12th Legislature\n\nWRITTEN QUESTIONS AND ANSWERS\nTabled Tuesday, March 4, 2031\n\n${BODY}`;
    expect(meta(text)).toMatchObject({ title: 'WRITTEN QUESTIONS AND ANSWERS', publishedAt: '2031-03-04' });
    // 'Tabled' labels the date; it names no agency.
    expect(meta(text).agency).toBeUndefined();
  });
  it("reads a legislature's papers as a document's title", () => {
    expect(documentLetterheadEnd(['HOUSE OF ASSEMBLY OF NORLAND', 'Votes and Proceedings'])).toBe(1);
    expect(documentLetterheadEnd(['HOUSE OF ASSEMBLY OF NORLAND', 'First Session', 'Oral Questions and Answers'])).toBe(2);
    expect(documentLetterheadEnd(['HOUSE OF ASSEMBLY OF NORLAND', 'Questions and answers on the ferry budget'])).toBe(0);
  });
});
