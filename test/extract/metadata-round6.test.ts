import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/extract/dates';
import { isWireName } from '../../src/extract/metadata-agencies';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 6 datelines', () => {
  it('reads an agency in capitals with a dot after the bracket', () => {
    expect(meta('Frost cuts harvest\n\nKORVALA, Jun. 14 (NORPRESS). – Output will fall this season, growers said.')).toMatchObject({ dateline: 'KORVALA', agency: 'NORPRESS' });
  });
  it('reads a month in capitals after the agency-first form', () => {
    expect(meta('Statue returned\n\n(ANSA) - SFAXO, OCT 14 - Officials handed back a statue on Saturday.')).toMatchObject({ dateline: 'SFAXO', agency: 'ANSA' });
  });
  it('reads a press-release dateline with an apostrophe in the country and the wire between slashes', () => {
    const text = "Start-up Raises Funds\n\nDRAVONA, Côte d'Ivoire, Nov. 21, 2028 /PRNewswire/ -- A start-up said today it had raised money.";
    expect(meta(text)).toMatchObject({ dateline: "DRAVONA, Côte d'Ivoire", agency: 'PRNewswire', publishedAt: '2028-11-21' });
    expect(names(text)).not.toContain('PRNewswire');
  });
  it('reads a capitals dateline in Markdown emphasis after an image and its caption', () => {
    const text = '# Agents detain contractor\n\n*The Ledger · News · Updated 2 October 2028, 19:40 EEST*\n\n![Officers carry boxes](https://example.com/a.jpg)\n*Officers leave the office on Monday. Photo: Rasa Vilkaite / Baltpress*\n\n**KAUNORA** – Agents detained a contractor on Monday, prosecutors said.';
    expect(meta(text)).toMatchObject({ dateline: 'KAUNORA', publishedAt: '2028-10-02' });
    expect(names(text)).not.toContain('Rasa Vilkaite');
  });
});

describe('round 6 titles and bylines', () => {
  it('takes no breadcrumb and no section label for the title', () => {
    expect(meta('Norland › Transport\n\nTest trains cross the longest viaduct near Kaunora\n\nBNS   2028.05.16 14:30\n\nThe first train crossed the viaduct.')).toMatchObject({ title: 'Test trains cross the longest viaduct near Kaunora', agency: 'BNS', publishedAt: '2028-05-16' });
    expect(meta('Energy, Europe\n\nTwo countries pick a port as landing point for power cable\n\nStudy rules out two other sites, says minister\n\nAda Koval   |06.03.2028 - Update : 06.03.2028\n\nThe two countries chose the port.').title).toBe('Two countries pick a port as landing point for power cable');
    expect(meta('Global development\n\nVaccine reaches the northern savannah by drone\n\nThe drones fly twice a week.').title).toBe('Vaccine reaches the northern savannah by drone');
  });
  it('keeps a short headline over a dateline', () => {
    expect(meta('Port expands\n\nBEIJING, May 3 (Xinhua) -- A new berth opened.').title).toBe('Port expands');
  });
  it('excludes a writer line over a date or an outlet line, and a deck does not end the header', () => {
    const text = 'Vaccine reaches the savannah\n\nNurses use drones to reach villages cut off in the rainy season\n\nAmi Toure in Korvala\nTue 10 Oct 2028 06.00 BST\n\nThe drones fly twice a week.';
    expect(meta(text).publishedAt).toBe('2028-10-10');
    expect(names(text)).not.toContain('Ami Toure');
    const bbc = 'Opposition wins city\n\nPublished\n15 May 2029\n\nShare\n\nArdo Gjin\nBBC News, Tirana\n\nThe opposition won the city of Tirana.';
    expect(meta(bbc)).toEqual({ title: 'Opposition wins city', publishedAt: '2029-05-15' });
    expect(names(bbc)).not.toContain('Ardo Gjin');
    expect(names(bbc)).not.toContain('BBC News');
  });
  it('reads a lower-case byline with the date and a reading time', () => {
    const text = 'Skier wins sprint\n\nby Dara Melko   February 8, 2029 6:14 PM   2 min read\n\nThe skier won the sprint.';
    expect(meta(text).publishedAt).toBe('2029-02-08');
    expect(names(text).join(' ')).not.toContain('Melko');
  });
  it('treats a Title Case release headline as a headline', () => {
    expect(names('Orvak Drones Raises $14 Million Series A to Take Medical Drone Deliveries to Ghana\n\nOrvak Drones said on Monday it raised money.')).not.toContain('Take Medical Drone Deliveries');
  });
  it('reads dates written year first with dots', () => {
    expect(findDate('BNS 2028.05.16 14:30')?.iso).toBe('2028-05-16');
  });
  it('tells outlets from wires', () => {
    expect(isWireName('BBC News')).toBe(false);
    expect(isWireName('Kyiv Independent')).toBe(false);
    expect(isWireName('KYODO NEWS')).toBe(true);
    expect(isWireName('BNS')).toBe(true);
  });
});

describe('round 6 boilerplate', () => {
  it('excludes reference blocks of science pages', () => {
    const text = 'Reindeer shrink.\n\nStory Source:\n\nMaterials provided by Norland University. Note: Content may be edited for style and length.\n\nJournal Reference:\n\nAnna Berg, Jonas S. Holm, Mari Dahl. Rain drives body size. Arctic Ecology, 2029; DOI: 10.1038/s41559-029-02214-x\n\nCite This Page: MLA APA Chicago';
    expect(boilerplateLines(text)).toHaveLength(5);
    expect(names(text)).toEqual([]);
  });
  it('excludes press-release furniture', () => {
    const text = 'Firm raises money\n\nNEWS PROVIDED BY\nOrvak Drones SAS\n21 Nov, 2028, 08:00 GMT\n\nThe firm raised money.\n\nMedia contact:\nMara Aki, Communications Manager\npress@orvak.example\n+225 07 00 00 00 00\n\nSOURCE Orvak Drones SAS';
    expect(boilerplateLines(text)).toEqual(['NEWS PROVIDED BY', 'Orvak Drones SAS', 'Media contact:', 'Mara Aki, Communications Manager', 'press@orvak.example', '+225 07 00 00 00 00', 'SOURCE Orvak Drones SAS']);
    expect(meta(text).publishedAt).toBe('2028-11-21');
    expect(names(text)).not.toContain('Mara Aki');
  });
  it('excludes topic lists, story links and reader appeals', () => {
    const text = 'The party won the city.\n\nRelated topics\n\nAlbania\nEurope\n\nMore on this story\n\nCapital bets on tourism\n\nExplore more on these topics\nGlobal development\nAfrica\n\nReuse this content\n\nConsider supporting the Kyiv Independent.\n\nBecome a member   Support us just once';
    expect(boilerplateLines(text)).not.toContain('The party won the city.');
    expect(boilerplateLines(text)).toHaveLength(11);
  });
  it('excludes subscription notices, comment headers and wire end marks', () => {
    const text = 'The link opens.\n\nThe agency website contains only a portion of the news stories offered to subscribers. Please contact us for subscription options.\n\n4 thoughts on “The link opens”\n\nYour email address will not be published. Required fields are marked *\n\n(END) MVP/JGS';
    expect(boilerplateLines(text)).toHaveLength(4);
  });
  it('keeps body sentences about members, subscribers and dates', () => {
    const text = 'Albania hopes to become a member of the EU.\n\nThe paper has 40,000 subscribers.\n\n04.09.2025';
    expect(boilerplateLines(text)).toEqual([]);
  });
});
