import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 32b role rules, each on invented sentences. */
describe('roles: round 32b', () => {
  it("reads 'the council's president' as the one council named before, the possessive no part of the title", () => {
    const roles = facts("The Territorial Council of Velmora Island voted on Monday to expand the harbour. The council's president, Marc-Antoine Bellowes-Kerr, said the work would start in May.").roles();
    expect(roles).toContain('Marc-Antoine Bellowes-Kerr | president | Territorial Council of Velmora Island');
    expect(roles.some((r) => r.includes("council's"))).toBe(false);
  });

  it("gives 'Ministry spokesman X' to the ministry named before, the noun no part of the title", () => {
    const roles = facts('The Ministry of Mines and Energy issued a statement on Friday. Ministry spokesman Lina Mervo-Sato said the tender would reopen.').roles();
    expect(roles).toContain('Lina Mervo-Sato | spokesman | Ministry of Mines and Energy');
    expect(roles.some((r) => r.includes('Ministry spokesman'))).toBe(false);
  });

  it("keeps 'Council member X' whole (a council's member is one title)", () => {
    const roles = facts('The Orvella City Council met on Monday. Council member Dario Quennell-Abara said the vote was close.').roles();
    expect(roles.some((r) => r.startsWith('Dario Quennell-Abara | member |'))).toBe(false);
  });

  it('reads an acronym bracketed after an organisation before a post as that organisation, whatever its letters', () => {
    const roles = facts('The Orvanto Rowing Federation (FEDRO) said it would appeal. FEDRO president Maren Tolsvik-Adeyemi told reporters the federation was ready.').roles();
    expect(roles).toContain('Maren Tolsvik-Adeyemi | president | Orvanto Rowing Federation');
  });

  it("reads 'Its spokeswoman, Pastor X' past the clergy style: the organisation named before owns the post", () => {
    const roles = facts('The Velmora Land Trust, a group of farmers and church leaders, welcomed the ruling. Its spokeswoman, Pastor Anika Joel Ruvalo, said the trust was pleased.').roles();
    expect(roles).toContain('Anika Joel Ruvalo | spokeswoman | Velmora Land Trust');
  });
});
