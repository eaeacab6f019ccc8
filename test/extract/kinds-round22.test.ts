import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 22: lidos and rocks, atolls, governors, species, fields of study, common acronyms, place adjectives, ordinals', () => {
  it('reads a lido named in an appositive and rocks as places', () => {
    const f = facts('The council voted to keep the Marrow Pool, the old sea-water lido on Gullet Rocks that opened in 1931, for another year.');
    expect(f.entity('Marrow Pool')?.kind).toBe('PLACE');
    expect(f.entity('Gullet Rocks')?.kind).toBe('PLACE');
  });

  it('reads islands listed before "atolls" as places', () => {
    const f = facts('The ministry said on Monday that it was flying water to Tarawo and Kemu atolls, where the tanks ran dry.');
    expect(f.entity('Tarawo')?.kind).toBe('PLACE');
    expect(f.entity('Kemu')?.kind).toBe('PLACE');
  });

  it('reads what a governor governs as a place', () => {
    const f = facts('The regional governor of Belvaro, Ignacio Prats Olmedo, said the port would handle the repairs.');
    expect(f.entity('Belvaro')?.kind).toBe('PLACE');
  });

  it('reads a protected area named a natural reserve as a place', () => {
    const f = facts('Wardens said they would add moorings in the Calveri Bay Natural Reserve before the summer.');
    expect(f.entity('Calveri Bay Natural Reserve')?.kind).toBe('PLACE');
  });

  it('reads no entity in a genus before its species epithet', () => {
    const f = facts('Divers counted fewer Zosterella marinensis plants near the harbour, and Zosterella marinensis meadows shrank by a fifth.');
    expect(f.entity('Zosterella')).toBeUndefined();
  });

  it('reads no entity in a field of study after "in"', () => {
    const f = facts('Dr Owain Price, Lecturer in Estuarine Remote Sensing at the institute, said the maps were reliable.');
    expect(f.entity('Estuarine Remote Sensing')).toBeUndefined();
  });

  it('reads no organisation in the acronym of a common noun phrase the article writes', () => {
    const f = facts('Exports of compressed natural gas rose. Buyers of CNG said prices were high, and CNG tankers queued at the port.');
    expect(f.entity('CNG')).toBeUndefined();
    // A clause that only happens to spell the letters keeps the acronym: 'minister said convoys' is no 'MSC'.
    const g = facts('The minister said convoys were moving again. The terminal, run by the MSC group, said it had cut fees.');
    expect(g.entity('MSC')?.kind).toBe('ORGANIZATION');
  });

  it("reads no place in a place's adjective when the article names the place", () => {
    const f = facts('The study mapped Sicily last year. Inspectors fined 40 yachts in Sicilian waters in 2036.');
    expect(f.entity('Sicilian')).toBeUndefined();
    expect(f.entity('Sicily')?.kind).toBe('PLACE');
  });

  it('reads no entity in a run opened by an ordinal', () => {
    const f = facts('The launch came two weeks after the company flew its 12th Vega 4 rocket from the same site.');
    expect(f.entity('12th Vega')).toBeUndefined();
  });
});
