import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 23: sellers\' homes, ages, label lines, described speakers, languages, passages and lands', () => {
  it('reads the lone name after a seller\'s name in a price line as the seller\'s home', () => {
    const f = facts('Texel cross: £412 from Morag Balfour, Quoyness; £398 from P. Linay, Skelwick, bought by a local dealer.');
    expect(f.entity('Quoyness')?.kind).toBe('PLACE');
    expect(f.entity('Skelwick')?.kind).toBe('PLACE');
  });

  it('reads a full name given an age as a person even after a business noun', () => {
    const f = facts('Outside the depot, crane operator Tiemoko Sanou Diallo, 41, said he had not been paid since March.');
    expect(f.entity('Tiemoko Sanou Diallo')?.kind).toBe('PERSON');
  });

  it('reads a full name after a person\'s label and a colon as a person', () => {
    const f = facts('Kick-off is at 5pm.\n\nReferee: Tarik Bel Haddou\n');
    expect(f.entity('Tarik Bel Haddou')?.kind).toBe('PERSON');
  });

  it('reads a full name described with two capitalised words before "who" as a person', () => {
    const f = facts('Aslak Vuolab, a North Sámi poet who left the board in 2030, said the vote was fair.');
    expect(f.entity('Aslak Vuolab')?.kind).toBe('PERSON');
  });

  it('reads a language spoken or used at home as no entity', () => {
    const f = facts('Most families in the valley use Ladinish at home, and nurses there must speak Ladinish to get a post.');
    expect(f.entity('Ladinish')).toBeUndefined();
  });

  it('reads a passage and a land as places', () => {
    const f = facts('The canoe crossed the Morvenne Passage, and the storm weakened over Kerrabee Land on Friday.');
    expect(f.entity('Morvenne Passage')?.kind).toBe('PLACE');
    expect(f.entity('Kerrabee Land')?.kind).toBe('PLACE');
  });
});
