import { createHash } from 'node:crypto';

/** sha256 of the article text: the key that makes re-ingesting the same content a no-op. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
