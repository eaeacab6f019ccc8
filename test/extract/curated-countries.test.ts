import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

describe('country names no package lists', () => {
  it("reads 'Korea' alone as South Korea, and 'North Korea' as the North", () => {
    const entities = extractArticle("Workers who went to Korea last year sent home more, South Korea's central bank said. North Korea fired a missile.").entities;
    const id = (name: string) => entities.find((e) => e.name === name || e.aliases.includes(name))?.gazetteerId;
    expect(id('Korea')).toBe('country:KOR');
    expect(id('South Korea')).toBe('country:KOR');
    expect(id('North Korea')).toBe('country:PRK');
  });
});
