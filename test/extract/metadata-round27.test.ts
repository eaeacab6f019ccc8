import { describe, expect, it } from 'vitest';
import { meta } from './metadata-helpers';

describe('round 27 header', () => {
  it('takes the line under an inquiry report label as the title, the letterhead over it being furniture', () => {
    const text = [
      'MARINE SAFETY BOARD OF NORLAND',
      'Inquiry 2033-14',
      '',
      'Published: 4 May 2033',
      '',
      'INTERIM REPORT',
      'Fishing vessel Grey Heron, capsizing off Vetra Head, Norland Sound',
      '',
      'At about 0500 on 2 April 2033 the fishing vessel Grey Heron capsized off Vetra Head. All four crew were rescued.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('Fishing vessel Grey Heron, capsizing off Vetra Head, Norland Sound');
    expect(m.publishedAt).toBe('2033-05-04');
  });

  it('reads a masthead with its edition after a dash as no title and no dateline', () => {
    const text = [
      'KURIER7 — ENGLISH EDITION',
      'News from the northern lakes',
      'Home › Environment › Lakes',
      '',
      'Otters return to the upper lakes after thirty years as fishing is restricted',
      '',
      'By Anna Berg',
      'Published: 3 May 2031, 09:00 CET',
      '',
      'OSLO — Otters have returned to the upper lakes for the first time in thirty years, biologists said on Monday.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('Otters return to the upper lakes after thirty years as fishing is restricted');
    expect(m.dateline).toBe('OSLO');
  });

  it('takes a page heading that repeats the breadcrumb last item as the title, and a "Still current at" line names no agency', () => {
    const text = [
      'MINISTRY OF EXTERNAL RELATIONS',
      '',
      'Home › Travel › Travel Advice › Moldova',
      '',
      'Moldova',
      '',
      'Security status: Exercise a high degree of caution',
      '',
      'Last updated: 2 July 2035',
      'Still current at: 5 July 2035',
      '',
      'SUMMARY OF CHANGES',
      '',
      'This advice has been updated to reflect the closure of a border crossing.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('Moldova');
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2035-07-02');
  });

  it('skips an exchange announcement field box and the issuer particulars block for the capitals headline', () => {
    const text = [
      'BOURSE OF TARVONIA | COMPANY NEWS',
      'Markets › Announcements › KSM',
      '',
      'Released: 09:15, 5 June 2034',
      'Category: Dealings by directors',
      'Issuer: KESTREL STEEL MILLS PLC (KSM)',
      '',
      'KESTREL STEEL MILLS PLC',
      '(Incorporated in the Republic of Tarvonia)',
      '(Registration number: 55510021)',
      'Share code: KSM',
      '("KSM" or "the Company")',
      '',
      'RESULTS OF ANNUAL GENERAL MEETING',
      '',
      'Shareholders are advised that all resolutions were passed by the requisite majorities.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('RESULTS OF ANNUAL GENERAL MEETING');
    expect(m.publishedAt).toBe('2034-06-05');
  });

  it('keeps a title that opens with a name and a colon over a field box', () => {
    const text = [
      'AidWatch | Updates from the field',
      'Home › Peru › Situation reports',
      '',
      'Peru: Puno Frost – Situation Report No. 2',
      '',
      'Format: Situation Report',
      'Posted: 9 Jul 2036',
      'Country: Peru',
      '',
      'This report covers the period from 1 to 8 July.',
    ].join('\n');
    expect(meta(text).title).toBe('Peru: Puno Frost – Situation Report No. 2');
  });

  it('credits the wire as the dateline names it when the header writes it in capitals with NEWS', () => {
    const text = [
      'Ferry service suspended after typhoon damages pier',
      '',
      'ANTARA NEWS - Jun 4, 2036 - 10:12 | Indonesia',
      '',
      'SURABAYA, Indonesia (Antara) -- Ferry services were suspended on Thursday after a typhoon damaged the main pier.',
    ].join('\n');
    expect(meta(text).agency).toBe('Antara');
  });
});
