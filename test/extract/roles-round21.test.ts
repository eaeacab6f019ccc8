import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 21 role rules, each on invented sentences. */
describe('roles: round 21', () => {
  it("gives 'the park's director' to a national park named before as a place", () => {
    const text = 'Hikers crowded the trails of the Kestrel Ridge National Park last summer, officials said.\n\nThe park\'s director, Odile Marchetti-Rey, said erosion had doubled in five years. Others agreed.';
    expect(facts(text).roles()).toContain('Odile Marchetti-Rey | director | Kestrel Ridge National Park');
  });

  it("gives 'the centre's' post to an organisation spelt 'Center'", () => {
    const text = 'The Halvard Audiovisual Resource Center restored 300 tapes this year.\n\n"We baked them first," said Tomas Lindqvar, the centre\'s head of film archives, who led the work.';
    expect(facts(text).roles()).toContain('Tomas Lindqvar | head of film archives | Halvard Audiovisual Resource Center');
  });

  it("drops a describing adjective before a title: 'the elderly president of X'", () => {
    const text = '"We are too few," said Oumar Said Bakari, the elderly president of the Nkomi Fishers Association, who has fished for 40 years.';
    const roles = facts(text).roles();
    expect(roles).toContain('Oumar Said Bakari | president | Nkomi Fishers Association');
    expect(roles.some((r) => r.includes('elderly'))).toBe(false);
  });

  it("reads 'the commission's president, Judge X' as both posts, the possessive naming the commission named before", () => {
    const text =
      'Results were announced on Monday by the Federal Electoral Commission (FEC).\n\nThe Unity Party won 40 seats in the National Assembly, the commission\'s president, Judge Mariela Okonta-Viera, told reporters. Others agreed.';
    const roles = facts(text).roles();
    expect(roles).toContain('Mariela Okonta-Viera | president | Federal Electoral Commission');
    expect(roles).toContain('Mariela Okonta-Viera | Judge | -');
  });
});
