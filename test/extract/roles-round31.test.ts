import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 31 role rules, each on invented sentences. */
describe('roles: a portfolio title, then the country it serves', () => {
  it('reads "Minister for Foreign Affairs of <country>" as the title with the country as owner', () => {
    const roles = facts('On May 2, Mr. Tanaka Hiroshi, Minister for Foreign Affairs of Japan, held talks in Tokyo. Japan welcomed the visit.').roles();
    expect(roles).toContain('Tanaka Hiroshi | Minister for Foreign Affairs | Japan');
  });

  it('reads a formal state name ("the Oriental Republic of Uruguay") as the country', () => {
    const roles = facts('Mr. Tanaka Hiroshi met Ms. Ana Costa Ruiz, Minister of Foreign Affairs of the Oriental Republic of Uruguay. Uruguay and Japan agreed to meet again.').roles();
    expect(roles).toContain('Ana Costa Ruiz | Minister of Foreign Affairs | Uruguay');
  });

  it('keeps a portfolio title without a country whole', () => {
    const roles = facts('Ms. Ana Costa Ruiz, Minister of Foreign Affairs, said the talks went well.').roles();
    expect(roles).not.toContain('Ana Costa Ruiz | Minister | Uruguay');
    expect(roles.some((r) => r.includes('Minister of Foreign Affairs'))).toBe(true);
  });
});

describe('roles: post-nominal judicial styles', () => {
  it('reads "<surname> JA" as a Justice of Appeal, with no owner', () => {
    const roles = facts('The appeal was heard by Pereira CJ, Webster JA and Mitchell JA (Ag). Webster JA said the law was clear.').roles();
    expect(roles.some((r) => / \| JA \| -$/.test(r))).toBe(true);
  });

  it('reads no style from an ordinary capitalised word after a name', () => {
    expect(facts('Anna Webster JAMES said the law was clear.').roles().some((r) => / \| JA /.test(r))).toBe(false);
  });
});
