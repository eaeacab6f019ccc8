import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 17: particles in surnames, districts, home-rule parliaments, lists of places, clubs in ratings lines', () => {
  it('reads a given name, a capitalised surname particle and a surname as a person', () => {
    expect(facts('Gaston Le Brusq had called the ruling a disgrace.').entity('Gaston Le Brusq')?.kind).toBe('PERSON');
    expect(facts('Marco De Santori had asked for a fine of two million euros.').entity('Marco De Santori')?.kind).toBe('PERSON');
  });

  it('reads a name between a compass or size word and a compass word as a district', () => {
    const f = facts('Ousman Ceesay, who represents Lower Kombara East in parliament, welcomed the plan.');
    expect(f.entity('Lower Kombara East')?.kind).toBe('PLACE');
  });

  it('reads a Nordic home-rule parliament by its native name as an organisation', () => {
    expect(facts('The Løgting passed the fishing bill on Monday after a long debate.').entity('Løgting')?.kind).toBe('ORGANIZATION');
  });

  it('reads the name after "mayor of" as a place', () => {
    expect(facts('Ebba Lind, a farmer and former mayor of Vestrby, opposed the plan.').entity('Vestrby')?.kind).toBe('PLACE');
  });

  it('reads a name ending in "Shelf" as a place', () => {
    expect(facts('Squid boats crowd the Varnak Shelf every autumn, the study found.').entity('Varnak Shelf')?.kind).toBe('PLACE');
  });

  it('does not join a question\'s opening auxiliary to the name after it', () => {
    const f = facts('Does Iceland\'s membership change the treaty?');
    expect(f.entity('Does Iceland')).toBeUndefined();
    expect(f.entity('Iceland')?.kind).toBe('PLACE');
  });

  it('reads no place in a people\'s adjective before its noun, nor in a title after "the"', () => {
    expect(facts('Water covered the market on the Marowese bank of the river.').entity('Marowese')).toBeUndefined();
    expect(facts('Readers may write to the Editor with their views on the plan.').entity('Editor')).toBeUndefined();
  });

  it('reads the last of a list of places before "who" as a place, not a person', () => {
    const f = facts('Islanders in Tavey and Lundholm, who rely on the same ferry, pay even more for less.');
    expect(f.entity('Lundholm')?.kind).not.toBe('PERSON');
  });

  it('reads a lone name before a playing position and a player\'s name as his club', () => {
    const f = facts('The visitors led through a header from Dunvale midfielder Sam Korda before the break.');
    expect(f.entity('Dunvale')?.kind).toBe('ORGANIZATION');
  });

  // Names no table knows are dropped before this rule can see them (a coreference matter); towns the gazetteer knows are read as clubs.
  it('reads the town in brackets after a player\'s full name opening a ratings line as his club', () => {
    const text = [
      'Player ratings: the coach rotated the squad and the league leaders still won the match.',
      '',
      'GOALKEEPER',
      'Tomas Vranek (Kladno) – 7. Made two fine saves late on.',
      '',
      'DEFENCE',
      'Petr Holuba (Kladno) – 6. Solid on the right.',
      'Jan Sevcik (Liberec) – 5. Beaten for the goal.',
    ].join('\n');
    const f = facts(text);
    expect(f.entity('Kladno')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Liberec')?.kind).toBe('ORGANIZATION');
    // Outside a sports report the town in brackets stays a place.
    expect(facts('Delegates:\nTomas Vranek (Kladno) – mayor.\nJan Sevcik (Liberec) – council member.').entity('Kladno')?.kind).not.toBe('ORGANIZATION');
  });

  it('reads "Lantråd" before a name as a title', () => {
    const f = facts('Lantråd Sofia Berglund-Ek said the budget would be balanced next year.');
    expect(f.entity('Sofia Berglund-Ek')?.kind).toBe('PERSON');
  });
});
