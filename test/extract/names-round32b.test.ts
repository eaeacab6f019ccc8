import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 32b: ships, co-operatives, styles after a rank, possessive bodies, portfolio lists', () => {
  it('reads no entity in a ship named with a vessel prefix', () => {
    const f = facts('Tue 3 Mar: MV Koro Star II (Vuda Marine) from Lautoka, 98 passengers. Wed 4 Mar: FV Lagi Vou from Rabi. HMS Endurance called at Stanley.');
    expect(f.entities().some((e) => /Koro Star|MV|\bII\b|Lagi Vou|FV|Endurance|HMS/.test(e))).toBe(false);
    expect(f.entity('Vuda Marine')?.kind).toBe('ORGANIZATION');
  });

  it('keeps an organisation opened by a prefix-like acronym', () => {
    const f = facts('The MS Society said the new drug would reach patients in Leeds next year.');
    expect(f.entities().some((e) => e.includes('Society'))).toBe(true);
  });

  it('keeps "Co-operative" whole in a name, possessive or not', () => {
    const f = facts("Rewa Dairy Co-operative's chairman, Joeli Naqase, said his members lost milk. The Koro Growers Co-operative disagreed.");
    expect(f.entity('Rewa Dairy Co-operative')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Koro Growers Co-operative')?.kind).toBe('ORGANIZATION');
    expect(f.entities()).not.toContain('Rewa Dairy Co');
  });

  it('leaves a form of address between a rank and a name out of the name', () => {
    const f = facts('The port’s pilot, Captain Ratu Josefa Waqanisau, said the channel was clear.');
    expect(f.entity('Josefa Waqanisau')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => e.includes('Ratu'))).toBe(false);
  });

  it("splits a person from a possessive body's name after 'of the'", () => {
    const f = facts("The lawyer, Tomasi Vaka-Reid of the Public Defender's Office, said the ruling would be appealed.");
    expect(f.entity('Tomasi Vaka-Reid')?.kind).toBe('PERSON');
    expect(f.entity("Public Defender's Office")?.kind).toBe('ORGANIZATION');
    expect(f.entities()).not.toContain('Public Defender');
  });

  it('reads a portfolio list of three items or more after a ranked title', () => {
    const f = facts('Deputy Minister of Youth, Tourism, Heritage and Sport Lilit Avetisyan-Marutyan, who opened the fair, said it would return. Assistant Secretary of Labour, Trade and Industry Teodor Kask said so too.');
    expect(f.entity('Lilit Avetisyan-Marutyan')?.kind).toBe('PERSON');
    expect(f.entity('Teodor Kask')).toBeDefined();
    expect(f.entities().some((e) => /^(?:Tourism|Heritage|Sport|Industry)\b/.test(e))).toBe(false);
  });
});
