import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { findBoilerplate } from '../../src/extract/boilerplate';
import { findDate } from '../../src/extract/dates';

const meta = (text: string) => extractArticle(text).meta;
const names = (text: string) => extractArticle(text).entities.map((e) => e.name);
const boilerplateLines = (text: string) => findBoilerplate(text).map((s) => text.slice(s.start, s.end).trim());

describe('wire datelines', () => {
  it('reads a normal-case place with its country in brackets and the agency (AFP style)', () => {
    expect(meta('Floods cut off valley towns\n\nKarvona (Norland) (AFP) - Floods cut off three towns on Sunday.')).toMatchObject({ dateline: 'Karvona (Norland)', agency: 'AFP' });
  });
  it('reads the EFE form with a date and a dot before the dash', () => {
    expect(meta('Wind farm opens\n\nPuerto Selva (Marenia), Apr 7 (EFE).- The first turbines began turning on Wednesday.')).toMatchObject({ dateline: 'Puerto Selva (Marenia)', agency: 'EFE' });
  });
  it('reads dpa, Xinhua and ANSA datelines', () => {
    expect(meta('Rail strike ends\n\nBerlin (dpa) - Train drivers went back to work on Monday.')).toMatchObject({ dateline: 'Berlin', agency: 'dpa' });
    expect(meta('Port expands\n\nBEIJING, May 3 (Xinhua) -- A new container berth opened on Friday.')).toMatchObject({ dateline: 'BEIJING', agency: 'Xinhua' });
    expect(meta('Bridge reopens\n\n(ANSA) - ROME, May 3 - The old bridge reopened to traffic on Friday.')).toMatchObject({ dateline: 'ROME', agency: 'ANSA' });
  });
  it('reads a capitals dateline with the day in brackets and a colon', () => {
    expect(meta('Drug maker buys stake\n\nKUALA LUMPUR (Feb 15): A drug maker will buy a stake in a rival, the two companies said.').dateline).toBe('KUALA LUMPUR');
  });
  it('reads a known city alone on the line over the first paragraph (Anadolu style)', () => {
    expect(meta('Talks resume on grain corridor\n\nANKARA\n\nDelegations met on Tuesday to discuss the grain corridor.').dateline).toBe('ANKARA');
  });
  it('skips a photo caption between the header and the dateline, and its credit names nobody', () => {
    const text = 'Quarry collapse kills four\n\nUpdated: 22 July 2027, 22:51 EEST\n\nRescuers search the quarry near Dravik. Photo: Tomas Velk / Karst Press\n\nDRAVIK, Norland — Four workers died when a quarry wall collapsed on Thursday.';
    expect(meta(text)).toMatchObject({ dateline: 'DRAVIK, Norland', publishedAt: '2027-07-22' });
    expect(names(text)).not.toContain('Tomas Velk');
    expect(names(text)).not.toContain('Karst Press');
  });
  it('takes no names from bracketed and slashed photo credits', () => {
    const text = 'Mudslide buries homes\n\nResidents dig through mud in Oskava, on October 10, 2027. (Photo by Ilmar Pesk / AFP)\n\nOskava (Norland) (AFP) - A mudslide buried homes on Sunday.\n\nPolice officers outside the mayor\'s house in Oskava. REUTERS/Vera Tamm';
    expect(meta(text)).toMatchObject({ dateline: 'Oskava (Norland)', agency: 'AFP', publishedAt: '2027-10-10' });
    expect(names(text)).not.toContain('Ilmar Pesk');
    expect(names(text)).not.toContain('Vera Tamm');
  });
});

