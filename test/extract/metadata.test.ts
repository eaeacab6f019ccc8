import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const meta = (text: string) => extractArticle(text).meta;

describe('article metadata', () => {
  it('reads title, dateline, agency and date; a repeated title is one title (seed 001)', () => {
    const text = '\nJOHN KERRY THREATENS TO END SYRIA TALKS\n\n\nJOHN KERRY THREATENS TO END SYRIA TALKS\n\n- 29.09.2016\n\nCbs, 28 September 2016\n\nWASHINGTON - Secretary of State John Kerry is threatening to cut off all contacts.';
    expect(meta(text)).toEqual({ title: 'JOHN KERRY THREATENS TO END SYRIA TALKS', dateline: 'WASHINGTON', agency: 'Cbs', publishedAt: '2016-09-29' });
  });

  it('reads an agency byline with a weekday and a dateline with the agency in brackets (seed 004)', () => {
    const text = '- Associated Press - Wednesday, September 28, 2016\n\n- Associated Press - Wednesday, September 28, 2016\n\nWASHINGTON (AP) - Secretary of State John Kerry threatened on Wednesday to end all cooperation.';
    expect(meta(text)).toEqual({ agency: 'Associated Press', publishedAt: '2016-09-28', dateline: 'WASHINGTON' });
  });

  it('reads a dateline with a country, an em dash and an agency (issue example)', () => {
    expect(meta('PORTO ALEGRE, Brazil (AP) — Floods killed 12 people on Monday.')).toEqual({ dateline: 'PORTO ALEGRE, Brazil', agency: 'AP' });
  });

  it('reads a wire dateline that carries its own date (science article)', () => {
    expect(meta('Superbug genes surging\n\nOSLO, March 9 (Reuters) - Drug-resistant bacteria are spreading.').dateline).toBe('OSLO');
  });

  it('does not excerpt the agency in a dateline as an entity mention', () => {
    const a = extractArticle('BELO HORIZONTE, Brazil (AP) — Rescuers searched the valley near Brumadinho.');
    expect(a.entities.map((e) => e.name)).not.toContain('AP');
  });
});

describe('Markdown and print headers', () => {
  it('reads a Markdown title, an emphasised byline with its date and a bold dateline', () => {
    const text = "# Miners agree $2 billion deal\n\n*By Lara Quint, markets correspondent | March 3, 2026*\n\n**LIMA** — Two miners agreed a deal on Monday.";
    expect(meta(text)).toEqual({ title: 'Miners agree $2 billion deal', dateline: 'LIMA', publishedAt: '2026-03-03' });
    expect(extractArticle(text).entities.map((e) => e.name)).not.toContain('Lara Quint');
  });

  it('takes the paper named under the byline as a credit, then reads the dateline', () => {
    const text = 'Port strike enters second week\n\nBy Lara Quint\nCoastal Morning Ledger\n\nVALPARAISO — Dock workers stayed out on Monday.';
    expect(meta(text)).toEqual({ title: 'Port strike enters second week', dateline: 'VALPARAISO' });
    expect(extractArticle(text).entities.map((e) => e.name)).not.toContain('Coastal Morning Ledger');
  });
});
