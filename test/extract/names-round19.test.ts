import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe("names round 19: 'against' in names, national bodies, members' lists, language names, places after 'the'", () => {
  it("keeps 'and the Fight against X' in a ministry's name and 'against ... in ...' in an office's", () => {
    const f = facts('The Ministry of Water and the Fight against Cholera said 14 wells were closed. The Regional Bureau for the Struggle against Smuggling in Protected Species (BRLC) opened a file.');
    expect(f.entity('Ministry of Water and the Fight against Cholera')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Regional Bureau for the Struggle against Smuggling in Protected Species')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Fight')).toBeUndefined();
    expect(f.entity('Ministry of Water')).toBeUndefined();
  });

  it("does not join a case's 'against' to the body that brought it", () => {
    const f = facts('A case brought by the Ministry of Justice against Tolvane Holdings failed last year.');
    expect(f.entity('Ministry of Justice')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Tolvane Holdings')?.kind).toBe('ORGANIZATION');
  });

  it("splits a national agency named with its country from the unit it owns, and keeps 'Nouns and Nouns Country' whole", () => {
    const f = facts("Dr. Lena Quist, a chemist at Forestry and Timber Norway's Bergen Wood Research Institute, said the samples were clean.");
    expect(f.entity('Forestry and Timber Norway')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Bergen Wood Research Institute')?.kind).toBe('ORGANIZATION');
    expect(f.roles()).toContain('Lena Quist | chemist | Bergen Wood Research Institute');
  });

  it('keeps a domain noun and a country opening a sentence as an agency', () => {
    const f = facts('Tourism Norway is due to publish its figures in May. Despite Norway, prices rose.');
    expect(f.entity('Tourism Norway')?.kind).toBe('ORGANIZATION');
    expect(f.entities()).not.toContain('ORGANIZATION:Despite Norway');
  });

  it("keeps the article of a country's name that opens a sentence ('El Salvador'), not one the name is known without", () => {
    const f = facts("El Salvador's Ministry of Tourism said visitors rose. The Netherlands agreed.");
    expect(f.entity('El Salvador')?.kind).toBe('PLACE');
    expect(f.entity('Salvador')).toBeUndefined();
    expect(f.entity('Netherlands')?.kind).toBe('PLACE');
  });

  it('splits a list of two names closed by a place noun after a comma, and keeps a demonym before one common word', () => {
    const f = facts('The closed sites include Danish Point, Red Shoulder and Turtle Lagoon, the agency said.');
    expect(f.entity('Danish Point')?.kind).toBe('PLACE');
    expect(f.entity('Red Shoulder')?.kind).toBe('PLACE');
    expect(f.entity('Turtle Lagoon')?.kind).toBe('PLACE');
    expect(f.entity('Red Shoulder and Turtle Lagoon')).toBeUndefined();
  });

  it("keeps a union named by a list of trades whole", () => {
    const f = facts('In Mackay, the Dock, Crane and Tug Union (DCTU) said its members would not cross picket lines. The Lorne Nurses, Midwives and Carers Federation agreed.');
    expect(f.entity('Dock, Crane and Tug Union')?.aliases).toContain('DCTU');
    expect(f.entity('Lorne Nurses, Midwives and Carers Federation')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Dock')).toBeUndefined();
    expect(f.entity('Crane')).toBeUndefined();
  });

  it("reads a caption's '(Supplied: X)' credit as naming nobody", () => {
    const f = facts('[Image] Pickets at the gate on Monday. (Supplied: Harbour and Rail Workers Guild)\n\nThe strike began on Monday.');
    expect(f.entities().some((e) => /Guild|Harbour|Workers/.test(e))).toBe(false);
  });

  it("reads 'Name — title, Company' lines as a person and the employer", () => {
    const f = facts('Also moving:\n• Tomasz Wielgosz — chief risk officer, Bank Orlen Plus\n• Hana Kovarik — head of treasury, Veltrocorp\n\nSend us your news.');
    expect(f.entity('Tomasz Wielgosz')?.kind).toBe('PERSON');
    expect(f.entity('Bank Orlen Plus')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Veltrocorp')?.kind).toBe('ORGANIZATION');
  });

  it("makes a name given 'known in <Language> as' an alias of the named place, whatever its own words guessed", () => {
    const f = facts("Divers love Mirror Lagoon. Mirror Lagoon, known in Samoan as Vai Tulua'i, was closed in 2020.");
    const lagoon = f.entity('Mirror Lagoon');
    expect(lagoon?.name).toBe('Mirror Lagoon');
    expect(lagoon?.aliases).toContain("Vai Tulua'i");
    expect(f.article.entities.filter((e) => e.aliases.includes("Vai Tulua'i"))).toHaveLength(1);
  });

  it('keeps a portfolio word before Commissioner in the title', () => {
    const f = facts("Yukon's Languages Commissioner, Maren Oshoak, said the delay was serious.");
    expect(f.entity('Languages')).toBeUndefined();
    expect(f.entity('Maren Oshoak')?.kind).toBe('PERSON');
  });

  it('reads a seven- or eight-letter word in capitals inside a line as an acronym, not a label opening the line', () => {
    const f = facts('Anna Lupu, director of the grid operator, told BALTPRES that tests were done.\n\nVOTERS: 1,200\n\nCARRIED unanimously.');
    expect(f.entity('BALTPRES')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Carried')).toBeUndefined();
  });

  it("keeps a region written after 'in the' apart from an organisation named after it", () => {
    const f = facts('Exports fell, according to the Kimberley Ports Authority. Most ore from the Kimberley goes to Japan, and mines in the Kimberley are busy.');
    expect(f.entity('Kimberley Ports Authority')?.aliases).not.toContain('Kimberley');
    expect(f.entity('Kimberley')?.kind).toBe('PLACE');
  });
});

describe('names round 19: towns named like a government level', () => {
  it("reads 'Federal' before a title as the post's level, not a town", () => {
    const f = facts('Federal Fisheries Minister Dana Okoro said in a statement that the quota would stay.');
    expect(f.entities()).toEqual(['PERSON:Dana Okoro']);
    expect(f.roles()).toContain('Dana Okoro | Federal Fisheries Minister | -');
  });
});
