import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 32 role rules, each on invented sentences. */
describe('roles: round 32', () => {
  it('keeps a capitalised level of government opening the sentence with a lower-case post', () => {
    const roles = facts('The port of Velmora reopened on Tuesday. Provincial governor Marta Okonjo-Bellamy said the quay would be repaired by June.').roles();
    expect(roles).toContain('Marta Okonjo-Bellamy | Provincial governor | -');
  });
});
