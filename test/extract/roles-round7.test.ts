import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 7 role rules, each on invented sentences. */
describe('roles: plural titles, press-office styles, owners after a possessive or "of"', () => {
  it('gives each judge of "the Honourable Justices A, B and C" the singular title', () => {
    const roles = facts('The appeal was heard by the Honourable Justices Mary Baptiste, John Cuffy, Helen Marchand and Ravi Persaud in Kingstown.').roles();
    expect(roles).toEqual(expect.arrayContaining(['John Cuffy | Justice | -', 'Helen Marchand | Justice | -']));
  });

  it('reads no list after a plural title that one name follows', () => {
    expect(facts('The Judges Tamsin Crowe said nothing.').roles().filter((r) => r.includes('Judge |'))).toEqual([]);
  });

  it('finds the organisation after a plural possessive: "president of the bakers\' association X"', () => {
    expect(facts('Lucía Pereira Souto, president of the bakers\' association Panadería Lugo, said prices would rise.').roles()).toEqual([
      'Lucía Pereira Souto | president | Panadería Lugo',
    ]);
  });

  it('gives both capitalised titles in a row to the organisation named before them', () => {
    const roles = facts('Norvald Shipping Holdings bought the yard. Norvald Shipping President and Representative Director Kenji Arakawa said the deal was done.').roles();
    expect(roles).toEqual(expect.arrayContaining(['Kenji Arakawa | President | Norvald Shipping Holdings', 'Kenji Arakawa | Representative Director | Norvald Shipping Holdings']));
  });

  it('reads a capitalised title after a possessive owner opening the sentence', () => {
    expect(facts("Fiji's Minister of Health, Dr Elena Vosa, said the clinics were ready.").roles()).toEqual(['Elena Vosa | Minister of Health | Fiji']);
  });

  it('reads "The Minister of X of <country>, H.E. Dr. Eng. Y": the country owns the post', () => {
    const roles = facts('Kenya and Ethiopia signed the deal. The Minister of Roads and Transport of Kenya, H.E. Dr. Eng. Amina Wekesa, said the road would open.').roles();
    expect(roles).toEqual(['Amina Wekesa | Minister of Roads and Transport | Kenya']);
  });

  it('keeps a capitalised portfolio in an appositive that names no organisation', () => {
    const roles = facts('The memorandum was signed by H.E. Ambassador Hanna Bekele, State Minister for Foreign Affairs, and the visiting envoy.').roles();
    expect(roles).toContain('Hanna Bekele | State Minister for Foreign Affairs | -');
  });

  it('gives no role to a name that is no person', () => {
    const roles = facts('The Minister of Energy of Kora, H.E., said the plant would open.').roles();
    expect(roles).toEqual([]);
  });
});
