import { describe, expect, it } from 'vitest';
import { findRoles } from '../../src/extract/roles';
import type { ResolvedMention } from '../../src/extract/document';
import { facts } from './facts';

/** Round 30 role rules, each on invented sentences. */
describe('roles: a conjunction opening the sentence before a description', () => {
  it('leaves "But" out of the title read before a name', () => {
    const roles = facts('But the chairman of the Ferry Owners Association, Tomas Ekberg, said the ban would hurt.').roles();
    expect(roles).toContain('Tomas Ekberg | chairman | Ferry Owners Association');
  });

  it('leaves "And" out of the title read before a name', () => {
    const roles = facts('And the head of the Pilots Guild, Mara Voss, agreed with the plan.').roles();
    expect(roles).toContain('Mara Voss | head | Pilots Guild');
  });
});

describe('roles: an organisation or a place between a capitalised title and the name (agency style)', () => {
  it('reads an acronym after the title as the owner', () => {
    const roles = facts('The National Flood Authority (NFA) issued a warning on Monday. Director General NFA Imran Qadir Shah told reporters the dam was safe.').roles();
    expect(roles).toContain('Imran Qadir Shah | Director General | National Flood Authority');
  });

  it('reads a place after the title as the owner', () => {
    const text = 'Deputy Commissioner Skardu Amina Rizvi visited the camps.';
    const mention = (surface: string, kind: ResolvedMention['kind'], key: string): ResolvedMention => {
      const start = text.indexOf(surface);
      return { key, kind, sentence: 0, surface, start, end: start + surface.length, possessive: false };
    };
    const place = mention('Skardu', 'PLACE', 'skardu');
    const person = mention('Amina Rizvi', 'PERSON', 'amina-rizvi');
    const roles = findRoles(text, [place, person], [{ key: person.key, start: person.start, end: person.end, title: { start: 0, end: 'Deputy Commissioner'.length, text: 'Deputy Commissioner' } }]);
    expect(roles.map((r) => `${r.person} | ${r.title} | ${r.organization ?? '-'}`)).toContain('amina-rizvi | Deputy Commissioner | skardu');
  });

  it('takes no owner when nothing is written between the title and the name', () => {
    const roles = facts('Director General Imran Qadir Shah told reporters the dam was safe.').roles();
    expect(roles).toContain('Imran Qadir Shah | Director General | -');
  });
});

describe('roles: an administrative noun between a place and a one-word office', () => {
  it('leaves "County" out of the title and gives the place the post', () => {
    const roles = facts('Floods hit Kilifi on Monday. Kilifi County Governor Amina Wanjiru Otieno said the county would buy boats.').roles();
    expect(roles).toContain('Amina Wanjiru Otieno | Governor | Kilifi');
  });

  it('keeps an adjective of level in the title', () => {
    const roles = facts('Drought hit Karas on Monday. Karas Regional Governor Petrina Haingura said water would be trucked in.').roles();
    expect(roles).toContain('Petrina Haingura | Regional Governor | Karas');
  });
});
