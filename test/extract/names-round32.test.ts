import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 32: styles before a name', () => {
  it('leaves a clerical style and "Ter" out of the name', () => {
    const f = facts('The Director of the Pilgrims Office, Archimandrite Ter Garegin Manukyan-Sahakyan, told reporters the hall was full.');
    expect(f.entity('Garegin Manukyan-Sahakyan')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => e.includes('Archimandrite'))).toBe(false);
  });

  it('reads a regnal name after "His Holiness" and a patriarchal style', () => {
    const f = facts('His Holiness Ignatius IV presided, assisted by Patriarch Severin II of Tyrnavo and more than 20 bishops.');
    expect(f.entity('Ignatius IV')?.kind).toBe('PERSON');
    expect(f.entity('Severin II')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => e.includes('Holiness'))).toBe(false);
  });

  it('names no one by a style alone', () => {
    const f = facts('Speaking after the rite, the Catholicos said the oil united the faithful. Dunmore Hospital treated two visitors.');
    expect(f.entities().some((e) => e.includes('Catholicos'))).toBe(false);
  });

  it('reads pastors, prefects and Fijian chiefs after their style', () => {
    const f = facts('Pastor Tavita Siope Lealaiauloto led the prayer. Prefect Hélène Marcadier opened the road. Ratu Josaia Vakalalabure spoke for the district.');
    // The boundary is this rule's; the kind of three unknown words is the kinds rules' to read.
    expect(f.entity('Tavita Siope Lealaiauloto')).toBeDefined();
    expect(f.entities().some((e) => e.includes('Pastor'))).toBe(false);
    expect(f.entity('Hélène Marcadier')?.kind).toBe('PERSON');
    expect(f.entity('Josaia Vakalalabure')?.kind).toBe('PERSON');
  });

  it('keeps a word that opens a longer title with its title', () => {
    const f = facts('Municipal Chief Executive Abena Owusu-Mensah said the traders would move on Monday.');
    expect(f.entity('Abena Owusu-Mensah')?.kind).toBe('PERSON');
  });
});
