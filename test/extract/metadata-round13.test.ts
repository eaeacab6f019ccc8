import { describe, expect, it } from 'vitest';
import { findBoilerplate, pageOutlets } from '../../src/extract/boilerplate';
import { findDate } from '../../src/extract/dates';
import { furnitureSpans } from '../../src/extract/headline';
import { readHeader } from '../../src/extract/metadata';
import { splitSentences } from '../../src/extract/sentences';
import { meta, names, boilerplateLines, BODY } from './metadata-helpers';

describe('round 13 header: a masthead over the section label', () => {
  it('takes the headline, not a capitals masthead that a section label follows', () => {
    const text = `THE LOWLAND GAZER\nNews › Transport\n\nHarbour board approves new ferry terminal for Lindell\n\nBy Ana Ruiz\n3 May 2031\n\n${BODY}`;
    expect(meta(text).title).toBe('Harbour board approves new ferry terminal for Lindell');
    expect(names(text)).not.toContain('Lowland Gazer');
  });
  it('takes the headline under a mixed-case site name and a bar label', () => {
    const text = `EFX Portuguese\nBusiness | Americas\n\nHarbour board approves new ferry terminal for Lindell\n\n3 May 2031 10:15\n\n${BODY}`;
    expect(meta(text).title).toBe('Harbour board approves new ferry terminal for Lindell');
  });
  it("takes the headline under a name the page's copyright line gives, with no label between", () => {
    const text = `MARSH VALLEY SENTINEL\n\nHarbour board approves new ferry terminal for Lindell\n\n3 May 2031\n\n${BODY}\n\n© 2031 Marsh Valley Sentinel Ltd. All rights reserved.`;
    expect(meta(text).title).toBe('Harbour board approves new ferry terminal for Lindell');
  });
  it('keeps a short first line as the title when no label or copyright marks it as the site', () => {
    const text = `Ferry Terminal Approved\n\nThe decision came after a long debate\n\n${BODY}`;
    expect(meta(text).title).toBe('Ferry Terminal Approved');
  });
});

describe('round 13 header: dates and datelines', () => {
  it('reads a month-first date only when the day cannot be a month', () => {
    expect(findDate('04/23/2033 08:10 PM')?.iso).toBe('2033-04-23');
    expect(findDate('04/05/2033')?.iso).toBe('2033-05-04');
    expect(findDate('13/13/2033')).toBeUndefined();
  });
  it('reads a wire dateline under a month-first date line', () => {
    const text = 'Lindell shipyard wins order for six ferries\n\n04/23/2033 08:10 PM\n\nLindell, April 23 (PNA) Lindell Shipyards said Tuesday it had won an order for six ferries.';
    expect(meta(text)).toMatchObject({ publishedAt: '2033-04-23', dateline: 'Lindell', agency: 'PNA' });
  });
  it('takes no agency from "local time" in a date line', () => {
    const text = `Storm bulletin No. 2\n\nIssued 07:00 local time (04:00 GMT), Friday 3 May 2031\n\n${BODY}`;
    expect(meta(text).agency).toBeUndefined();
    expect(meta(text).publishedAt).toBe('2031-05-03');
  });
  it('reads the dateline under a header note that ends no sentence', () => {
    const text = 'Storm bulletin No. 2 – roads reopen in the south\n\nIssued 07:00 local time, Friday 3 May 2031\nEarlier updates: No. 1 (Thursday 19:00)\n\nKINGSBRIDGE — Roads in the south reopened on Friday, the roads agency said.';
    expect(meta(text).dateline).toBe('KINGSBRIDGE');
  });
  it("takes the place of a press release the story prints in full when the header gives none", () => {
    const text =
      'Ministry confirms bird flu on two farms\n\nBy Staff Reporter\nWednesday 4 June 2031\n\nThe Ministry of Agriculture confirmed bird flu on two farms. Its statement follows.\n\nMINISTRY OF AGRICULTURE\n\nPRESS RELEASE\n\nBIRD FLU ON TWO FARMS\n\nNairobi, 3 June 2031\n\n1. The Ministry wishes to inform the public of two cases.';
    expect(meta(text).dateline).toBe('Nairobi');
  });
});

