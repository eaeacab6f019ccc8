import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 30: headlands, gates, ranges, resorts, saints\' churches, hyphenated given names, dotted honorifics', () => {
  it("reads a name ending in 'Point' as a place (a headland)", () => {
    const f = facts('The hotel at Marrow Point is being extended to the shore.');
    expect(f.entity('Marrow Point')?.kind).toBe('PLACE');
  });

  it("reads a name ending in 'Gate' as a place (a gate of a port or a city)", () => {
    const f = facts('The stewards told members at the Harlow Gate that no driver should sign a new contract.');
    expect(f.entity('Harlow Gate')?.kind).toBe('PLACE');
  });

  it("reads a company named '... Resorts' as an organisation", () => {
    const f = facts('A response from Sandrel Bay Resorts arrived on Friday.');
    expect(f.entity('Sandrel Bay Resorts')?.kind).toBe('ORGANIZATION');
  });

  it("reads names before 'ranges' as places", () => {
    const f = facts('The agency was monitoring lakes in the Vorrak and Ulda Tesh ranges.');
    expect(f.entity('Ulda Tesh')?.kind).toBe('PLACE');
  });

  it("reads a church named after a saint as a place, a church as a body stays an organisation", () => {
    const f = facts('The bishop spoke at the final Mass in the Church of Saint-Mewen on Sunday.');
    expect(f.entity('Church of Saint-Mewen')?.kind).toBe('PLACE');
    const g = facts('The Church of Scotland said it would sell the hall.');
    expect(g.entity('Church of Scotland')?.kind).toBe('ORGANIZATION');
  });

  it('reads a hyphenated given name, a capitalised particle and a surname as a person', () => {
    const f = facts('Marie-Claude Le Kerneau, a baker whose shop faces the square, said the crowds were welcome.');
    expect(f.entity('Marie-Claude Le Kerneau')?.kind).toBe('PERSON');
  });

  it('reads a Turkish name whose middle given name is also an ordinary word as a person', () => {
    const f = facts('The board fined Serkan Can Yıldızoğlu (Rizespor) for the foul.');
    expect(f.entity('Serkan Can Yıldızoğlu')?.kind).toBe('PERSON');
  });

  it("reads a full name after the dotted 'Sis.' or 'Bro.' of a union's style as a person", () => {
    const f = facts('At the rally Sis. Efuah Dede Kwarteng told members to stay calm.');
    expect(f.entity('Efuah Dede Kwarteng')?.kind).toBe('PERSON');
  });
});
