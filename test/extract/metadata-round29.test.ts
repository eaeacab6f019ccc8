import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines, BODY, HEADLINE } from './metadata-helpers';

describe('round 29 header', () => {
  it("takes no town in a byline row that opens with the writer for the agency", () => {
    const text = [
      'THE VARNIAN HERALD',
      '',
      HEADLINE,
      '',
      'By R. Ostelmann | Brekkvik | Published: March 3, 2039 10:15 CET | Updated: March 3, 2039 12:40 CET',
      '',
      `BREKKVIK — ${BODY}`,
    ].join('\n');
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2039-03-03');
  });
  it('still reads a wire named after the writer in such a row as the agency', () => {
    const text = [HEADLINE, '', 'By R. Ostelmann | Reuters | March 3, 2039', '', BODY].join('\n');
    expect(meta(text).agency).toBe('Reuters');
  });
  it("takes a site's section label over the time and date for no agency, and the dateline's wire instead", () => {
    const text = ['All News 09:41 March 3, 2039', '', HEADLINE, '', `LINDELL, March 3 (Yonhap) -- ${BODY}`].join('\n');
    const m = meta(text);
    expect(m.agency).toBe('Yonhap');
    expect(m.publishedAt).toBe('2039-03-03');
    expect(m.title).toBe(HEADLINE);
  });
  it("takes a document's 'Date of ...:' field for the date and its label for no agency", () => {
    const text = [
      'VARNIAN TRIBUNALS SERVICE',
      'Home › Judgments › Inquiry determinations',
      '',
      'Inquiry into the death of Anders Holt',
      '',
      'Date of determination: 3 March 2039',
      '',
      'Sheriff Maren Lisk has determined that the death of a fisherman in Lindell harbour might have been avoided.',
    ].join('\n');
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2039-03-03');
  });
  it('reads a capitals dateline of several words whose country in normal case has small words in it', () => {
    const text = [HEADLINE, '', `PORT OF THE NORTH CAPE, Isle of Brekk — ${BODY}`].join('\n');
    expect(meta(text).dateline).toBe('PORT OF THE NORTH CAPE, Isle of Brekk');
    const two = [HEADLINE, '', `SAN RAFAEL, Trinidad and Tobago — ${BODY}`].join('\n');
    expect(meta(two).dateline).toBe('SAN RAFAEL, Trinidad and Tobago');
  });
  it("takes a column's 'Compiled by' line naming only its compiler for furniture", () => {
    const text = [
      'THE LINDELL LEDGER',
      '',
      'THE WEEK IN QUOTES: Ferries, tolls and a hill',
      '',
      'Saturday, 12 May 2040',
      'Compiled by Tarja Vennholm',
      '',
      BODY,
    ].join('\n');
    expect(boilerplateLines(text)).toContain('Compiled by Tarja Vennholm');
    expect(names(text)).not.toContain('Tarja Vennholm');
    expect(boilerplateLines('Compiled by Tarja Vennholm, Deputy Editor\n\n' + BODY)).toContain('Compiled by Tarja Vennholm, Deputy Editor');
  });
  it('keeps a body sentence that opens with a credit-like phrase', () => {
    const line = 'Written by Tarja Vennholm in 2031, the report warned that the ferry would fail.';
    expect(boilerplateLines(`${HEADLINE}\n\n${BODY}\n\n${line}`)).not.toContain(line);
  });
});
