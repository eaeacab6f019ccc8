import { describe, expect, it } from 'vitest';
import { documentLetterheadEnd } from '../../src/extract/metadata-mastheads';
import { meta, names, boilerplateLines, furniture, BODY, HEADLINE } from './metadata-helpers';

describe("round 16 header: a letterhead over a document's own title", () => {
  it("takes the minutes' title, not the issuer's name in capitals over it", () => {
    const title = 'Minutes of the Special Meeting of the Harbour Commission';
    const text = `MARSTEN HARBOUR COMMISSION\n${title}\n\nDate: Wednesday, March 5, 2031\n\n1. CALL TO ORDER\n${BODY}`;
    expect(meta(text).title).toBe(title);
  });
  it("takes a bulletin script's title line, not the station's masthead with its frequency", () => {
    const title = 'NEWS SCRIPT: 7:00 P.M. BULLETIN';
    const text = `KESTREL 104.7 FM - NEWS DESK\n${title}\nDate: Friday, 7 March 2031\n\nANCHOR: Good evening. ${BODY}`;
    expect(meta(text).title).toBe(title);
    expect(names(text)).not.toContain('Kestrel');
  });
  it('reads the letterhead only over a document title, or when a frequency marks a station', () => {
    expect(documentLetterheadEnd(['MARSTEN HARBOUR COMMISSION', 'Agenda for the Annual General Meeting'])).toBe(1);
    expect(documentLetterheadEnd(['RADIO KESTREL 104.7 FM', HEADLINE])).toBe(1);
    expect(documentLetterheadEnd(['MARSTEN HARBOUR COMMISSION', HEADLINE])).toBe(0);
    // A headline about a station is no masthead.
    expect(documentLetterheadEnd(['Kestrel 104.7 FM loses its licence', BODY])).toBe(0);
  });
});

describe('round 16 header: no dateline from a status word, no agency from a named time zone', () => {
  it("reads no dateline from 'DRAFT - subject to approval'", () => {
    const text = `MARSTEN HARBOUR COMMISSION\nMinutes of the Regular Meeting of the Commission\n\nDRAFT - subject to approval at the next meeting\n\nDate: Tuesday, April 8, 2031\n\n${BODY}`;
    expect(meta(text).dateline).toBeUndefined();
  });
  it('still reads a capitals dateline that is an ordinary word when its day or agency follows', () => {
    const text = `${HEADLINE}\n\nBRIDGE, May 30 (Hina) - ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'BRIDGE', agency: 'Hina' });
  });
  it("takes no agency from a zone named by its place in a byline, '(Tonga time)'", () => {
    const text = `${HEADLINE}\n\nBy Ana Fifita | 9:40 am, Monday 3 March 2031 (Tonga time)\n\nNUKU'ALOFA — ${BODY}`;
    expect(meta(text)).toMatchObject({ title: HEADLINE, publishedAt: '2031-03-03' });
    expect(meta(text).agency).toBeUndefined();
  });
  it("takes no agency from a zone after the clock time, '14:05 Moscow time'", () => {
    const text = `${HEADLINE}\n\nPublished 14:05 Moscow time | 3 March 2031\n\n${BODY}`;
    expect(meta(text).agency).toBeUndefined();
  });
});

describe('round 16 boilerplate: broadcast scripts and newsletter prompts', () => {
  it("drops a script's staff fields between bars, its cues and its archive note", () => {
    const text = [
      'Duty editor: K. Marlow | Read by: Ines Olafsdottir-Brandt',
      BODY,
      'OUTCUE: "...That is the news at seven."',
      'RUN TIME: 3:12',
      'Script archived by Kestrel 104.7 FM News Desk. Not for rebroadcast without permission.',
    ].join('\n\n');
    expect(boilerplateLines(text)).toEqual([
      'Duty editor: K. Marlow | Read by: Ines Olafsdottir-Brandt',
      'OUTCUE: "...That is the news at seven."',
      'RUN TIME: 3:12',
      'Script archived by Kestrel 104.7 FM News Desk. Not for rebroadcast without permission.',
    ]);
    expect(names(text)).not.toContain('K. Marlow');
    expect(names(text)).not.toContain('Ines Olafsdottir-Brandt');
  });
  it("keeps a script's sound-bite lines in the body", () => {
    const clip = 'CLIP - Tomas Brandt, harbour board: We waited ten years for this terminal.';
    expect(boilerplateLines(`${BODY}\n\n${clip}`)).toEqual([]);
  });
  it("drops a newsletter prompt naming the site: 'Get Lindell Tide News in your inbox'", () => {
    const prompt = 'Get Lindell Tide News in your inbox every morning. Subscribe.';
    expect(boilerplateLines(`${BODY}\n\n${prompt}`)).toEqual([prompt]);
    expect(names(`${BODY}\n\n${prompt}`)).not.toContain('Get Lindell Tide News');
  });
});

describe('round 16 furniture: a reporter sign-off and a numbered item label', () => {
  it("drops a broadcast reporter's sign-off closing a paragraph", () => {
    const text = `${BODY} For Kestrel News, Ines Marlow, Port Avel.\n\nThe board meets again in May.`;
    expect(furniture(text)).toContain('For Kestrel News, Ines Marlow, Port Avel.');
    expect(names(text)).not.toContain('Ines Marlow');
  });
  it('keeps a sentence opening with For that is no sign-off', () => {
    const text = 'For Tomas Brandt, the vote was a relief, he told reporters in Lindell.\n\nThe board meets again in May.';
    expect(furniture(text)).toEqual([]);
  });
  it("drops a motion's label and number, 'RESOLUTION 2031-04:'", () => {
    const text = `RESOLUTION 2031-04: THAT the harbour board approve the terminal.\n\n${BODY}`;
    expect(furniture(text)).toContain('RESOLUTION 2031-04');
    expect(names(text)).not.toContain('Resolution');
  });
});