describe('round 13 boilerplate and furniture', () => {
  it("drops a photo essay's credit line and the service named under it", () => {
    const text = `Pictures: the salt pans of Lindell\n\nPublished\n3 May 2031\n\nPhotographs by Ana Ruiz; words by Tomas Brandt\nEurope Service\n\n${BODY}`;
    expect(boilerplateLines(text)).toContain('Photographs by Ana Ruiz; words by Tomas Brandt');
    expect(names(text)).not.toContain('Ana Ruiz');
    expect(names(text)).not.toContain('Europe Service');
  });
  it("drops a wire's bracketed writers and its end mark with initials at the foot", () => {
    const text = `Ferry terminal approved\n\n${BODY}\n\n(By Chen Li-hua and Wang Mei-ling)\nEnditem/KH`;
    expect(boilerplateLines(text)).toEqual(expect.arrayContaining(['(By Chen Li-hua and Wang Mei-ling)', 'Enditem/KH']));
    expect(names(text)).not.toContain('Chen Li-hua');
    expect(names(text)).not.toContain('KH');
  });
  it("drops a desk's byline and a digest's disclaimer naming the site", () => {
    const text = `Ferry terminal approved\n\nBy the Lindell Morning Post news desk\n\n${BODY}\n\nThe digest summarises local media and does not reflect the views of Lindell Morning Post.`;
    expect(boilerplateLines(text)).toEqual(expect.arrayContaining(['By the Lindell Morning Post news desk', 'The digest summarises local media and does not reflect the views of Lindell Morning Post.']));
    expect(names(text)).not.toContain('Lindell Morning Post');
    // A sentence of the story saying so is no disclaimer.
    expect(boilerplateLines(`Ferry terminal approved\n\n${BODY} The report does not reflect the views of the board, Brandt said.`)).toEqual([]);
  });
  it('drops a local-journalism appeal naming the paper, and a science portal foot', () => {
    const text = `Ferry terminal approved\n\n${BODY}\n\nSupport local journalism. Subscribe to the Gazer for $2 a week.\nJournal information: Marine Letters\nProvided by University of Lindell\nThis document is subject to copyright.`;
    expect(boilerplateLines(text)).toEqual(expect.arrayContaining(['Support local journalism. Subscribe to the Gazer for $2 a week.', 'Journal information: Marine Letters', 'Provided by University of Lindell', 'This document is subject to copyright.']));
    expect(names(text)).not.toContain('Gazer');
  });
  it("drops an editor's bracketed marker in a bulletin, not the sentence", () => {
    const text = 'Storm bulletin\n\n1. [UPDATE] At least 12 people were hurt in Kingsbridge, the Civil Protection Agency said.';
    const bp = findBoilerplate(text);
    const header = readHeader(text, bp);
    const sentences = splitSentences(text, [...bp, ...header.excluded]);
    expect(furnitureSpans(text, sentences, header.title).map((s) => text.slice(s.start, s.end))).toContain('[UPDATE]');
    expect(names(text)).not.toContain('UPDATE');
  });
  it('drops a capitals label opening the title before a one-letter word, when only furniture names it again', () => {
    const text = `MARKET WATCH: A quiet week for Lindell traders\n\n${BODY}\n\nThe market watch does not reflect the views of Lindell Morning Post.`;
    expect(names(text)).not.toContain('Market Watch');
  });
});

describe('round 13 page outlets', () => {
  it("gives the publication the page's copyright line and print credit name", () => {
    const text = `Ferry terminal approved\n\n${BODY}\n\nPublished in Morning Crescent, March 3rd, 2032\n© 2032 The Lindell Gazer Pty Ltd. All rights reserved.`;
    expect(pageOutlets(text, findBoilerplate(text))).toEqual(['Morning Crescent', 'Lindell Gazer']);
    const bare = `Ferry terminal approved\n\n${BODY}\n\n© 2030 All rights reserved`;
    expect(pageOutlets(bare, findBoilerplate(bare))).toEqual([]);
  });
});
