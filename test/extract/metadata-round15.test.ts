import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines, furniture, BODY, HEADLINE } from './metadata-helpers';

describe('round 15 header: masthead, tagline and issue line over the headline', () => {
  it("takes a short headline under a magazine's name and its section-and-issue line", () => {
    const text = `VELDA CRAFT MAGAZINE\nWeaving | March 2031 issue\n\nThe weavers come back\n\nBy Ines Marlow, Senior Writer | Published 4 March 2031 | 6 min read\n\n${BODY}\n\n© 2031 Velda Craft Magazine`;
    expect(meta(text)).toMatchObject({ title: 'The weavers come back', publishedAt: '2031-03-04' });
  });
  it("takes the headline under a student paper's tagline and its volume line, and finds no section label as a name", () => {
    const text = `NORTH QUAD\nThe weekly student newspaper of Lindell University\nCampus Life | Vol. 12, Issue 4\n\n${HEADLINE}\n\nTuesday, 4 March 2031\nBy Ines Marlow (Year 2, History)\n\n${BODY}`;
    expect(meta(text).title).toBe(HEADLINE);
    expect(names(text)).not.toContain('Campus Life');
  });
  it('keeps a headline over a reading-time label and the byline', () => {
    const text = `${HEADLINE}\nCulture desk · 6 min read\n\nBy Ines Marlow | 4 March 2031\n\n${BODY}`;
    expect(meta(text).title).toBe(HEADLINE);
  });
});

describe('round 15 header: a headline that asks', () => {
  it('takes a question as the title when the byline comes right under it', () => {
    const title = "FACT CHECK: Did Lindell 'secretly' double its ferry fares?";
    const text = `${title}\n\nBy Marta Kellerman | Published 3 May 2031 | 4 min read\n\n${BODY}`;
    expect(meta(text)).toMatchObject({ title, publishedAt: '2031-05-03' });
    expect(names(text)).not.toContain('Fact Check');
    expect(names(text)).not.toContain('Marta Kellerman');
  });
  it('takes no question as the title when no byline or date follows it', () => {
    expect(meta(`Why does the ferry matter to Lindell?\n\n${BODY}`).title).toBeUndefined();
  });
});

describe('round 15 header: datelines and fact boxes', () => {
  it('reads a capitals dateline with an ordinal day first and a comma before the year', () => {
    const text = `Ferry terminal opens in Lindell\n\nPORT SALVO, 3rd May, 2031 (NNA) -- ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'PORT SALVO', agency: 'NNA', publishedAt: '2031-05-03' });
    expect(meta(`Ferry terminal opens in Lindell\n\nPORT SALVO, 21st June (NNA) -- ${BODY}`)).toMatchObject({ dateline: 'PORT SALVO', agency: 'NNA' });
  });
  it("takes no agency from a fact box's last field holding a date", () => {
    const text = `${HEADLINE}\n\nBy Ines Marlow, Courts Reporter\nTuesday, 4 March 2031 | 17:25\n\nKEY FACTS\nAccused: Tomas Brandt, 52, a ferry operator\nCharges: fraud\nNext hearing: 22 April 2031\n\nLINDELL — ${BODY}`;
    expect(meta(text)).toMatchObject({ title: HEADLINE, publishedAt: '2031-03-04', dateline: 'LINDELL' });
    expect(meta(text).agency).toBeUndefined();
  });
});

describe('round 15 boilerplate: desk bylines, tip prompts and membership lines', () => {
  const text = `${HEADLINE}\n\nBy Harbour Radio news desk\n3 May 2031\n\n${BODY}\n\nSpotted a claim you want us to check? Send it to us on Signal.\n\nHarbour Check is a verified signatory of the Global Checkers Alliance's Code of Principles.`;
  it('drops them', () => {
    const lines = boilerplateLines(text);
    expect(lines).toContain('By Harbour Radio news desk');
    expect(lines).toContain('Spotted a claim you want us to check? Send it to us on Signal.');
    expect(lines).toContain("Harbour Check is a verified signatory of the Global Checkers Alliance's Code of Principles.");
  });
  it('keeps a question in the story that no prompt to send follows', () => {
    const story = `${HEADLINE}\n\n3 May 2031\n\nWho will pay for the terminal? Brandt said the board would decide in June.`;
    expect(boilerplateLines(story)).toHaveLength(0);
  });
});

describe('round 15 furniture: box labels, run-in headings and a newsletter name opening the title', () => {
  it("finds no names in a claim box's labels, but keeps its values", () => {
    const text = `${HEADLINE}\n\n3 May 2031\n\nTHE CLAIM: The Lindell harbour board doubled ferry fares in secret.\nMADE BY: Petra Holmgren, a councillor, at a meeting in Lindell\nOUR VERDICT: FALSE\n\n${BODY}\n\nOUR VERDICT\n\nFalse. The fares rose by 4%.`;
    const found = names(text);
    expect(found).toContain('Petra Holmgren');
    expect(found).not.toContain('Claim');
    expect(found).not.toContain('Our Verdict');
    expect(found).not.toContain('BY');
  });
  it("drops a fact box's labels of two words in sentence case, and no one-word label, value or repeated speaker label", () => {
    const box = `${HEADLINE}\n\n3 May 2031\n\nRULING\nCase: Brandt v Lindell Harbour Board\nReporting judge: Petra Holmgren\nOutcome: appeal dismissed\n\n${BODY}`;
    const dropped = furniture(box);
    expect(dropped).toContain('Reporting judge');
    for (const kept of ['Case', 'Outcome', 'Petra Holmgren', 'Brandt v Lindell Harbour Board']) expect(dropped.some((d) => d.includes(kept))).toBe(false);
    // A transcript's turns repeat their labels: no box.
    const turns = `${HEADLINE}\n\n3 May 2031\n\nHarbour master: We need the terminal.\nFerry captain: We need it now.\nHarbour master: Then we agree.\n\n${BODY}`;
    expect(furniture(turns)).toEqual([]);
  });
  it('finds no name in a heading in capitals run into the line under it', () => {
    const text = `${HEADLINE}\n\n3 May 2031\n\n${BODY}\n\nCLOSURES BY DISTRICT\nValid from 06:00 on Monday to 18:00 on Tuesday\n\nThe district council said the closures would end on Wednesday.`;
    expect(names(text)).not.toContain('Closures By District');
  });
  it("drops a newsletter's name opening the title when only the page's furniture names it again", () => {
    const text = `THE LINDELL LEDGER\nNewsletters › The Evening Digest\n\nThe Evening Digest: ferry fares rise, and a new harbour master\n\nWednesday, 4 May 2031\n\n${BODY}\n\nSign up for The Evening Digest at lindell-ledger.example.`;
    expect(meta(text).title).toBe('The Evening Digest: ferry fares rise, and a new harbour master');
    expect(names(text)).not.toContain('Evening Digest');
  });
  it('keeps the name opening the title when the story names it too', () => {
    const text = `Harbour Forum: ferry fares rise\n\n4 May 2031\n\n${BODY} The Harbour Forum, a residents' group, said fares were too high.\n\nFollow Harbour Forum on Facebook for updates.`;
    expect(names(text)).toContain('Harbour Forum');
  });
});
