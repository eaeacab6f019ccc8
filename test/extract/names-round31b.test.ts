import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { findMentions } from '../../src/extract/mentions';
import { splitSentences } from '../../src/extract/sentences';

/** Every mention findMentions() gives in a text, as 'KIND:surface'. */
function mentionsOf(text: string): string[] {
  return splitSentences(text, []).flatMap((s) => findMentions(text, s).map((m) => `${m.kind}:${m.surface}`));
}

describe('names round 31b: results lines, datelines, slashed names, rooms, brackets after a person', () => {
  it("reads a results line opening 'Board N:' as body text, not a Title Case headline", () => {
    const found = mentionsOf('Board 3: GM Halvard Osterberg (Denmark) 1-0 IM Rosalind Ketteridge (Wales)\nThe round ended late.');
    expect(found).toContain('PERSON:Halvard Osterberg');
    expect(found.some((m) => m.endsWith(':Rosalind Ketteridge'))).toBe(true);
  });

  it("keeps no country in brackets after a player's name as the player's acronym", () => {
    const f = facts('In round two GM Halvard Osterberg (Denmark) beat IM Tomasz Wierzbicki (Poland). Osterberg said he was pleased. Denmark has three players left.');
    expect(f.entity('Halvard Osterberg')?.kind).toBe('PERSON');
    expect(f.entity('Denmark')?.kind).toBe('PLACE');
    expect(f.entities().filter((e) => /Denmark/.test(e))).toHaveLength(1);
  });

  it('reads a dateline line (place, comma, full date) as no headline, and a numbered room after a venue as no name', () => {
    const found = mentionsOf('Lugano, 4 May 2031 · Palazzo Vescovile, Meeting Room 2\nThe conference opened with a speech.');
    expect(found).toContain('PLACE:Lugano');
    expect(found.some((m) => m.endsWith(':Palazzo Vescovile'))).toBe(true);
    expect(found.some((m) => /Meeting Room/.test(m))).toBe(false);
  });

  it('keeps a double town name the gazetteer knows written with a slash as one name', () => {
    const found = mentionsOf('The match was played in Frankfurt/Oder on Sunday, and the next one in Halle/Saale.');
    expect(found).toContain('PLACE:Frankfurt/Oder');
    expect(found).toContain('PLACE:Halle/Saale');
    expect(mentionsOf('Talks between Ana/Rui went nowhere.').some((m) => m.includes('/'))).toBe(false);
  });
});
