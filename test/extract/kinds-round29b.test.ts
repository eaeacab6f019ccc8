import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 29b: capitalised title openings, Malay place heads, sports grounds, Spanish compass provinces', () => {
  it("reads the name after an opening 'The <Capitalised Title>,' as a person", () => {
    const f = facts('The hearing lasted three days. The Procurator Fiscal, Morven Achterlie, appeared for the Crown.');
    expect(f.entity('Morven Achterlie')?.kind).toBe('PERSON');
    expect(f.entity('Procurator Fiscal')).toBeUndefined();
  });

  it("reads a name opened by a Malay place head ('Tanjung', 'Bukit', 'Sungai') as a place", () => {
    const f = facts('Residents of Tanjung Merawi and Bukit Selangit complained that buses to Sungai Lembayan were late.');
    expect(f.entity('Tanjung Merawi')?.kind).toBe('PLACE');
    expect(f.entity('Bukit Selangit')?.kind).toBe('PLACE');
    expect(f.entity('Sungai Lembayan')?.kind).toBe('PLACE');
  });

  it("reads a name ending in 'Cricket Ground' as a place", () => {
    const f = facts('The final will be played at the Harlow Vale University International Cricket Ground on Sunday.');
    expect(f.entity('Harlow Vale University International Cricket Ground')?.kind).toBe('PLACE');
  });

  it("reads a name ending in 'del Sur' or 'del Norte' as a place", () => {
    const f = facts('Heavy rain was forecast over Marabanga del Sur and Tolucay del Norte until Friday, the weather bureau said.');
    expect(f.entity('Marabanga del Sur')?.kind).toBe('PLACE');
    expect(f.entity('Tolucay del Norte')?.kind).toBe('PLACE');
  });
});
