import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 20: honorifics and ranks before names, abbreviated given names, bodies "on the", dependent governments, state short forms', () => {
  it("strips a Tetum honorific ('Mana', 'Maun') before a full name holding a particle", () => {
    const f = facts('Mana Juliana da Cruz, a farmer from the hills, said the road was closed. Maun Tomas Belo agreed.');
    expect(f.entity('Juliana da Cruz')?.kind).toBe('PERSON');
    expect(f.entity('Mana Juliana da Cruz')).toBeUndefined();
    expect(f.entity('Tomas Belo')?.kind).toBe('PERSON');
  });

  it('keeps a rank no title phrase holds out of the name before a given name, and keeps it as a role', () => {
    const f = facts('Commodore Helena Ruiz-Marsh, commander of the coast guard, said the boat sank.');
    expect(f.entity('Helena Ruiz-Marsh')?.kind).toBe('PERSON');
    expect(f.entity('Commodore Helena Ruiz-Marsh')).toBeUndefined();
    expect(f.roles()).toContain('Helena Ruiz-Marsh | Commodore | -');
    expect(facts('Major League Soccer said the match was off.').entity('League Soccer')).toBeUndefined();
  });

  it("keeps the abbreviated given name 'Md.' in a name, not a state's abbreviation before a common word", () => {
    const f = facts('The bridge was opened by Md. Rafiqul Hasan Talukder on Sunday.');
    expect(f.entity('Md. Rafiqul Hasan Talukder')).toBeDefined();
    expect(f.entity('Md')).toBeUndefined();
    expect(f.entity('Rafiqul Hasan Talukder')?.name).not.toBe('Rafiqul Hasan Talukder');
    const g = facts('The storm hit Rockville, Md. Officials closed the schools.');
    expect(g.entities().some((e) => e.includes('Md. Officials'))).toBe(false);
  });

  it("keeps 'on the' and its subject in a body's name, as an organisation", () => {
    const f = facts('The Joint Permanent Commission on the Zambezi Basin said the dam would be ready in 2040.');
    expect(f.entity('Joint Permanent Commission on the Zambezi Basin')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Joint Permanent Commission')).toBeUndefined();
  });

  it("keeps 'Government of' a dependent territory as an organisation, and a sovereign state's as the state", () => {
    const f = facts('The Government of Guernsey said the cost would rise. The Government of Belize appealed.');
    expect(f.entity('Government of Guernsey')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Government of Belize')).toBeUndefined();
    expect(f.entity('Belize')?.kind).toBe('PLACE');
  });

  it("joins a state body's short form to its full name opened by 'Royal' and the country", () => {
    const f = facts('Sailors of the Royal Tongan Navy Command rescued them. A Navy Command boat towed the yacht.');
    expect(f.entity('Royal Tongan Navy Command')?.aliases).toContain('Navy Command');
  });
});
