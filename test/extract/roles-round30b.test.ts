import { describe, expect, it } from 'vitest';
import { findRoles } from '../../src/extract/roles';
import type { ResolvedMention } from '../../src/extract/document';
import { facts } from './facts';

/** Round 30 (second wave) role rules, each on invented sentences. */
function mentionIn(text: string) {
  return (surface: string, kind: ResolvedMention['kind'], key: string): ResolvedMention => {
    const start = text.indexOf(surface);
    return { key, kind, sentence: 0, surface, start, end: start + surface.length, possessive: false };
  };
}

describe("roles: 'Occupation Name of the Organisation' with the occupation read apart from the name", () => {
  it('gives the organisation after "of" to a capitalised title opening the sentence', () => {
    const text = 'Historian Maren Holt of the Nordic Maritime Museum said the harbour had been used since the 1600s.';
    const mention = mentionIn(text);
    const person = mention('Maren Holt', 'PERSON', 'maren-holt');
    const museum = mention('Nordic Maritime Museum', 'ORGANIZATION', 'nordic-maritime-museum');
    const roles = findRoles(text, [person, museum], []);
    expect(roles.map((r) => `${r.person} | ${r.title} | ${r.organization ?? '-'}`)).toContain('maren-holt | Historian | nordic-maritime-museum');
  });

  it("keeps a head of government's party out of the post", () => {
    const text = 'Prime Minister Arno Vell of the Harbour Party said the vote would be held in May.';
    const mention = mentionIn(text);
    const person = mention('Arno Vell', 'PERSON', 'arno-vell');
    const party = mention('Harbour Party', 'ORGANIZATION', 'harbour-party');
    const roles = findRoles(text, [person, party], []);
    expect(roles.map((r) => `${r.person} | ${r.title} | ${r.organization ?? '-'}`)).not.toContain('arno-vell | Prime Minister | harbour-party');
  });
});

describe("roles: 'Its' before a capitalised title with its portfolio", () => {
  it('gives the organisation named before to the post', () => {
    const roles = facts('The Coastal Ports Authority said it would review the contracts. Its Director of Human Resources, Mrs. Jane Okafor, said talks would resume in April.').roles();
    expect(roles).toContain('Jane Okafor | Director of Human Resources | Coastal Ports Authority');
  });
});

describe('roles: a science is a post only at an institution', () => {
  it('reads no role from a bare occupation in an appositive', () => {
    const roles = facts('Its leader, Marta Lindqvist, a 38-year-old marine biologist, said the party would govern alone.').roles();
    expect(roles.some((r) => r.includes('biologist'))).toBe(false);
  });

  it('reads no role from a capitalised occupation opening the sentence', () => {
    const roles = facts('Geologist Tomas Brenner said the slope had been unstable for years.').roles();
    expect(roles.some((r) => r.includes('Geologist'))).toBe(false);
  });

  it('keeps the post where an institution is named', () => {
    const roles = facts('Tomas Brenner, a geologist at the University of Tartu, said the slope had been unstable for years.').roles();
    expect(roles).toContain('Tomas Brenner | geologist | University of Tartu');
  });
});

describe('roles: a place before a lower-case plural group owns no post', () => {
  it('gives no owner to a spokesman for a group located by a place', () => {
    const text = 'Piet Dorsman, a spokesman for the Zeeland farming cooperatives near Goes, said the ban was unfair.';
    const mention = mentionIn(text);
    const person = mention('Piet Dorsman', 'PERSON', 'piet-dorsman');
    const zeeland = mention('Zeeland', 'PLACE', 'zeeland');
    const goes = mention('Goes', 'PLACE', 'goes');
    const roles = findRoles(text, [person, zeeland, goes], []);
    expect(roles.map((r) => `${r.person} | ${r.title} | ${r.organization ?? '-'}`)).toContain('piet-dorsman | spokesman | -');
  });

  it('keeps a place that owns an office held for it', () => {
    const text = 'Lena Marsh, the mayor of Goes, said the ban was unfair.';
    const mention = mentionIn(text);
    const person = mention('Lena Marsh', 'PERSON', 'lena-marsh');
    const goes = mention('Goes', 'PLACE', 'goes');
    const roles = findRoles(text, [person, goes], []);
    expect(roles.map((r) => `${r.person} | ${r.title} | ${r.organization ?? '-'}`)).toContain('lena-marsh | mayor | goes');
  });
});

describe("roles: 'Its' opening a sentence means the subject of the sentence before", () => {
  it('prefers the organisation the sentence before opens with to an object named after it', () => {
    const roles = facts('The Harbour Board, for its part, has told the Dockers Guild that it backs the plan in principle. Its Director of Operations, Mr. Kofi Mensah, said a meeting would follow.').roles();
    expect(roles).toContain('Kofi Mensah | Director of Operations | Harbour Board');
  });

  it('keeps an organisation named in a prepositional phrase out of it', () => {
    const roles = facts('The Harbour Board met with the Dockers Guild on Monday. Its spokesman, Kofi Mensah, said talks would go on.').roles();
    expect(roles).toContain('Kofi Mensah | spokesman | Harbour Board');
  });
});
