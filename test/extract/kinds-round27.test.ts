import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 27: signatures, hyphenated labels, speakers, bazaars, tunnels', () => {
  it('reads a full name alone on its line over a title line as a person (a signature)', () => {
    const f = facts('The shareholders approved the rights issue.\n\nBy order of the Board\nYaw Asante-Boadu\nCompany Secretary\nKumasi, 4 May 2041\n');
    expect(f.entity('Yaw Asante-Boadu')?.kind).toBe('PERSON');
  });

  it('reads a hyphenated person label before a colon by its first word', () => {
    const f = facts('The inquiry published its findings on Tuesday.\n\nEditor-in-chief: Xiu-Mei Farrow\n');
    expect(f.entity('Xiu-Mei Farrow')?.kind).toBe('PERSON');
  });

  it("reads a full name after 'speaker' as a person", () => {
    const f = facts('Talks open next week, with parliament speaker Hallur Vikgard due to meet party leaders on Monday.');
    expect(f.entity('Hallur Vikgard')?.kind).toBe('PERSON');
  });

  it("reads a name ending in 'Bazaar' as a place", () => {
    const f = facts('Traders at Kerimbek Bazaar said prices had doubled since spring.');
    expect(f.entity('Kerimbek Bazaar')?.kind).toBe('PLACE');
  });

  it("reads a lone name after 'tunnel to' or 'bridge to' as a place", () => {
    const f = facts('People voted on housing and on the tunnel to Vagsoy, he said. The bridge to Morkholm stays shut.');
    expect(f.entity('Vagsoy')?.kind).toBe('PLACE');
    expect(f.entity('Morkholm')?.kind).toBe('PLACE');
  });
});
