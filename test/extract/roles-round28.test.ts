import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 28 role rules, each on invented sentences. */
describe('roles: round 28', () => {
  it('reads a Swedish county governor kept as written: "Uppsala\'s landshövding, X"', () => {
    expect(facts("Uppsala's landshövding, Karin Almqvist Berg, said grazing would be allowed.").roles()).toContain('Karin Almqvist Berg | landshövding | Uppsala');
  });

  it('reads no post from a road user: "The cyclist, X"', () => {
    expect(facts('The cyclist, Tobias Renner, was taken to hospital.').roles()).toEqual([]);
  });

  it('gives "Commission chairman X" to the commission named before, the title without the short form', () => {
    const roles = facts('Officials of the Independent Electoral Commission met on Monday. Commission chairman Omar Faarax Jaamac said results would follow.').roles();
    expect(roles).toEqual(['Omar Faarax Jaamac | chairman | Independent Electoral Commission']);
  });

  it('reads no post from a description of a person\'s own head: "X, still with tape around his head,"', () => {
    const roles = facts('Harbour Lions captain Tomasi Vunidra, still with tape around his head, spoke pitchside: "We owed them."').roles();
    expect(roles.some((r) => /tape|head/.test(r))).toBe(false);
  });

  it('keeps an organisation\'s head a post: "the agency\'s head, X"', () => {
    const roles = facts('Officials of the Coastal Water Agency met on Monday. The agency\'s head, Lena Sorvik, said the dam was safe.').roles();
    expect(roles.some((r) => r.startsWith('Lena Sorvik | head'))).toBe(true);
  });
});
