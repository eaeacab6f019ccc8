import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 26 role rules, each on invented sentences. */
describe('roles: posts the title table lacked (v26)', () => {
  it('reads a village headman with his village', () => {
    const roles = facts('Floods cut the road to Mawkyrwat. Bah Rilang Nongsiej, the headman of Mawkyrwat village, said crops were lost.').roles();
    expect(roles.some((r) => r.startsWith('Rilang Nongsiej') && r.includes('| headman |'))).toBe(true);
  });

  it('reads a forum convenor written before the name', () => {
    const roles = facts('The Tribal Peace Forum met in Dimapur on Friday. Forum convenor Temsu Aier Jamir said talks would resume.').roles();
    expect(roles.some((r) => r.startsWith('Temsu Aier Jamir') && r.includes('convenor'))).toBe(true);
  });

  it('keeps an Indonesian regent\'s title as written with the regency', () => {
    const roles = facts('Floods hit Ende this week. The Bupati of Ende, Maria Goreti Wula, extended the emergency response period to 31 March. "We can feed people," Wula said.').roles();
    expect(roles).toContain('Maria Goreti Wula | Bupati | Ende');
  });
});

describe('roles: a portfolio word opening the sentence (v26)', () => {
  it('keeps a common word before a lower-case secretary in the title', () => {
    const roles = facts('The festival opens in July. Tourism secretary Marisol Ortega Vidal said hotel prices would be capped.').roles();
    expect(roles).toContain('Marisol Ortega Vidal | Tourism secretary | -');
  });

  it('keeps a common word before a lower-case commissioner in the title', () => {
    const roles = facts('Voting ended on Saturday. Boundary commissioner Peter Kalang Mosi said results would follow.').roles();
    expect(roles).toContain('Peter Kalang Mosi | Boundary commissioner | -');
  });
});

describe('roles: honours are no posts (v26)', () => {
  it('reads no role from a Bhutanese honour before the name', () => {
    const roles = facts('Archers gathered in Paro. The governor of Paro, Dasho Pema Wangmo, opened the tournament on Friday.').roles();
    expect(roles.some((r) => r.includes('| Dasho |'))).toBe(false);
  });
});
