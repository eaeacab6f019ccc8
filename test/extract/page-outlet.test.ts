import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

describe("the page's own publication", () => {
  it('is an organisation where the body names it, though its name is an ordinary word', () => {
    const text =
      'Heat closes schools\n\nMULTAN: Schools in the city will close for a week, district officials said on Monday.\n\n' +
      'More than 200 children were treated for heatstroke, hospital director Dr Farah Qazi told Sunrise. Most recovered the same day, she said.\n\n' +
      'Published in Sunrise, June 5th, 2031';
    const sunrise = extractArticle(text).entities.find((e) => e.name === 'Sunrise');
    expect(sunrise?.kind).toBe('ORGANIZATION');
    // The print credit itself names nothing: the entity has only the body's mention.
    expect(sunrise?.mentions).toHaveLength(1);
  });

  it('is nothing on a page whose furniture names no publication', () => {
    const text = 'Heat closes schools\n\nMULTAN: More than 200 children were treated for heatstroke, hospital director Dr Farah Qazi told Sunrise. Most recovered.';
    expect(extractArticle(text).entities.find((e) => e.name === 'Sunrise')).toBeUndefined();
  });
});
