import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 27 role rules, each on invented sentences. */
describe('roles: round 27', () => {
  it('reads a Polish rural mayor kept as written: "The wójt of X, Y"', () => {
    const roles = facts('Farmers in Krynica Morska protested on Monday. The wójt of Krynica Morska, Zbigniew Lasota, said the commune would appeal.').roles();
    expect(roles).toContain('Zbigniew Lasota | wójt | Krynica Morska');
  });

  it('cuts a second "of <country>" after a portfolio: the country owns the post', () => {
    const roles = facts('Peru reopened its border. The ambassador later met the Minister of Foreign Affairs of Peru, Ramiro Quispe Vallejo, in Lima.').roles();
    expect(roles).toContain('Ramiro Quispe Vallejo | Minister of Foreign Affairs | Peru');
    expect(roles.some((r) => r.includes('Minister of Foreign Affairs of Peru'))).toBe(false);
  });

  it('drops the place noun between a place and the title: "The Tashkent region hokim, X"', () => {
    const roles = facts('Officials in Tashkent defended the plan.\n\nThe Tashkent region hokim, Rustam Nazarov, said the work would go on.').roles();
    expect(roles).toContain('Rustam Nazarov | hokim | Tashkent');
    expect(roles.some((r) => r.includes('region hokim'))).toBe(false);
  });

  it('reads the post on the line under a signer\'s name in a signature block', () => {
    const roles = facts('Kavango Mills Plc announced the results of its annual general meeting on Friday.\n\nBy order of the Board\nTendai Mukuru-Shava\nCompany Secretary\nWindhoek, 4 May 2040\n').roles();
    expect(roles).toContain('Tendai Mukuru-Shava | Company Secretary | -');
  });

  it('reads no post from a signer line followed by a company name', () => {
    const roles = facts('Kavango Mills Plc announced the results on Friday.\n\nYours faithfully\nTendai Mukuru-Shava\nKavango Mills Plc\n').roles();
    expect(roles.some((r) => r.startsWith('Tendai Mukuru-Shava'))).toBe(false);
  });
});
