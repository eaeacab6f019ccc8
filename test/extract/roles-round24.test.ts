import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 24 role rules, each on invented sentences. */
describe('roles: round 24', () => {
  it("gives 'Title X of the A's B Unit' to the unit the organisation possesses", () => {
    const text = "Detective Sergeant Marta Oyelaran-Pike of the Halden Constabulary's Cyber Fraud Unit said the accounts were frozen.";
    const roles = facts(text).roles();
    expect(roles).toContain('Marta Oyelaran-Pike | Detective Sergeant | Cyber Fraud Unit');
    expect(roles).not.toContain('Marta Oyelaran-Pike | Detective Sergeant | Halden Constabulary');
  });

  it("keeps a place's branch in the title and gives the post to the organisation after it", () => {
    const text = 'Tomas Verhulst-Ana, head of the Kavala branch of the Coastal Heritage Agency, said the walls were safe.';
    const roles = facts(text).roles();
    expect(roles).toContain('Tomas Verhulst-Ana | head of the Kavala branch | Coastal Heritage Agency');
    expect(roles.some((r) => r.endsWith('| Kavala'))).toBe(false);
  });

  it("reads a French post with its adjective after the noun ('directrice générale')", () => {
    const text = "The theatre's directrice générale, Odile Kaboret-Sanou, said the season would open in May.";
    expect(facts(text).roles().some((r) => r.startsWith('Odile Kaboret-Sanou | directrice générale'))).toBe(true);
  });

  it("reads no post in a demonym's 'director' (a film director) nor in 'the only X'", () => {
    const text = 'Ghanaian director Kwesi Ampofo-Larbi said the film took four years. Nadia Teferi-Walde, the only Ethiopian director in competition, said she was proud.';
    const roles = facts(text).roles();
    expect(roles.some((r) => r.startsWith('Kwesi Ampofo-Larbi | director'))).toBe(false);
    expect(roles.some((r) => r.includes('only'))).toBe(false);
  });

  it("drops 'now' before an appositive's article ('X, now an analyst for Y')", () => {
    const text = 'Former striker Ines Barrow-Kante, now an analyst for the broadcaster Radio Veldra, praised the squad.';
    const roles = facts(text).roles();
    expect(roles.some((r) => r.startsWith('Ines Barrow-Kante | analyst'))).toBe(true);
    expect(roles.some((r) => r.includes('now'))).toBe(false);
  });
});
