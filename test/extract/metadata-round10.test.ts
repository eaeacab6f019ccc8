import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { findBoilerplate } from '../../src/extract/boilerplate';
import { furnitureSpans } from '../../src/extract/headline';
import { readHeader } from '../../src/extract/metadata';
import { splitSentences } from '../../src/extract/sentences';

const meta = (text: string) => extractArticle(text).meta;
const boilerplateLines = (text: string) => findBoilerplate(text).map((s) => text.slice(s.start, s.end).trim());
/** The furniture stretches of an article's sentences, as text. */
const furniture = (text: string) => {
  const boilerplate = findBoilerplate(text);
  const header = readHeader(text, boilerplate);
  const sentences = splitSentences(text, [...boilerplate, ...header.excluded]);
  return furnitureSpans(text, sentences, header.title).map((s) => text.slice(s.start, s.end));
};

describe('round 10 header', () => {
  it('takes a capitals place between the writer and the date line for the dateline, though the gazetteer does not know it', () => {
    const text =
      'Punjab\n\nWheat farmers in Sangrur wait for rain as canals run low\n\nIrrigation department promises more water next week\n\nHarpreet S. Gill\n\nDHURIKOT\n\nUpdated - March 3, 2031 08:10 pm IST\n\nPublished - March 3, 2031 06:55 pm IST\n\nWheat farmers around Dhurikot said on Monday that the canals had been dry for a month.';
    const m = meta(text);
    expect(m.title).toBe('Wheat farmers in Sangrur wait for rain as canals run low');
    expect(m.dateline).toBe('DHURIKOT');
    expect(m.publishedAt).toBe('2031-03-03');
  });
  it('takes no desk or wire in capitals over the date line for the dateline', () => {
    const text = 'Wheat farmers in Sangrur wait for rain as canals run low\n\nHarpreet S. Gill\n\nNEWS DESK\n\nPublished - March 3, 2031 06:55 pm IST\n\nWheat farmers around Dhurikot said on Monday that the canals had been dry for a month.';
    expect(meta(text).dateline).toBeUndefined();
  });
  it('reads a dateline in normal case before a dash when the gazetteer knows the place, and skips a paper with its place in brackets', () => {
    const text =
      "Ghana: Ministry Confirms Typhoid Cases in Tamale's Central Market\n\nThe Northern Ledger (Tamale)\n3 June 2031\n\nBy Kofi Mensah-Aidoo\n\nAccra — The Ministry of Health has confirmed 12 cases of typhoid in the central market of Tamale, officials said on Monday.";
    const r = extractArticle(text);
    expect(r.meta.dateline).toBe('Accra');
    expect(r.meta.publishedAt).toBe('2031-06-03');
    expect(r.entities.map((e) => e.name)).not.toContain('Northern Ledger');
  });
  it('does not take a cased word before a dash for a dateline unless it is a known place', () => {
    const text = 'Council approves new budget\n\nMeanwhile — The council approved a new budget on Monday, officials said.';
    expect(meta(text).dateline).toBeUndefined();
  });
  it('skips a section label with sub-sections between slashes over the headline', () => {
    const text = 'WORLD / ASIA PACIFIC\n\nMongolian herders count losses after a late spring blizzard\n\nAlan Jigme\nMar 9, 2031\n\nULAANBAATAR – Herders in the Gobi lost thousands of animals, officials said.';
    const m = meta(text);
    expect(m.title).toBe('Mongolian herders count losses after a late spring blizzard');
    expect(m.dateline).toBe('ULAANBAATAR');
  });
  it('keeps a headline with a slash when no longer headline follows it', () => {
    const text = 'Rice / wheat prices climb\n\nRice and wheat prices climbed on Monday, traders said.';
    expect(meta(text).title).toBe('Rice / wheat prices climb');
  });
  it('takes a wire alone on its line over the date for the agency, and reads the dateline past a caption with a credit after a bar', () => {
    const text =
      'NATION / POLITICS\n\nVarnian lawmakers approve a new coastal fisheries law\n\nKYODO\nJun 2, 2031\n\nFishing boats moored at a harbor in Ostel in May. | KYODO\n\nOSTEL – Varnian lawmakers approved a new fisheries law on Friday, officials said.';
    const m = meta(text);
    expect(m.title).toBe('Varnian lawmakers approve a new coastal fisheries law');
    expect(m.agency).toBe('KYODO');
    expect(m.dateline).toBe('OSTEL');
    expect(m.publishedAt).toBe('2031-06-02');
  });
});

describe('round 10 furniture in sentences', () => {
  it("marks a caption's credit after a bar, not the caption", () => {
    const text = 'Rice farmers wait for rain in Sangrur\n\nDry fields near Dhurikot in Sangrur district on Monday. | Photo Credit: SPECIAL ARRANGEMENT\n\nRice farmers in Sangrur said the canals were dry.';
    expect(furniture(text)).toEqual(['| Photo Credit: SPECIAL ARRANGEMENT']);
  });
  it("marks a column's label in capitals opening the title, unless it is a known name or the article names it again", () => {
    expect(furniture('HARBOUR DIARY: Mahone council delays ferry decision\n\nMahone council delayed the ferry decision on Tuesday.')).toEqual(['HARBOUR DIARY']);
    expect(furniture('KENYA: Council delays ferry decision\n\nThe council delayed the ferry decision on Tuesday.')).toEqual([]);
    expect(furniture('HARBOUR DIARY: Council delays ferry decision\n\nThe Harbour Diary is a weekly column. The council delayed the ferry decision.')).toEqual([]);
  });
});

describe('round 10 boilerplate', () => {
  it('drops social prompts naming the site and the platform', () => {
    expect(boilerplateLines('Follow Norrland Radio on Instagram and get our weekly newsletter in your inbox.')).toHaveLength(1);
    expect(boilerplateLines('Like The Harbour Courier on Facebook')).toHaveLength(1);
    // News about following someone is no prompt.
    expect(boilerplateLines('Thousands follow the mayor on Instagram, where she posts daily budget updates.')).toEqual([]);
  });
  it('drops tag lists on one line', () => {
    expect(boilerplateLines('Tagged: Ghana, West Africa, Health and Medicine')).toHaveLength(1);
    expect(boilerplateLines('Keywords: typhoid, Tamale, water')).toHaveLength(1);
    expect(boilerplateLines('Tags: the minister said. The plan was approved.')).toEqual([]);
  });
  it("drops an aggregator's link back, an interview's edit note and share buttons run together", () => {
    expect(boilerplateLines('Read the original article on The Northern Ledger.')).toHaveLength(1);
    expect(boilerplateLines('This interview has been edited for length and clarity.')).toHaveLength(1);
    expect(boilerplateLines('Share/Print')).toHaveLength(1);
    expect(boilerplateLines('Print | Email')).toHaveLength(1);
  });
  it("drops a release's forward-looking statements block", () => {
    const text = 'Forward-looking statements\n\nThis release may contain forward-looking statements. Actual results may differ.\n\nThe company employs 400 people.';
    expect(boilerplateLines(text)).toEqual(['Forward-looking statements', 'This release may contain forward-looking statements. Actual results may differ.']);
  });
});
