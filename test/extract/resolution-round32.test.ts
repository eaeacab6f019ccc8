import { describe, expect, it } from 'vitest';
import { isGenericName, isSameReferent, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, country: string, ...aliases: string[]): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases: [name, ...aliases], country });

describe("resolution, round 32: a newspaper's noun alone", () => {
  it("ties no two papers each called by the noun alone, even in one country ('told the Herald' on two Argentine papers' pages)", () => {
    expect(isSameReferent(org('Herald', 'country:ARG'), org('Herald', 'country:ARG'))).toBe(false);
    expect(isSameReferent(org('The Herald', 'country:ARG', 'Herald'), org('Herald', 'country:ARG'))).toBe(false);
    // One named in full with the noun as its short form still takes the noun within its country (round 23).
    expect(isSameReferent(org('Herald', 'country:ARG'), org('Andes Herald', 'country:ARG', 'Herald'))).toBe(true);
  });

  it('still merges a paper named in full', () => {
    expect(isSameReferent(org('Andes Herald', 'country:ARG', 'Herald'), org('Andes Herald', 'country:CHL'))).toBe(true);
  });
});

describe("resolution, round 32: every government's emergencies ministry", () => {
  it("reads 'Ministry of Emergency Situations' as generic, one per country", () => {
    expect(isGenericName('Ministry of Emergency Situations')).toBe(true);
    expect(isSameReferent(org('Ministry of Emergency Situations', 'country:TJK'), org('Ministry of Emergency Situations', 'country:ARM'))).toBe(false);
    expect(isSameReferent(org('Ministry of Emergency Situations', 'country:TJK'), org('Ministry of Emergency Situations', 'country:TJK'))).toBe(true);
  });
});
