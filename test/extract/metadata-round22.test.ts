import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 22 a Caribbean wire dateline: the agency bare after the date', () => {
  const text =
    "Cocoa growers in Sorrelle get first payout in a decade\n\nCASTRIES, St Lucia, Apr 9, CANA – The Sorrelle Cocoa Board said on Monday it would pay growers a bonus this year.\n\nThe board said exports rose sharply.\n\nCANA/jb/mw/2031";
  it('reads the place with its country and the agency after the date', () => {
    const m = meta(text);
    expect(m.dateline).toBe('CASTRIES, St Lucia');
    expect(m.agency).toBe('CANA');
    // No year in the dateline's date, none elsewhere: no publication date.
    expect(m.publishedAt).toBeUndefined();
  });
  it("drops the wire's sign-off with its desk's initials and number at the foot", () => {
    expect(boilerplateLines(text)).toContain('CANA/jb/mw/2031');
  });
  it('still reads the capitals form with no country', () => {
    const m = meta('Plant opens near Vardan\n\nVARDAN, MAY 4, NEWSGE: The plant opened on Friday, officials said.');
    expect(m.dateline).toBe('VARDAN');
    expect(m.agency).toBe('NEWSGE');
  });
});

describe("round 22 a wire feed's time stamp before the headline", () => {
  const text =
    'MARKETS DESK | WIRE FEED\nMonday, 3 May 2032 | All times GMT\n\n05:12  URGENT: BLAST HITS REFINERY AT PORT VELLAN - STATE TV\n05:20  URGENT: NO CASUALTIES REPORTED AT VELLAN REFINERY\n05:34  BRENT CRUDE RISES 2% AFTER VELLAN BLAST REPORTS - TRADERS\n06:02  UPDATE 2-Blast halts refinery at Port Vellan; output to resume within days, Norvel Oil says\n\nBy Ana Ruiz\n\nPORT VELLAN, May 3 (Reuters) - A blast halted the refinery at Port Vellan early on Monday, Norvel Oil said.';
  it('keeps the slug but not the time stamp in the title', () => {
    expect(meta(text).title).toBe('UPDATE 2-Blast halts refinery at Port Vellan; output to resume within days, Norvel Oil says');
  });
  it('reads no name from the slug', () => {
    expect(names(text)).not.toContain('Update');
    expect(names(text)).not.toContain('UPDATE');
  });
  it('keeps a headline opening with a number that is no clock time', () => {
    expect(meta('12 hurt as bus overturns near Dorvik\n\nBy Ana Ruiz | 3 May 2031\n\nTwelve people were hurt on Friday.').title).toBe('12 hurt as bus overturns near Dorvik');
  });
});

describe("round 22 an archive column's standing head", () => {
  const text =
    "THE KESTON COURIER\nServing Keston, Marlow Vale and the upper valley since 1881\n\nHome › Nostalgia › From the archive\n\nON THIS DAY: 40 years ago this week\n\n'We will not let the mill die': the night the town bought its own factory\n\nChosen by Mererid Lloyd-Hughes, archive editor | Friday 5 June 2037\n\nEvery week we reprint a story from the Courier's bound volumes.\n\n© 2037 Keston Courier. All rights reserved.";
  it('takes the headline under the standing head for the title', () => {
    const m = meta(text);
    expect(m.title).toBe("'We will not let the mill die': the night the town bought its own factory");
    expect(m.publishedAt).toBe('2037-06-05');
  });
  it("reads the archive editor's line as a byline, no name of the story", () => {
    expect(names(text)).not.toContain('Mererid Lloyd-Hughes');
  });
  it('keeps a kicker opening the headline itself as the title', () => {
    const t = 'EXPLAINER: Why the Dorvik ferry fares are rising again\n\nBy Ana Ruiz | 3 May 2031\n\nFares rose on Friday.';
    expect(meta(t).title).toBe('EXPLAINER: Why the Dorvik ferry fares are rising again');
  });
  it('keeps a kicker with a named phrase as the title, whatever follows', () => {
    const t = 'POLICE LOG: Thefts in Norvik\n\nBike thefts and a shop robbery keep officers busy across the borough\n\nBy Ana Ruiz | 3 May 2031\n\nPolice said on Friday.';
    expect(meta(t).title).toBe('POLICE LOG: Thefts in Norvik');
  });
});

describe("round 22 an expert-reaction round-up's reference lines", () => {
  const text =
    "Expert reaction to study on kelp loss off Varnia\n\nPublished: Tuesday 3 May 2033, 10:00 BST\n\nA study published in Marine Letters reports that kelp has declined.\n\nDr Ana Ruiz, Senior Lecturer in Ecology, University of Dorvik, said:\n\n\"This is careful work.\"\n\nPaper: 'Three decades of kelp loss around Varnia' by Tom Hale et al. was published in Marine Letters at 00:01 BST on Wednesday 4 May 2033.\n\nDeclared interests: None of the experts quoted declared a conflict of interest.";
  it('drops the paper reference and the declared interests as furniture', () => {
    const bp = boilerplateLines(text);
    expect(bp.some((l) => l.startsWith('Paper:'))).toBe(true);
    expect(bp.some((l) => l.startsWith('Declared interests:'))).toBe(true);
  });
  it('keeps the body sentence naming the journal and the expert heading as body', () => {
    const bp = boilerplateLines(text);
    expect(bp.some((l) => l.startsWith('A study published'))).toBe(false);
    expect(bp.some((l) => l.startsWith('Dr Ana Ruiz'))).toBe(false);
    expect(extractArticle(text).statements.length).toBeGreaterThan(0);
  });
  it('keeps a "Study:" line with no reference in it as body', () => {
    const t = 'Tide gauges show faster rise at Dorvik\n\nBy Ana Ruiz | 3 May 2031\n\nStudy: the gauges at Dorvik show the sea rising faster than before.';
    expect(boilerplateLines(t).some((l) => l.startsWith('Study:'))).toBe(false);
  });
});
