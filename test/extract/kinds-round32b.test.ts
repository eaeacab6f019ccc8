import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 32b: regions before their posts, vox-pop squares, languages, peoples, worship buildings, houses, lists', () => {
  it("keeps a region whose only organisation's cue is its possessive before a minister's post a place", () => {
    const f = facts("Valdoria's Minister of Water and Roads, Ana Prieto Gómez, said the pipeline was late. Settlers arrived in Valdoria in 1870. Valdoria grows most of the country's wheat.");
    expect(f.entity('Valdoria')?.kind).toBe('PLACE');
  });

  it("reads a square after a vox-pop speaker's occupation as a place, not a titled person", () => {
    const f = facts('Jean-Luc Etcheberry, 61, retired customs officer, Place du Général Leclerc\n\n"We need the ferry more than the runway," he said.');
    expect(f.entity('Place du Général Leclerc')?.kind).toBe('PLACE');
  });

  it("drops a language's name that world-countries lists", () => {
    const f = facts('"The land is ours," Tomas Kalsakau said in Bislama. The radio broadcast in Kinyarwanda every evening.');
    expect(f.entity('Bislama')).toBeUndefined();
    expect(f.entity('Kinyarwanda')).toBeUndefined();
    expect(f.entity('Tomas Kalsakau')?.kind).toBe('PERSON');
  });

  it("reads no lost-apostrophe possessive in a people's plural after 'the' or before 'of'", () => {
    const f = facts('"The Basques of this valley built the harbour," said Ramon Ibarrola.');
    expect(f.entity('Basques')).toBeUndefined();
  });

  it("reads a worship building's noun before 'of' as a place", () => {
    const f = facts('Pilgrims filled the Old Cathedral of Valdoria. Tourists also visit the Temple of Artemis and the Great Mosque of Kalinde.');
    expect(f.entity('Old Cathedral of Valdoria')?.kind).toBe('PLACE');
    expect(f.entity('Temple of Artemis')?.kind).toBe('PLACE');
    expect(f.entity('Great Mosque of Kalinde')?.kind).toBe('PLACE');
  });

  it("reads 'House of' and a capitalised word as a body", () => {
    const f = facts('The Great House of Veldria sent a delegation. The bill went to the House of Elders on Monday.');
    expect(f.entity('Great House of Veldria')?.kind).toBe('ORGANIZATION');
    expect(f.entity('House of Elders')?.kind).toBe('ORGANIZATION');
  });

  it("reads a place-worded name before an electoral list's noun as the list, a body", () => {
    const f = facts('The Silver Lakes list, founded last spring, took three of the seven seats.');
    expect(f.entity('Silver Lakes')?.kind).toBe('ORGANIZATION');
  });
});