describe('agency and date in header lines', () => {
  it('never takes a relative time or a zone offset for the agency', () => {
    expect(meta('Harvest shrinks\n\nNovember 23, 2027 8:41 AM GMT+3 Updated 2 hours ago\n\nMBALE, Uganda, Nov 23 (Reuters) - Output fell.')).toEqual({ title: 'Harvest shrinks', publishedAt: '2027-11-23', dateline: 'MBALE, Uganda', agency: 'Reuters' });
    expect(meta('Harvest shrinks\n\nPublished 3 hours ago\n\nMBALE, Uganda (Reuters) - Output fell.')).toMatchObject({ dateline: 'MBALE, Uganda', agency: 'Reuters' });
  });
  it('reads the agency in brackets on its own line under the writer', () => {
    expect(meta('Volcano breathes out more gas\n\nMira Holt\n(Australian Associated Press)\nFeb 3, 2027 5:40pm\n\nThe volcano releases twice the gas thought.')).toMatchObject({ agency: 'Australian Associated Press', publishedAt: '2027-02-03' });
    expect(names('Volcano breathes out more gas\n\nMira Holt\n(Australian Associated Press)\nFeb 3, 2027 5:40pm\n\nThe volcano releases twice the gas thought.')).not.toContain('Australian Associated Press');
  });
  it('reads the agency a writer line names after the writer', () => {
    expect(meta('Dam talks stall\n\nBy Lena Sorsa, Associated Press\n\nThe talks stalled on Monday.').agency).toBe('Associated Press');
    expect(meta('Dam talks stall\n\nBy Lena Sorsa, Courier staff writer\n\nThe talks stalled on Monday.').agency).toBeUndefined();
  });
  it('cuts page labels after the source and keeps a wire name', () => {
    expect(meta('Tablets failed\n\nKYODO NEWS - Dec 17, 2027 - 18:05 | World, Japan\n\nA maker said Friday its tablets failed.')).toMatchObject({ agency: 'KYODO NEWS', publishedAt: '2027-12-17' });
  });
  it('takes a paper named with section labels or after the writer for no agency', () => {
    expect(meta('# Vote marred\n\n*Steppe Monitor · Toraq desk · 6 December 2027*\n\n**TORAQ** — Voters elected a council.')).toEqual({ title: 'Vote marred', publishedAt: '2027-12-06', dateline: 'TORAQ' });
    expect(meta('Hawkers to move\n\nBy Ama Serwah\nCoastal Times | Tuesday, September 14, 2027\n\nMembers voted on Monday.')).toEqual({ title: 'Hawkers to move', publishedAt: '2027-09-14' });
  });
  it('reads a Guardian-style modified line with a short weekday', () => {
    expect(meta('Ferry line opens\n\nLast modified on Tue 3 May 2027 14.05 BST\n\nThe line opened on Tuesday.')).toEqual({ title: 'Ferry line opens', publishedAt: '2027-05-03' });
  });
});

describe('dates in more formats', () => {
  it('reads ordinals, capitals months, ISO timestamps and year-first slashes', () => {
    expect(findDate('May 3rd, 2027')?.iso).toBe('2027-05-03');
    expect(findDate('3rd May 2027')?.iso).toBe('2027-05-03');
    expect(findDate('DEC 17, 2027')?.iso).toBe('2027-12-17');
    expect(findDate('2027-05-03T14:05:00Z')?.iso).toBe('2027-05-03');
    expect(findDate('2027/05/03')?.iso).toBe('2027-05-03');
    expect(findDate('Route 66 opened on June 2, 2026')?.iso).toBe('2026-06-02');
  });
});

describe('page furniture is boilerplate', () => {
  it('marks share, save, listen, advertisement, cookie, read-more and relative-time lines', () => {
    const text = [
      'Share', 'Save', 'Listen to this article', 'Advertisement', '**Read more:** [Other story](https://x.example)', 'Share: Facebook | X | Email',
      'We use cookies to improve your experience.', 'Published 3 hours ago', 'Image source, Getty Images', 'Sign up to our morning briefing',
      'Reporting by Ana Ruiz in Lima; Editing by Tom Hale', 'AAP', '==Kyodo', '— Reuters',
    ].join('\n\n');
    expect(boilerplateLines(text)).toHaveLength(14);
  });
  it('marks the links under a related-coverage heading up to a blank line', () => {
    const text = 'Shares fell 4 percent.\n\nRelated coverage:\nPort to expand aid for inland routes\nNew rail link opens\n\nThe company said it would appeal.';
    expect(boilerplateLines(text)).toEqual(['Related coverage:', 'Port to expand aid for inland routes', 'New rail link opens']);
  });
  it('leaves body sentences that merely start like a prompt', () => {
    expect(boilerplateLines('Writing by hand remains popular among pupils.\n\nMore than 40 people died on Monday.')).toEqual([]);
  });
});
