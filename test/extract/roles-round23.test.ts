import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 23 role rules, each on invented sentences. */
describe('roles: round 23', () => {
  it("drops a relative 'whose' read into the title and gives the post to the name before the comma", () => {
    const text = 'The festival was paid for by the Ministry of Coastal Affairs, whose minister, Paul Darnell-Roche, opened it at Portsoy.';
    const roles = facts(text).roles();
    expect(roles).toContain('Paul Darnell-Roche | minister | Ministry of Coastal Affairs');
    expect(roles.some((r) => r.includes('whose'))).toBe(false);
  });

  it("gives 'Chief X of the Y Territory' to the place after the name", () => {
    const text = 'Chief Mary Okemow-Lasalle of the Red Pine Territory blessed the new boat on Saturday.';
    expect(facts(text).roles()).toContain('Mary Okemow-Lasalle | Chief | Red Pine Territory');
  });

  it("reads 'the director of the national park' as the park named before", () => {
    const text = 'Rangers counted 40 wolves in Kestrel National Park this winter.\n\nThe director of the national park, Kemal Sarybai-Otto, said two trails would close.';
    expect(facts(text).roles()).toContain('Kemal Sarybai-Otto | director | Kestrel National Park');
  });

  it("reads a Spanish regional 'consejera' as a post of the government that owns it", () => {
    const text = "The Andalusian Government's health consejera, Marta Ruiz Olano, said the ruling was fair.";
    expect(facts(text).roles()).toContain('Marta Ruiz Olano | health consejera | Andalusian Government');
  });
});
