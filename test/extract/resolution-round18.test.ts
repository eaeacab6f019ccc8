import { describe, expect, it } from 'vitest';
import { isSameReferent, type NamedEntity } from '../../src/extract/referent';

const org = (name: string, aliases: string[] = [], country?: string): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases, country });

describe('resolution, round 18', () => {
  it("reads 'UN' in a body's name as the United Nations", () => {
    const written = org('United Nations Office for Outer Space Affairs', ['UNOOSA'], 'country:AUT');
    expect(isSameReferent(org('UN Office for Outer Space Affairs', ['UNOOSA'], 'country:KEN'), written)).toBe(true);
    expect(isSameReferent(org('U.N. Office for Outer Space Affairs', [], 'country:KEN'), written)).toBe(true);
    // Another UN office is another body.
    expect(isSameReferent(org('UN Office for Project Services', [], 'country:KEN'), written)).toBe(false);
  });

  it("drops a UN body's trailing 'of the United Nations'", () => {
    const long = org('International Fund for Agricultural Development of the United Nations', [], 'country:ITA');
    expect(isSameReferent(org('International Fund for Agricultural Development', ['IFAD'], 'country:MWI'), long)).toBe(true);
    // A generic head left alone merges only within one country.
    expect(isSameReferent(org('Security Council of the United Nations', [], 'country:KEN'), org('Security Council', [], 'country:PHL'))).toBe(false);
  });
});
