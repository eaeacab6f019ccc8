import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 28: rows, barracks, historic areas, time zones, armed groups', () => {
  it("reads a name ending in 'Row' as a place (a street)", () => {
    const f = facts('The bakery on Tanner Row will close in March, the landlord said.');
    expect(f.entity('Tanner Row')?.kind).toBe('PLACE');
  });

  it("reads a name ending in 'Barracks' as a place", () => {
    const f = facts('Soldiers paraded outside Wellesley Barracks on Sunday morning.');
    expect(f.entity('Wellesley Barracks')?.kind).toBe('PLACE');
  });

  it("reads a name ending in 'Historic Area' or 'Historic Site' as a place", () => {
    const f = facts('Visitors to the Bramwell Historic Site rose by a third, and the Tarlow Historic Area reopened.');
    expect(f.entity('Bramwell Historic Site')?.kind).toBe('PLACE');
    expect(f.entity('Tarlow Historic Area')?.kind).toBe('PLACE');
  });

  it('does not read a time zone abbreviation as an entity', () => {
    const f = facts('Kick-off is at 7.30pm (AEDT) in Wollongong, and the draw follows at 9pm AWST.');
    expect(f.entity('AEDT')).toBeUndefined();
    expect(f.entity('AWST')).toBeUndefined();
  });

  it('reads well-known armed groups as organisations in any spelling', () => {
    const f = facts('Al-Shabaab fighters attacked a checkpoint near Baidoa, and officials blamed an al-Qaida cell for a bombing in Mopti.');
    expect(f.entity('Al-Shabaab')?.kind).toBe('ORGANIZATION');
    expect(f.entity('al-Qaida')?.kind).toBe('ORGANIZATION');
  });

  it("does not read a lone name closing a pair after a preposition as the speaker of the verb after it", () => {
    const f = facts('Some residents of Tarvola and Menkivi complained that the road had been closed all day.');
    expect(f.entity('Menkivi')?.kind).not.toBe('PERSON');
  });
});
