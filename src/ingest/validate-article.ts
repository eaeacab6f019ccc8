import { ArticleRejectedError } from '../errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Control characters that never occur in prose. Tab, newline, carriage return and form feed
 * do; a NUL or a run of these means a binary file was handed to us.
 */
// eslint-disable-next-line no-control-regex
const BINARY_CHARACTERS = /[\u0000-\u0008\u000e-\u001f]/;

/** Decodes file bytes as strict UTF-8 (a BOM is dropped), refusing anything else. */
export function decodeArticle(bytes: Uint8Array, maxBytes: number, file?: string): string {
  if (bytes.byteLength > maxBytes) {
    throw new ArticleRejectedError('TOO_LARGE', `article is ${bytes.byteLength} bytes, more than the limit of ${maxBytes}`, file);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleRejectedError('NOT_UTF8', 'article is not valid UTF-8 text', file);
  }
  return validateArticleText(text.replace(/^\uFEFF/, ''), maxBytes, file);
}

/** Refuses empty, binary or oversized article text; returns it unchanged otherwise. */
export function validateArticleText(text: string, maxBytes: number, file?: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new ArticleRejectedError('TOO_LARGE', `article is ${bytes} bytes, more than the limit of ${maxBytes}`, file);
  }
  if (text.trim() === '') {
    throw new ArticleRejectedError('EMPTY', 'article is empty', file);
  }
  if (BINARY_CHARACTERS.test(text)) {
    throw new ArticleRejectedError('BINARY', 'article contains binary control characters; expected plain text or Markdown', file);
  }
  return text;
}
