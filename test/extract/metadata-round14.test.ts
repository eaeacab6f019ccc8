import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines, BODY, HEADLINE } from './metadata-helpers';

describe('round 14 header: a navigation bar is never the title', () => {
  it("takes the headline under a broadcaster's name and its navigation bar", () => {
    const text = `Harbour Radio\nListen Live | News | Sport | Vote 2031 | Weather\n\n${HEADLINE}\n\nFriday 3rd May 2031, 6:10am\nBy Harbour Radio Newsroom\n\n${BODY}`;
    expect(meta(text).title).toBe(HEADLINE);
    expect(meta(text).publishedAt).toBe('2031-05-03');
  });
  it('takes the headline under a navigation bar opening the page', () => {
    const text = `Home · World · Travel 2031 · Podcasts\n\n${HEADLINE}\n\n3 May 2031\n\n${BODY}`;
    expect(meta(text).title).toBe(HEADLINE);
  });
  it('keeps a headline with a bar whose parts are longer than menu items', () => {
    const text = `Lindell ferry | Harbour board approves new terminal after a long debate\n\n3 May 2031\n\n${BODY}`;
    expect(meta(text).title).toBe('Lindell ferry | Harbour board approves new terminal after a long debate');
  });
});

describe('round 14 header: a wire glued to its dateline, and a credit after the date', () => {
  it('reads the place and the agency from "Wire-Place (Country) -", and no agency from the writer credit', () => {
    const text = `Lindell opens new ferry terminal\n\nPublished on 03.05.2031 at 09h15 by Belga News\n\nBelga-Lindell (Norland) - ${BODY}`;
    expect(meta(text)).toMatchObject({ title: 'Lindell opens new ferry terminal', publishedAt: '2031-05-03', dateline: 'Lindell (Norland)', agency: 'Belga' });
  });
  it('takes a wire credited after the date as the agency when no dateline names one', () => {
    const text = `Lindell opens new ferry terminal\n\nPublished on 03.05.2031 at 09h15 by Belga News\n\n${BODY}`;
    expect(meta(text).agency).toBe('Belga News');
  });
  it('takes no agency from a person credited after the date, nor from a French-style clock time', () => {
    expect(meta(`Lindell opens new ferry terminal\n\nPosted on 3 May 2031 by Marta Kellerman\n\n${BODY}`).agency).toBeUndefined();
    expect(meta(`Lindell opens new ferry terminal\n\n03.05.2031 09h15\n\n${BODY}`).agency).toBeUndefined();
  });
  it('does not read an ordinary hyphenated place as a glued agency', () => {
    const text = `Lindell opens new ferry terminal\n\n3 May 2031\n\nPort-Lindell - ${BODY}`;
    expect(meta(text).agency).toBeUndefined();
  });
});

describe('round 14 boilerplate: results tables', () => {
  const TABLE =
    'SEATS AFTER THE COUNT (31 seats)\nGreens 17 (+2)\nLabour 14 (-2)\n\nNorth Ward\nMarta Kellerman (Green) 2,114 ELECTED\nJonas Fridell (Labour) 1,870 ELECTED\nPetra Holmgren (Green) 604\n';
  const text = `Greens keep control of Lindell council\n\n3 May 2031\n\n${BODY}\n\n${TABLE}\nThe new council meets on Monday.`;
  it('drops the heading in capitals over a table, and keeps the rows as body text', () => {
    const lines = boilerplateLines(text);
    expect(lines).toContain('SEATS AFTER THE COUNT (31 seats)');
    expect(lines).not.toContain('Petra Holmgren (Green) 604');
    expect(lines).not.toContain('Marta Kellerman (Green) 2,114 ELECTED');
  });
  it('finds the candidates the table names, and no organisation in its heading', () => {
    const found = names(text);
    expect(found).toContain('Marta Kellerman');
    expect(found).toContain('Petra Holmgren');
    expect(found.some((n) => /seats after/i.test(n))).toBe(false);
  });
  it('still drops a list of Title Case headlines', () => {
    const list = `${BODY}\n\nMost Read\nHarbour Board Approves New Ferry Terminal\nCouncil Delays Vote On Parking Charges\nLindell Shipyard Wins Order For Six Ferries\n\nThe board meets again in June.`;
    expect(boilerplateLines(list)).toContain('Council Delays Vote On Parking Charges');
  });
  it('keeps a heading in capitals over a paragraph as body text', () => {
    const heads = `${BODY}\n\nTHE HARBOUR BOARD\nIts chairman said the terminal would open in 2033.`;
    expect(boilerplateLines(heads)).not.toContain('THE HARBOUR BOARD');
  });
});

describe("round 14 boilerplate: a wire desk's initials at the foot", () => {
  it('drops "KR/BELGA" and "AB/CD // CD" closing the story', () => {
    expect(boilerplateLines(`${BODY}\n\nKR/BELGA`)).toContain('KR/BELGA');
    expect(boilerplateLines(`${BODY}\n\nAB/CD // CD`)).toContain('AB/CD // CD');
  });
  it('keeps a body line ending the story', () => {
    expect(boilerplateLines(`${BODY}\n\nThe UK/EU talks resume in June.`)).toHaveLength(0);
  });
});

describe('round 14 boilerplate: a labelled photo caption is body text, a labelled credit is not', () => {
  it('keeps "Photo: <caption sentence>" and drops "Photo: <credit>"', () => {
    expect(boilerplateLines('Photo: Fishermen mend their nets at Lindell harbour on Monday.')).toHaveLength(0);
    expect(boilerplateLines('Photo: Marta Kellerman / Harbour Times')).toHaveLength(1);
    expect(boilerplateLines('Photo: Courtesy of the Lindell Harbour Board.')).toHaveLength(1);
    expect(boilerplateLines('Photo credit: Marta Kellerman')).toHaveLength(1);
  });
  it('reads the dateline under such a caption', () => {
    const text = `${HEADLINE}\n\n3 May 2031\n\nPhoto: Fishermen mend their nets at Lindell harbour on Monday.\n\nLINDELL — ${BODY}`;
    expect(meta(text).dateline).toBe('LINDELL');
  });
});
