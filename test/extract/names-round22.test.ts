import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 22: honorifics and court styles, Welsh "ap", glued particles, hyphenated given names, saints in surnames, members\' unions', () => {
  it('keeps the honorifics Mama/Papa and German court styles out of the name', () => {
    const f = facts('Mama Odile Mukendi Tshala, a midwife who has run the clinic for a decade, said the roads had improved. Oberrichter Lukas Bachmann-Stocker, who presided, said the case was closed.');
    expect(f.entity('Odile Mukendi Tshala')?.kind).toBe('PERSON');
    expect(f.entity('Lukas Bachmann-Stocker')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /^(?:Mama|Oberrichter) /.test(e))).toBe(false);
  });

  it('keeps the Welsh patronymic "ap" inside a name', () => {
    const f = facts('Dr Gwenllian ap Hywel, a lecturer at a university, said the data were sound.');
    expect(f.entity('Gwenllian ap Hywel')?.kind).toBe('PERSON');
    expect(f.entity('Gwenllian')).toBeUndefined();
  });

  it('keeps a surname with a glued lower-case particle after a hyphen', () => {
    const f = facts('Senator Ailani Tomeing-deLeon said the wells were drying.');
    expect(f.entity('Ailani Tomeing-deLeon')?.kind).toBe('PERSON');
    expect(f.entity('Ailani Tomeing')).toBeUndefined();
  });

  it('reads a hyphenated given name whose second half is a given name after a title "of"', () => {
    const f = facts('Minister of Culture Maarja-Anna Kõrvits told parliament the museum would reopen.');
    expect(f.entity('Maarja-Anna Kõrvits')?.kind).toBe('PERSON');
  });

  it('joins a surname opening with "St." to its person, though a place bears the name', () => {
    const f = facts('Trade Minister Dorian St. Louis told reporters on Monday that exports had risen. "We are ready," St. Louis said.');
    expect(f.entity('Dorian St. Louis')?.kind).toBe('PERSON');
    expect(f.entities()).not.toContain('PLACE:St. Louis');
    expect(f.entity('Dorian St. Louis')?.gazetteerId).toBeUndefined();
  });

  it('joins a hyphenated father\'s surname to the full Spanish name', () => {
    const f = facts('Health Minister Renata Fuentes-Alba Ortúzar opened the clinic. "It was overdue," Fuentes-Alba said.');
    expect(f.entity('Renata Fuentes-Alba Ortúzar')?.kind).toBe('PERSON');
    expect(f.entities()).toEqual(['PERSON:Renata Fuentes-Alba Ortúzar']);
  });

  it("keeps a workers' plural possessive inside its union's name", () => {
    const f = facts("The vote was called by the Latvian Dock Workers' Trade Union on Friday.");
    expect(f.entity("Latvian Dock Workers' Trade Union")?.kind).toBe('ORGANIZATION');
    expect(f.entity('Latvian Dock Workers')).toBeUndefined();
  });

  it('reads a capital possessive in a capitals lead as a possessive', () => {
    const f = facts("FALMOUTH'S Maritime Museum will reopen this spring after repairs.");
    expect(f.entity('Maritime Museum')).toBeDefined();
    expect(f.entities().some((e) => /'S /.test(e))).toBe(false);
  });
});
