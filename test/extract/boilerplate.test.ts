import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../src/extract/boilerplate';
import { extractArticle } from '../../src/extract';

const lines = (text: string) => findBoilerplate(text).map((s) => text.slice(s.start, s.end));

describe('findBoilerplate', () => {
  it('finds comment prompts, spam-filter notices and source credits (seeds 000-002)', () => {
    const text = 'Body sentence.\n\nDo you like the content of this article?\nCOMMENT\n\nKaynak/Source:\n\nWrite your comment\n\nThis site uses Akismet to reduce spam. Learn how your comment data is processed.';
    expect(lines(text)).toEqual(['Do you like the content of this article?', 'COMMENT', 'Kaynak/Source:', 'Write your comment', 'This site uses Akismet to reduce spam. Learn how your comment data is processed.']);
  });

  it('finds copyright, click and share lines, related links and wire credits (other articles)', () => {
    const text = 'Body.\n\nRelated: Lumora profit rises as cloud demand grows\n\n© 2021 All rights reserved.\n\nClick to Read More and View Comments\n\nShare this article\n\n(Reporting by Peter Mwangi in Nairobi; Editing by Alison Hart)\n\nBy Jenna Kowalski, Courier staff writer';
    expect(lines(text)).toHaveLength(6);
  });

  it('keeps ordinary sentences that merely mention comments or sources', () => {
    expect(lines('The minister declined to comment on the report.\n\nSources said talks would resume.')).toEqual([]);
  });

  it('lets nothing in boilerplate become an entity, and keeps offsets of the original text', () => {
    const text = 'John Kerry met Sergey Lavrov in Geneva.\n\nCopyright © 2024 The Washington Times, LLC.\n\nClick to Read More';
    const a = extractArticle(text);
    expect(a.entities.map((e) => e.name).sort()).toEqual(['Geneva', 'John Kerry', 'Sergey Lavrov']);
    const span = a.boilerplate[0]!;
    expect(text.slice(span.start, span.end)).toBe('Copyright © 2024 The Washington Times, LLC.');
  });
});

describe('wire credits at the foot', () => {
  it('excludes a writer who contributed to the report, and keeps a study sentence', () => {
    const text = 'Floods hit the coast.\n\nAssociated Press writer Ana Ruiz in Lima contributed to this report.\n\nAdditional reporting by Tom Reyes.\n\nFive labs contributed to the report, which was published on Monday.';
    expect(lines(text)).toEqual(['Associated Press writer Ana Ruiz in Lima contributed to this report.', 'Additional reporting by Tom Reyes.']);
    expect(extractArticle(text).entities.map((e) => e.name)).not.toContain('Ana Ruiz');
  });

  it('finds newsletter prompts, also in Markdown emphasis, and compiled-by credits', () => {
    const text = 'Body.\n\n*Sign up for The Harbour Letter — ships and ports, every Monday.*\n\nGet the Valley Herald Science newsletter every Tuesday.\n\n(Compiled by AFP editors; contributions from K. Bold in Darkhan)';
    expect(lines(text)).toHaveLength(3);
  });

  it('keeps an emphasised byline with a date for the header', () => {
    expect(lines('# Title\n\n*By Ana Ruiz, correspondent | June 2, 2026*\n\nBody.')).toEqual([]);
  });
});
