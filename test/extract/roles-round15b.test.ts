import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';

/** Round 15 (second roles pass) rules, each on invented sentences. */
describe('roles: title words (round 15b)', () => {
  it('reads the Irish government posts, a school principal and an advocate as title heads', () => {
    expect(isTitleHead('Taoiseach')).toBe(true);
    expect(isTitleHead('Tánaiste')).toBe(true);
    expect(isTitleHead('school principal')).toBe(true);
    expect(isTitleHead('advocate')).toBe(true);
  });

  it('reads "The Taoiseach, <party> leader X" as both posts', () => {
    const roles = facts('The Taoiseach, Labour leader Ciara Boylan, visited the count centre on Saturday.').roles();
    expect(roles).toContain('Ciara Boylan | Taoiseach | -');
    expect(roles).toContain('Ciara Boylan | leader | Labour');
  });

  it('reads "a former school principal from <town>" as the post, no organisation', () => {
    const roles = facts('The party is fielding Ruwan Jayasekera, a former school principal from Matara, in the by-election.').roles();
    expect(roles).toContain('Ruwan Jayasekera | school principal | -');
  });

  it('reads "Senior advocate X" and "Counsel for Y, advocate X"', () => {
    const roles = facts('Senior advocate Kavita Raghunathan, appearing for the petitioners, said the order was welcome. Counsel for Sunrise Builders, advocate Arjun Mehta-Rao, argued the land was not protected.').roles();
    expect(roles).toContain('Kavita Raghunathan | Senior advocate | -');
    expect(roles).toContain('Arjun Mehta-Rao | Counsel | Sunrise Builders');
  });
});

describe('roles: participles that name a post (round 15b)', () => {
  it('keeps "returning" and "presiding" in the title', () => {
    const roles = facts('The result was declared at midnight by the returning officer, Padraig Mulvey. The presiding judge, Helen Achterberg, adjourned the hearing.').roles();
    expect(roles).toContain('Padraig Mulvey | returning officer | -');
    expect(roles).toContain('Helen Achterberg | presiding judge | -');
  });

  it('leaves a passing state out of the title ("the visiting minister")', () => {
    const roles = facts('Talks went on late. The visiting minister, Tom Hale, said little.').roles();
    expect(roles).toContain('Tom Hale | minister | -');
  });
});

describe('roles: Markdown emphasis before a name (round 15b)', () => {
  it('reads "<ACRONYM> chairwoman **X**" like the same words without emphasis', () => {
    const roles = facts('Turnout fell to 31 percent, the National Electoral Commission (NEC) said on Monday.\n\nNEC chairwoman **Anna Kowalski** told reporters that 40 scanners had failed. "Every vote was counted," Kowalski said.').roles();
    expect(roles).toContain('Anna Kowalski | chairwoman | National Electoral Commission');
  });
});

describe('roles: a place possessing a government office (round 15b)', () => {
  it('gives "<Place>\'s Revenue Minister" to the place, not to "<Place> Police" named too', () => {
    const roles = facts("Officers of the Punjab Police arrested four men in Ludhiana on Monday. Punjab's Revenue Minister, Harjit Sandhu, said the land code would change.").roles();
    expect(roles).toContain('Harjit Sandhu | Revenue Minister | Punjab');
  });
});
