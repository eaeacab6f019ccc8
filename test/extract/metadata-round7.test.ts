import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/extract/dates';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 7 dates', () => {
  it('reads a day-first date with hyphens', () => {
    expect(findDate('Updated: 07-11-2030 09:15 IST')?.iso).toBe('2030-11-07');
    expect(findDate('2030-11-07')?.iso).toBe('2030-11-07');
  });
});

describe('round 7 titles', () => {
  it('takes no issuer letterhead over a release label for the title', () => {
    const text = 'TRIBUNAL OF THE NORTHERN ISLES\n\nMEDIA RELEASE\n\nTRIBUNAL ORDERS PORT AUTHORITY TO REOPEN THE OLD HARBOUR TO FERRIES\n\nThe tribunal today allowed an appeal by ferry operators.';
    expect(meta(text).title).toBe('TRIBUNAL ORDERS PORT AUTHORITY TO REOPEN THE OLD HARBOUR TO FERRIES');
    const two = 'OFFICE OF THE PRIME MINISTER\nRepublic of Varnia\n\nPRESS RELEASE\n\nVarnia and Ostel sign a treaty on river navigation\n\nThe two governments signed a treaty today.';
    expect(meta(two).title).toBe('Varnia and Ostel sign a treaty on river navigation');
  });
  it('keeps a headline that comes before the release label', () => {
    expect(meta('Varnia opens a new consulate in Ostel\n\nPRESS RELEASE\n\nThe ministry opened a consulate on Monday.').title).toBe('Varnia opens a new consulate in Ostel');
  });
  it('takes no section line written without spaces, nor a mixed breadcrumb, for the title', () => {
    expect(meta('World|Science\n\nDivers map a sunken harbour off the northern cape\n\nThe divers worked for a month.').title).toBe('Divers map a sunken harbour off the northern cape');
    expect(meta('FC Norvik · Heim › Tíðindi › Menn\n\nFC Norvik 3–0 Dalby: Early goals settle the tie\n\nThe home side scored twice in ten minutes.').title).toBe('FC Norvik 3–0 Dalby: Early goals settle the tie');
  });
});

describe('round 7 datelines and agencies', () => {
  it('reads a press release dateline in normal case with the full date', () => {
    const text = 'COURT DISMISSES HARBOUR APPEAL\n\nPort of Spain, Trinidad and Tobago, 3 March 2030 – The Court today dismissed an appeal by the harbour board.';
    expect(meta(text)).toMatchObject({ dateline: 'Port of Spain, Trinidad and Tobago', publishedAt: '2030-03-03' });
    expect(meta(text).agency).toBeUndefined();
  });
  it('reads a place and date alone on a line as the dateline, not the agency', () => {
    const text = 'Varnia and Ostel sign a river treaty\n\nAddis Ababa, 4 June 2030\n\nThe two governments signed a treaty today.';
    expect(meta(text)).toMatchObject({ dateline: 'Addis Ababa', publishedAt: '2030-06-04' });
    expect(meta(text).agency).toBeUndefined();
  });
  it('reads a state wire dateline with the agency between slashes and a full stop', () => {
    const text = 'Frost kills herds in the west\n\nSociety\n\nKharbalgas, January 8, 2030 /STEPPEPRESS/. Thousands of animals have died, officials said.';
    expect(meta(text)).toMatchObject({ dateline: 'Kharbalgas', agency: 'STEPPEPRESS', publishedAt: '2030-01-08' });
    expect(names(text)).not.toContain('STEPPEPRESS');
  });
  it('reads an agency alone in brackets opening a syndicated story', () => {
    const text = 'Wool Prices Jump as Winter Kills Goats Across the Steppe\n\nDorj Bat\nFri, March 1, 2030 at 10:05 AM GMT+8 · 3 min read\n\n(Bloomberg) -- Wool prices jumped this week, traders said.';
    expect(meta(text)).toMatchObject({ agency: 'Bloomberg', publishedAt: '2030-03-01' });
    expect(meta(text).dateline).toBeUndefined();
  });
  it('takes a known city in an aggregator byline as the dateline and its desk as no agency', () => {
    const text = 'Carrier sells stake in cloud unit\n\nNewsportal News Desk | Seoul | Updated: 07-11-2030 09:15 IST | Created: 07-11-2030 09:15 IST\n\nThe carrier said on Tuesday it would sell a stake.';
    expect(meta(text)).toMatchObject({ dateline: 'Seoul', publishedAt: '2030-11-07' });
    expect(meta(text).agency).toBeUndefined();
  });
  it('takes no zone in brackets, no label colon and no site after the date for the agency', () => {
    expect(meta('LIVE: Islands vote\n\nLast updated: 21 April 2030, 23:50 (XYT)\n\nVoters went to the polls on Saturday.').agency).toBeUndefined();
    expect(meta('Watchdog fines carrier\n\nPublished : 2030-07-03 16:21 Updated : 2030-07-03 18:05\n\nThe watchdog fined the carrier on Tuesday.')).toMatchObject({ publishedAt: '2030-07-03' });
    expect(meta('Watchdog fines carrier\n\nPublished : 2030-07-03 16:21 Updated : 2030-07-03 18:05\n\nThe watchdog fined the carrier on Tuesday.').agency).toBeUndefined();
    expect(meta('Late goal sends Norvik through\n\n16.08.2030 · Skrivað av Norvik Media\n\nNorvik won 2–1 on Thursday.').agency).toBeUndefined();
  });
  it('reads a capitals dateline after a wire desk note', () => {
    const text = '(LEAD) Watchdog fines carrier over data breach\n\nAll News | Economy\n\nPublished : 2030-07-03 16:21\n\n(ATTN: UPDATES with company response in paras 8-10)\n\nSEOUL, July 3 (Yonhap) -- The watchdog fined a carrier on Tuesday.';
    expect(meta(text)).toMatchObject({ dateline: 'SEOUL', agency: 'Yonhap' });
  });
});

