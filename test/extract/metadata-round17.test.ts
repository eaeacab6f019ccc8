import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines, furniture, BODY, HEADLINE } from './metadata-helpers';

describe('round 17 header: a capitals dateline with its region in brackets', () => {
  it("reads 'KOLDA (Casamance), May 3 (APS) -' as the place with its region, and the agency", () => {
    const text = `${HEADLINE}\n\nKOLDA (Casamance), May 3 (APS) - ${BODY}\n\n(APS)`;
    expect(meta(text)).toMatchObject({ title: HEADLINE, dateline: 'KOLDA (Casamance)', agency: 'APS' });
  });
  it('reads the region form without an agency too', () => {
    const text = `${HEADLINE}\n\nMARSTEN (Upper Valley), 14 June - ${BODY}`;
    expect(meta(text).dateline).toBe('MARSTEN (Upper Valley)');
  });
  it("still takes a wire in brackets for the agency, never for a region: 'LINDELL (Reuters) -'", () => {
    const text = `${HEADLINE}\n\nLINDELL (Reuters) - ${BODY}`;
    expect(meta(text)).toMatchObject({ dateline: 'LINDELL', agency: 'Reuters' });
  });
});

describe("round 17 header: a site's tagline over a breadcrumb between slashes", () => {
  it('takes the headline under the breadcrumb, not the tagline under the masthead', () => {
    const text = [
      'CORAL WIRE DIGITAL',
      'Technology news from the islands of the Western Ocean',
      '',
      'Home / Policy / Telecoms',
      '',
      HEADLINE,
      '',
      'By Ana Kerrow | Lindell',
      'Monday 3 March 2031, 09:10 GMT',
      '',
      BODY,
    ].join('\n');
    expect(meta(text)).toMatchObject({ title: HEADLINE, publishedAt: '2031-03-03' });
  });
});

describe("round 17 boilerplate: a letters page's rules, contact line and signature blocks", () => {
  const PAGE = [
    'THE MARSTEN ECHO',
    '',
    'Home › Opinion › Letters',
    '',
    'Letters to the Editor: Ferry terminal, bus fares and a thank-you from Kellow',
    '',
    'Monday, 3 March 2031',
    '',
    'Letters should be no longer than 250 words and must include a full postal address. We reserve the right to edit letters for length.',
    '',
    '---',
    '',
    'FERRY TERMINAL IS A GOOD IDEA',
    '',
    'Sir, — The harbour board was right to approve the ferry terminal for Lindell. Tomas Brandt deserves credit for pushing it through.',
    '',
    'JANET TREVELYAN',
    'Rue des Vignes, Kellow',
    '',
    '---',
    '',
    'THANK YOU, KELLOW',
    '',
    'Sir, — On behalf of the Kellow parish council, I thank everyone who cleared the beach at Porth Wenna last week.',
    '',
    'OSWALD PENHALIGON',
    'Clerk of the parish',
    '',
    '---',
    '',
    'Have your say: email letters@marstenecho.example or write to The Editor, Marsten Echo, Quarry Lane, Kellow, MX4 2QT.',
    '',
    '© 2031 Marsten Echo Ltd. All rights reserved.',
  ].join('\n');

  it('marks the submission rules, both signature blocks and the contact line as boilerplate', () => {
    const lines = boilerplateLines(PAGE);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Letters should be no longer/),
        'JANET TREVELYAN',
        'Rue des Vignes, Kellow',
        'OSWALD PENHALIGON',
        'Clerk of the parish',
        expect.stringMatching(/^Have your say:/),
      ]),
    );
    // The letters themselves and their headings stay body text.
    expect(lines).not.toContain('FERRY TERMINAL IS A GOOD IDEA');
    expect(lines.some((l) => l.startsWith('Sir, —'))).toBe(false);
  });
  it('takes no entity from the signatures, the contact address or the title label', () => {
    const found = names(PAGE);
    expect(found).not.toContain('Rue des Vignes');
    expect(found).not.toContain('Quarry Lane');
    expect(found).not.toContain('Editor');
    expect(found.some((n) => /mx4/i.test(n))).toBe(false);
    expect(found).toContain('Tomas Brandt');
    expect(meta(PAGE).title).toBe('Letters to the Editor: Ferry terminal, bus fares and a thank-you from Kellow');
  });
  it('reads no signature block in a heading in capitals over a list, or in one made of ordinary words', () => {
    const list = `${BODY}\n\nTHE CANDIDATES\n\nAnna Berg, 44, Centre. Member of the council.\nJon Holm, 58, Liberals. Former mayor.\n`;
    expect(boilerplateLines(list)).toEqual([]);
    const box = `${BODY}\n\nKEY FACTS\nFounded in 1921\n\nThe board meets again in May.`;
    expect(boilerplateLines(box)).toEqual([]);
    const rows = `${BODY}\n\nSUBSTITUTES\nPetra Holm (Lindell FC) – 7. Changed the game.\n\nThe next match is on Sunday.`;
    expect(boilerplateLines(rows)).toEqual([]);
  });
  it('leaves a sentence about letters in the news as body text', () => {
    const text = `${HEADLINE}\n\nLetters from the council were sent to 400 homes on Monday, the board said.\n\n${BODY}`;
    expect(boilerplateLines(text)).toEqual([]);
  });
});

describe('round 17 furniture: format labels opening the title, and bracketed photo credits', () => {
  it("drops a page format's label before the title's colon", () => {
    const text = `Letters to the Editor: Ferry terminal and bus fares\n\n${BODY}`;
    const title = { start: 0, end: text.indexOf('\n') };
    expect(furniture(text, title)).toContain('Letters to the Editor:');
    const editorial = `Editorial: The ferry terminal is overdue\n\n${BODY}`;
    expect(furniture(editorial, { start: 0, end: editorial.indexOf('\n') })).toContain('Editorial:');
  });
  it("drops a caption's credit in square brackets, the photographer and the outlet around a slash", () => {
    const text = `A ferry leaves the old pier at Lindell [Mara Quist/Coast Herald]\n\n${BODY}`;
    expect(furniture(text)).toContain('[Mara Quist/Coast Herald]');
    expect(names(`${HEADLINE}\n\n${text}`)).not.toContain('Mara Quist');
  });
  it('keeps a bracketed insertion that is no credit', () => {
    const text = `The board said the terminal [at Lindell] would open in May.\n\n${BODY}`;
    expect(furniture(text)).toEqual([]);
  });
});
