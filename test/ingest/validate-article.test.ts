import { describe, expect, it } from 'vitest';
import { ArticleRejectedError } from '../../src/errors';
import { decodeArticle, validateArticleText } from '../../src/ingest';

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof ArticleRejectedError ? `${error.reason}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('article validation', () => {
  it('accepts plain text and Markdown unchanged, dropping a UTF-8 BOM', () => {
    expect(validateArticleText('# Title\n\nBody.', 100)).toBe('# Title\n\nBody.');
    expect(decodeArticle(Buffer.from('\uFEFFHello', 'utf8'), 100)).toBe('Hello');
  });

  it('refuses empty, binary, non-UTF-8 and oversized input, naming the file and the reason', () => {
    expect(reason(() => validateArticleText(' \n\t', 100, 'a.txt'))).toBe('EMPTY: a.txt: article is empty');
    expect(reason(() => decodeArticle(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 100, 'b.txt'))).toMatch(/^BINARY: b.txt: /);
    expect(reason(() => decodeArticle(Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]), 100, 'c.txt'))).toMatch(/^NOT_UTF8: c.txt: /);
    expect(reason(() => decodeArticle(Buffer.alloc(101, 0x41), 100, 'd.txt'))).toBe('TOO_LARGE: d.txt: article is 101 bytes, more than the limit of 100');
  });
});
