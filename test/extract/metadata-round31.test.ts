import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../src/extract/boilerplate';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 31 header and boilerplate', () => {
  it('reads a law report judgment line as a date, not an agency, and keeps the court line as body text', () => {
    const text =
      'THE ISLAND LAW GAZETTE\nLaw Reports › Pacific › Contract\n\nLAW REPORT\n\nHarbour lease did not bind the fishing cooperative, appeal court rules\n\nMarlow Holdings Ltd v Registrar of Titles\n\nPacific Court of Appeal (Tonga)\nVaipulu JA, Kinghorn JA and Fifita JA\nJudgment delivered 4 March 2033\n\nThe appellant company held a lease of the harbour front at Neiafu.';
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2033-03-04');
    expect(m.title).toBe('Harbour lease did not bind the fishing cooperative, appeal court rules');
    expect(meta('Ruling on the weir\n\nDecision handed down: 12 May 2031\n\nThe tribunal ruled on Monday.').agency).toBeUndefined();
    expect(names(text)).toContain('Pacific Court of Appeal');
  });

  it('takes the line after a long Home breadcrumb for the title, not the site name over it', () => {
    const text =
      'Ministry of External Relations of Palandia\nHome > Foreign Policy > Europe and Central Asia > Moldova\n\nPalandia-Moldova Foreign Ministers\' Meeting\n\nJune 2, 2036\n\nOn June 2, Minister Ardelean held a meeting with Minister Corbu. The overview is as follows.';
    const m = meta(text);
    expect(m.title).toBe("Palandia-Moldova Foreign Ministers' Meeting");
    expect(m.publishedAt).toBe('2036-06-02');
  });

  it('treats a "Back to … | Page Top" line as furniture', () => {
    const text = 'Talks held\n\nThe ministers met on Monday.\n\nBack to Moldova | Page Top\nTop of page';
    expect(boilerplateLines(text)).toEqual(['Back to Moldova | Page Top', 'Top of page']);
    expect(names(text).join('|')).not.toMatch(/Page Top/);
  });

  it('keeps a block of results rows as body text, not a headline list', () => {
    const text =
      'Round 3 report\n\nRESULTS, ROUND 3\nTable 1: Ana Ruiz Pereira (Chile) 1-0 Tomas Havel (Slovakia)\nTable 2: Mirela Kovac (Croatia) ½-½ Jonas Lindqvist (Sweden)\nTable 3: Oskar Brandt (Denmark) 0-1 Lucia Ferrante (Italy)\n\nThe round ended late.';
    const spans = findBoilerplate(text).map((s) => text.slice(s.start, s.end));
    expect(spans.filter((l) => l.startsWith('Table'))).toEqual([]);
    // A real headline list is still furniture.
    const list = 'Story\n\nThe vote was held.\n\nMost Popular Stories Today\nGovernor Signs Sweeping Water Bill Into Law\nStorm Damage Closes Coastal Highway For Days\nLocal Bakery Wins National Pastry Award\n';
    expect(findBoilerplate(list).length).toBeGreaterThanOrEqual(3);
  });

  it('reads an event bulletin\'s place, date and venue line as the dateline, with a bilingual town', () => {
    const text =
      'OPEN CHESS WEEK · OFFICIAL SITE\nHome › Open › Bulletins\n\nROUND 4 BULLETIN: Kovac takes the lead after a long endgame\n\nDonostia/San Sebastián, 9 August 2034 · Kursaal Centre, Hall B\nBulletin editor: Ines Garate · Photos: Press office\n\nThe fourth round was decided on the top board.';
    const m = meta(text);
    expect(m.dateline).toBe('Donostia/San Sebastián');
    expect(m.publishedAt).toBe('2034-08-09');
    expect(m.title).toBe('ROUND 4 BULLETIN: Kovac takes the lead after a long endgame');
  });
});
