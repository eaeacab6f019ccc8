import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines, furniture, BODY, HEADLINE } from './metadata-helpers';

describe('round 18 header: a masthead in capitals over a tagline or date line and a section line', () => {
  it('takes the headline, not the masthead, when a tagline and a breadcrumb come between', () => {
    const text = ['THE MARSTEN COURIER', 'News from the Western Isles', '', 'Home › News › Transport', '', HEADLINE, '', BODY, '', '© 2031 The Marsten Courier. All rights reserved.'].join('\n');
    expect(meta(text).title).toBe(HEADLINE);
    // The tagline is furniture: its place is no mention.
    expect(names(text)).not.toContain('Western Isles');
  });
  it('takes the headline when the date line and a breadcrumb come between', () => {
    const text = ['KELLOW GAZETTE', 'Friday 4 April 2031', '', 'Opinion › Editorial', '', `EDITORIAL: ${HEADLINE}`, '', BODY, '', '© 2031 Kellow Gazette'].join('\n');
    expect(meta(text)).toMatchObject({ title: `EDITORIAL: ${HEADLINE}`, publishedAt: '2031-04-04' });
  });
});

describe("round 18 header: a 'Compiled by' byline", () => {
  it('reads the compiler as the writer, never the agency, and takes the date', () => {
    const text = ['COURT LOG: Two fined for night fishing off Lindell', '', 'Compiled by Oskar Vendelin | Friday, April 4, 2031, 8:15 AM', '', BODY].join('\n');
    expect(meta(text)).toMatchObject({ title: 'COURT LOG: Two fined for night fishing off Lindell', publishedAt: '2031-04-04' });
    expect(meta(text).agency).toBeUndefined();
  });
});

describe('round 18 header: a dateline joining two cities with a slash', () => {
  it("reads 'KELLOW/MARSTEN, Oct 3 (Reuters) -' as both places, as written, and the agency", () => {
    const text = `${HEADLINE}\n\nKELLOW/MARSTEN, Oct 3 (Reuters) - ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'KELLOW/MARSTEN', agency: 'Reuters' });
  });
  it('keeps hyphenated and two-word cities whole', () => {
    const text = `${HEADLINE}\n\nSAINT-PIERRE-DU-LAC/NEW HARTLEY, Oct 3 (Reuters) - ${BODY}`;
    expect(meta(text).dateline).toBe('SAINT-PIERRE-DU-LAC/NEW HARTLEY');
  });
  it('takes a wire after the slash for the agency, not a city', () => {
    const text = `${HEADLINE}\n\nKELLOW/REUTERS - ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'KELLOW', agency: 'REUTERS' });
  });
});

describe("round 18 header: an e-mailed report's header", () => {
  const REPORT = [
    'From: Press pool <pool@harbourpress.example>',
    'Subject: Minister travel pool report #2 -- Lindell ferry terminal visit',
    'Date: Friday, April 4, 2031 at 3:10 PM',
    '',
    'POOL REPORT #2',
    '',
    'Pooler: Ines Karvonen, Coastline Weekly',
    '',
    `11:05 a.m. -- ${BODY}`,
    '',
    "Pooler's note: the minister left without taking questions.",
  ].join('\n');
  it('takes the subject for the title and the date field for the date', () => {
    expect(meta(REPORT)).toMatchObject({ title: 'Minister travel pool report #2 -- Lindell ferry terminal visit', publishedAt: '2031-04-04' });
    expect(meta(REPORT).agency).toBeUndefined();
  });
  it("reads the 'Pooler:' line as furniture and the note's label as no name", () => {
    expect(boilerplateLines(REPORT)).toContain('Pooler: Ines Karvonen, Coastline Weekly');
    expect(names(REPORT)).not.toContain('Pooler');
    expect(names(REPORT)).not.toContain('Ines Karvonen');
    expect(names(REPORT)).not.toContain('Subject');
  });
  it("needs a 'Subject:' field and a sender or date: one 'Date:' line is no e-mail", () => {
    const text = ['Date: Friday, April 4, 2031', HEADLINE, '', BODY].join('\n');
    expect(meta(text).title).not.toMatch(/^Minister/);
  });
});

describe("round 18 furniture: a wire's slug opening the headline", () => {
  it("drops 'WRAPUP 2-' and 'UPDATE 1-' as no mention, and keeps the title whole", () => {
    const title = 'WRAPUP 2-Storm floods Lindell harbour, cuts ferry links to Marsten';
    const text = `${title}\n\nKELLOW, Oct 3 (Reuters) - ${BODY}`;
    expect(meta(text).title).toBe(title);
    expect(furniture(text, { start: 0, end: title.length })).toContain('WRAPUP 2-');
    expect(names(text).map((n) => n.toLowerCase())).not.toContain('wrapup');
    const update = 'UPDATE 1-Lindell ferry terminal approved';
    expect(furniture(update, { start: 0, end: update.length })).toContain('UPDATE 1-');
  });
});

describe("round 18 furniture: an editorial's signature and a writer's note label", () => {
  it("reads '— The Editorial Board' as furniture", () => {
    const text = [`EDITORIAL: ${HEADLINE}`, '', BODY, '', '— The Editorial Board', '', '© 2031 Kellow Gazette'].join('\n');
    expect(boilerplateLines(text)).toContain('— The Editorial Board');
    expect(names(text)).not.toContain('Editorial Board');
  });
  it("drops the label of 'Reporter's note:' opening a line", () => {
    const text = `${BODY}\n\nReporter's note: the vote was by show of hands.`;
    expect(furniture(text)).toContain("Reporter's note");
  });
});

describe('round 18 boilerplate: a results table ending in race times is body text, no headline list', () => {
  it("keeps '1. Kellow Canoe Club (Marsten) 7h41m12s' rows out of the boilerplate", () => {
    const text = [
      BODY,
      '',
      'RESULTS (after two stages)',
      '1. Kellow Canoe Club (Marsten) 7h41m12s',
      '2. Lindell Paddling Club (Orrin Bay) 7h45m03s',
      '3. Harbour Outrigger Team (Marsten) 7h49m58s',
    ].join('\n');
    const lines = boilerplateLines(text);
    expect(lines.some((l) => l.startsWith('1. Kellow'))).toBe(false);
    expect(lines.some((l) => l.startsWith('3. Harbour'))).toBe(false);
  });
  it('still takes a list of linked headlines for furniture', () => {
    const text = [BODY, '', 'Read more:', 'Lindell Council Approves Budget for Harbour Repairs', 'Marsten Ferry Operator Names New Chief Executive'].join('\n');
    expect(boilerplateLines(text)).toContain('Marsten Ferry Operator Names New Chief Executive');
  });
});
