import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 32: French streets, head-first places, stage races, company words, riders', () => {
  it("reads a French street's word opening a name as a place", () => {
    const f = facts('Marc Olivier, 52, owner of a bakery on Rue Vauquelin, said the market should stay. The march went down Avenue Foch.');
    expect(f.entity('Rue Vauquelin')?.kind).toBe('PLACE');
    expect(f.entity('Avenue Foch')?.kind).toBe('PLACE');
  });

  it('reads a head-first place word before a particle as a place (square, wall, pass, plateau)', () => {
    const f = facts("The rally ended on Place de la Bastide. Riders climbed the Mur de Tarbes twice. Turbines at the Meseta de Valdoro wind farm stood still.");
    expect(f.entity('Place de la Bastide')?.kind).toBe('PLACE');
    expect(f.entity('Mur de Tarbes')?.kind).toBe('PLACE');
    expect(f.entity('Meseta de Valdoro')?.kind).toBe('PLACE');
  });

  it("drops a stage race's head-first name", () => {
    const f = facts('Amanuel Berhe won the fourth stage of the Tour du Burundi on Friday.');
    expect(f.entity('Tour du Burundi')).toBeUndefined();
    expect(f.entity('Amanuel Berhe')).toBeDefined();
  });

  it("reads a name ending in a garment maker's word as an organisation", () => {
    const f = facts('Workers from Silver Lotus Apparel and Blue Heron Garments walked out on Monday.');
    expect(f.entity('Silver Lotus Apparel')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Blue Heron Garments')?.kind).toBe('ORGANIZATION');
  });

  it('reads a name after a rider as a person', () => {
    const f = facts('Ethiopian rider Tesfaye Gebru Alemu crashed on a wet descent and was taken to hospital, organisers said.');
    expect(f.entity('Tesfaye Gebru Alemu')?.kind).toBe('PERSON');
  });
});
