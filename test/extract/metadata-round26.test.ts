import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/extract/dates';
import { meta } from './metadata-helpers';

describe('round 26 header', () => {
  it('reads a day, month abbreviation and year joined by hyphens', () => {
    expect(findDate('NEWS RELEASE 14-MAR-2037')?.iso).toBe('2037-03-14');
    expect(findDate('ARTICLE PUBLICATION DATE 3-Sep-2036')?.iso).toBe('2036-09-03');
  });
  it('takes a release portal dated label for the date, the line under it for the title, and the release dateline', () => {
    const text = [
      'ScienceDesk | News from universities',
      'Home › News releases › Life Sciences',
      '',
      'NEWS RELEASE 14-MAR-2037',
      '',
      'Lynx kittens in quiet valleys of Tarvonia twice as likely to reach adulthood',
      '',
      'Closing forest roads in spring may help the cats more than any other measure',
      '',
      'Peer-Reviewed Publication',
      'INSTITUTE OF ALPINE ECOLOGY',
      '',
      '[Image: A lynx kitten near a forest road. Credit: A. Berg / IAE]',
      '',
      'OSTRAVEL, Tarvonia — Lynx kittens born in valleys without traffic survived far more often, a ten-year study found.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe('Lynx kittens in quiet valleys of Tarvonia twice as likely to reach adulthood');
    expect(m.publishedAt).toBe('2037-03-14');
    expect(m.dateline).toBe('OSTRAVEL, Tarvonia');
  });
  it('skips a court press summary header (court, term, citation, where the appeal came from, label, date) to the case name', () => {
    const text = [
      'SUPREME COURT OF VARNIA',
      '',
      'Trinity Term',
      '[2036] VSC 14',
      'On appeal from the Court of Appeal of the Northern Province of Varnia',
      '',
      'PRESS SUMMARY',
      '',
      '12 June 2036',
      '',
      "Ostel Harbour Boatmen's Union (Appellant) v Minister of Ports and another (Respondents) (Varnia)",
      '',
      'JUSTICES: Lord Amberley, Lady Fenwick, Lord Darrow',
      '',
      'The union challenged a permit for a container terminal next to its members\' moorings.',
    ].join('\n');
    const m = meta(text);
    expect(m.title).toBe("Ostel Harbour Boatmen's Union (Appellant) v Minister of Ports and another (Respondents) (Varnia)");
    expect(m.publishedAt).toBe('2036-06-12');
  });
  it("takes the date a report's title says it speaks for over the day the portal posted it", () => {
    const text = [
      'Tarvonia: Lake Ostel Floods – Situation Report No. 2 (as of 4 May 2036)',
      '',
      'Format: Situation Report',
      'Posted: 5 May 2036',
      '',
      'This report covers the period from 1 to 4 May. The next report will be issued on 8 May.',
    ].join('\n');
    expect(meta(text).publishedAt).toBe('2036-05-04');
  });
});
