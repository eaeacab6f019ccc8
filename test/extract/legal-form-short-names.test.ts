import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

const orgs = (text: string) =>
  extractArticle(text)
    .entities.filter((e) => e.kind === 'ORGANIZATION')
    .map((e) => [e.name, ...e.aliases.filter((a) => a !== e.name)].join(' = '));

describe('a company named with its legal form takes in its short forms', () => {
  it('reads the leading words of a name with a legal form before it as the same company', () => {
    const text = `Harbour group to buy Indonesia's Laut Dingin Raya

SINGAPORE — Teluk Holdings said on Monday it would buy PT Laut Dingin Raya Sentosa for $200 million.
Laut Dingin Raya runs 40 cold stores on Sumatra. Laut founder Budi Santoso will stay on.
`;
    expect(orgs(text)).toContain('PT Laut Dingin Raya Sentosa = Laut Dingin Raya = Laut');
  });

  it('does the same after a legal form written last', () => {
    const text = `OSLO — Fjordkraft Batteri AS signed the contract on Monday. Fjordkraft Batteri will hire 300 people, and Fjordkraft shares rose 4%.\n`;
    expect(orgs(text)).toContain('Fjordkraft Batteri AS = Fjordkraft Batteri = Fjordkraft');
  });

  it('leaves a name without a legal form apart from a longer one', () => {
    const text = `MADRID — Real Oviedo Castilla lost 2-0 on Sunday, a day after Real Oviedo won at home.\n`;
    const names = orgs(text);
    expect(names.some((n) => n.includes('Real Oviedo Castilla') && n.includes(' = Real Oviedo'))).toBe(false);
  });
});
