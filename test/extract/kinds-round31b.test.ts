import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 31b: local units, field nouns, generic administrative units, scripts', () => {
  it("reads names listed after 'in' before a lower-case 'unions' as places (local-government units)", () => {
    const f = facts('About 4,000 people in Boro Ghopal and Mostafapur unions were left without power, the district officer said.');
    expect(f.entity('Mostafapur')?.kind).toBe('PLACE');
    expect(f.entity('Boro Ghopal')?.kind).toBe('PLACE');
  });

  it("leaves trade unions written in capitals alone", () => {
    const f = facts('Members in Unite and GMB unions voted to strike.');
    expect(f.entity('GMB')?.kind).not.toBe('PLACE');
  });

  it("drops a field's noun opening a sentence before a plural people's noun", () => {
    const f = facts('Climate scientists say the glacier is retreating faster than expected. Health experts warn of a rise in cases.');
    expect(f.entity('Climate')).toBeUndefined();
    expect(f.entity('Health')).toBeUndefined();
  });

  it('keeps an unknown brand before researchers', () => {
    const f = facts('Veltrano researchers say the new battery lasts twice as long.');
    expect(f.entity('Veltrano')).toBeDefined();
  });

  it("drops a generic administrative unit with no name before it, keeps one after a name", () => {
    const f = facts('In Port Selby, the capital of the Union Territory, officials said the Special Economic Zone would open in May.');
    expect(f.entity('Union Territory')).toBeUndefined();
    expect(f.entity('Special Economic Zone')).toBeUndefined();
    expect(f.entity('Port Selby')?.kind).toBe('PLACE');
  });

  it('drops a lone name before a writing system noun', () => {
    const f = facts('The language is written in the Velmari script and is close to Oskan, Dara Mels said.');
    expect(f.entity('Velmari')).toBeUndefined();
    const g = facts('The language is written in the Velmari script, Dara Mels said. "Most of us cannot write a full page in Velmari," she said.');
    expect(g.entity('Velmari')).toBeUndefined();
  });
});