describe('round 7 boilerplate', () => {
  it('excludes headline lists under Most Read and bare bulleted Title Case headline runs', () => {
    const text = 'Body paragraph one.\n\nMost Read from Newswire\n- Ostel Bond Yields Hit Decade High as Bank Signals Hike\n- Richest Family Office Bets Big on Private Credit\n\nBody paragraph two.\n\n- Why Copper Traders Are Watching Varnia\n- The Race to Build a Cheaper Heat Pump\n\nThe end.';
    const lines = boilerplateLines(text);
    expect(lines).toContain('- Ostel Bond Yields Hit Decade High as Bank Signals Hike');
    expect(lines).toContain('- The Race to Build a Cheaper Heat Pump');
    expect(lines).not.toContain('Body paragraph two.');
    expect(names(`Wool prices rise\n\nThe prices rose, traders said.\n\n${text}`)).not.toContain('Ostel');
  });
  it('keeps a bulleted list of sentences', () => {
    const text = 'Key points:\n- The council approved the tax on Tuesday.\n- Pilgrims in hostels are exempt.\n';
    expect(boilerplateLines(text)).not.toContain('- Pilgrims in hostels are exempt.');
  });
  it('excludes aggregator and wire furniture', () => {
    const text = [
      'Representative Image. Image Credit: NewsCo',
      '(This story has not been edited by Portal staff and is auto-generated from a syndicated feed.)',
      '(With inputs from agencies.)',
      '--With assistance from Dorj Bat.',
      '(Adds finance ministry estimate in sixth paragraph.)',
      '(ATTN: UPDATES with company response in paras 8-10)',
      'Source: Steppe Press',
    ].join('\n\n');
    expect(boilerplateLines(text)).toHaveLength(7);
  });
  it('excludes press release furniture: label, contact line, About heading and the sign-off under ###', () => {
    const text = 'PRESS RELEASE\n\nThe ministry signed the accord.\n\nABOUT THE TRIBUNAL\nThe tribunal was founded in 2005 in Varnia.\n\n###\n\nOffice of the Spokesperson\nMinistry of Foreign Affairs, Varnia City\nFollow us: Facebook | X\n\nMedia Contact: Public Education and Communications Unit | +1 868 555-0100';
    const lines = boilerplateLines(text);
    expect(lines).toEqual(expect.arrayContaining(['PRESS RELEASE', 'ABOUT THE TRIBUNAL', '###', 'Office of the Spokesperson', 'Ministry of Foreign Affairs, Varnia City', 'Media Contact: Public Education and Communications Unit | +1 868 555-0100']));
    expect(lines).not.toContain('The tribunal was founded in 2005 in Varnia.');
    expect(lines).not.toContain('The ministry signed the accord.');
  });
  it('excludes club sponsor and fixture lines, live-blog times and comment prompts', () => {
    const text = 'Norvik thanks its main partners Fiskavirki, Oyggjabanki and Norðlýsi.\n\nNæsti dystur / Next match: Norvik – Dalby, Sunday 19 August, 16:00\n\n23:50\nThe count goes on.\n\nJoin the conversation in our comments section below.';
    const lines = boilerplateLines(text);
    expect(lines).toHaveLength(4);
    expect(lines).not.toContain('The count goes on.');
    expect(names(text)).not.toContain('Fiskavirki');
  });
  it('keeps a body line that opens with About and a number', () => {
    expect(boilerplateLines('About 2.4 million animals had died by March.')).toHaveLength(0);
  });
  it('excludes police appeal, podcast, newsletter digest and AP furniture', () => {
    const text = [
      'Officers arrested a man on Friday.',
      'Anyone with information is asked to call 101 quoting reference 12/3456/30.',
      'Alternatively, contact Crimestoppers anonymously via Crimestoppers on 0800 555 111.',
      'Ref: 2030/0412',
      'Listen on Apple Podcasts | Spotify | Pocket Casts',
      'Transcript',
      "You're reading the Morning Harbour newsletter.",
      'Forwarded this email? Sign up here.',
      'View in browser',
      'The Associated Press receives support from the Varnia Foundation. The AP is solely responsible for all content.',
      "Follow AP's coverage of the islands at https://example.com/islands",
      '___',
      'Notes to editors',
      'The Varnia Institute was founded in 1990.',
    ].join('\n\n');
    const lines = boilerplateLines(text);
    expect(lines).not.toContain('Officers arrested a man on Friday.');
    expect(lines).toHaveLength(13);
  });
});
