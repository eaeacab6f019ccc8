import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';

/** Round 20 role rules, each on invented sentences. */
describe('roles: round 20', () => {
  it("reads 'The <post>, <Rank> X' as the bare post, no organisation, beside the rank", () => {
    const text = 'The hearing lasted an hour. The prosecutor, Sergeant Delroy Munnings-Hall, asked for a remand in custody. The magistrate agreed.';
    const roles = facts(text).roles();
    expect(roles).toContain('Delroy Munnings-Hall | prosecutor | -');
  });

  it('reads a parish head kept in Norman French and a Scandinavian theatre director as titles', () => {
    expect(isTitleHead('Connétable')).toBe(true);
    expect(isTitleHead('teatersjef')).toBe(true);
    expect(isTitleHead('chefe de aldeia')).toBe(true);
    const text = 'The vote was close. The Connétable of St Lawrence, Annette Le Maistre-Binet, said she had voted against. Others agreed.';
    expect(facts(text).roles()).toContain('Annette Le Maistre-Binet | Connétable | St Lawrence');
  });

  it("reads 'ACR managing director Engr. X': a participle post, an honorific between it and the name", () => {
    const text = 'Northern Grid Power Company (NGPC) restored supply on Friday.\n\nNGPC managing director Engr. Rafiqul Hasan Talukder said the fault had been found in a substation. Talukder apologised.';
    expect(facts(text).roles()).toContain('Rafiqul Hasan Talukder | managing director | Northern Grid Power Company');
  });

  it("gives 'the ministry's' to the ministry named last when two are named as often, and skips photo captions", () => {
    const text = [
      '[Photo] Officers of the Ministry of Fisheries inspect a boat in Suai. (Photo: Coast News)',
      '',
      'SUAI — The Ministry of Education said on Monday that schools would reopen next week.',
      '',
      "The ministry's director of primary schooling, Dr. Lucia Pereira Belo, said 40 classrooms had been repaired.",
      '',
      'The Ministry of Fisheries said its boats would patrol the coast until June.',
      '',
      "The ministry's chief inspector, Dr. Tomas Lay Carvalho, said fishing was banned near the reef.",
    ].join('\n');
    const roles = facts(text).roles();
    expect(roles).toContain('Lucia Pereira Belo | director of primary schooling | Ministry of Education');
    expect(roles).toContain('Tomas Lay Carvalho | chief inspector | Ministry of Fisheries');
  });
});
