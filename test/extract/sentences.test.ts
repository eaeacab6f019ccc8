import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences';

const split = (text: string) => splitSentences(text, []).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not split after initials, month abbreviations or dotted acronyms (seed 003)', () => {
    expect(split('Foreign Minister Sergey V. Lavrov spoke. Their Sept. 9 deal with the U.S. collapsed.')).toEqual([
      'Foreign Minister Sergey V. Lavrov spoke.',
      'Their Sept. 9 deal with the U.S. collapsed.',
    ]);
  });

  it('splits after closing quotes and keeps paragraphs apart', () => {
    expect(split('"We will win," he said. "Now."\n\nDr. Rose Akinyi agreed.')).toEqual(['"We will win," he said.', '"Now."', 'Dr. Rose Akinyi agreed.']);
  });

  it('joins a paragraph the page broke in mid-sentence (seed 001)', () => {
    const text = 'He said such rhetoric is capable of\n\ncausing serious harm.';
    expect(split(text)).toEqual([text]);
  });
});
