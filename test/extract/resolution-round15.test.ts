import { describe, expect, it } from 'vitest';
import { isSameReferent, lookupKeys, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, aliases: string[], country?: string): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases, country });

describe('resolution, round 15', () => {
  it('shortens a body named by its purpose to its head', () => {
    // A generic head ('National Commission') merges only within one country.
    const full = org('National Commission to Eradicate Polio', [], 'country:FJI');
    expect(isSameReferent(full, org('National Commission', [], 'country:PLW'))).toBe(false);
    expect(isSameReferent(full, org('National Commission', [], 'country:FJI'))).toBe(true);
    const fund = org('Pacific Trust to Restore Mangroves', [], 'country:FJI');
    expect(isSameReferent(fund, org('Pacific Trust', [], 'country:PLW'))).toBe(true);
    expect(lookupKeys(fund)).toContain('pacific trust');
  });

  it('reads no purpose into "to" before a place or "the"', () => {
    expect(isSameReferent(org('Permanent Mission to the United Nations', []), org('Permanent Mission', []))).toBe(false);
    expect(isSameReferent(org('Northern Delegation to Benin', [], 'country:TGO'), org('Northern Delegation', [], 'country:GHA'))).toBe(false);
  });
});
