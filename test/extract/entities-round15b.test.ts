import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 15b: list lines, labels, place short forms, electorates, family names, kinds', () => {
  it('reads names listed with semicolons on a capitalised line, not as a headline', () => {
    const f = facts(
      'Forecasters issued warnings for the north on Monday.\n\nAMBER: Tromsfeld County (Varnby, Oskedal); Lower Hallen County (Prestvik, Oskedal)\nYELLOW: Sorvik County; Brenn District; the upper Osk valley\n\nRoads in Varnby were closed.',
    );
    expect(f.entity('Tromsfeld County')?.kind).toBe('PLACE');
    expect(f.entity('Lower Hallen County')?.kind).toBe('PLACE');
    expect(f.entity('Brenn District')?.kind).toBe('PLACE');
  });

  it('takes no label in capitals opening a line before a colon for a name', () => {
    const f = facts('The claim was checked by our desk.\n\nORANGE: Sarnia Province; Tellen Province\nCLAIMED BY: Odwin Marsh, at a rally\n\nThe claim spread fast.');
    expect(f.entities().some((e) => /Orange|Claimed|Belarus|\bBy\b/i.test(e))).toBe(false);
  });

  it('keeps a dateline in capitals before a colon', () => {
    const f = facts('LAHORE: Heavy rain flooded parts of the city on Monday, officials said.');
    expect(f.entity('Lahore')?.kind).toBe('PLACE');
  });

  it('joins the short forms of a place named with a two-word site head or a landform first', () => {
    const f = facts(
      'Workers at Kelbrook Power Station will keep their jobs, the minister said, and a new pumped hydro scheme will be built at Lake Tarrawin.\n\n"We made a promise to the workers at Kelbrook," she said. The cost of the Tarrawin scheme has doubled.',
    );
    expect(f.entity('Kelbrook')?.name).toBe('Kelbrook Power Station');
    expect(f.entity('Tarrawin')?.name).toBe('Lake Tarrawin');
  });

  it('joins a two-word place and a hyphenated one to their administrative unit', () => {
    const f = facts(
      'The agency warned the Upper Dravin and Kesk-Morava cantons of floods.\n\nThe worst rain will fall on Upper Dravin Canton and Kesk-Morava Canton, it said.',
    );
    expect(f.entity('Upper Dravin')?.name).toBe('Upper Dravin Canton');
    expect(f.entity('Kesk-Morava')?.name).toBe('Kesk-Morava Canton');
  });

  it('keeps a district named like a river apart from the river', () => {
    const f = facts('The Olwenyi River burst its banks, flooding parts of Olwenyi district on Sunday.');
    expect(f.entity('Olwenyi River')?.aliases).not.toContain('Olwenyi');
  });

  it("joins an island's name alone to the island", () => {
    const f = facts('Ferries to Marrow Island were cancelled on Friday. Fishermen in north Marrow, near the harbour, stayed ashore.');
    expect(f.entity('Marrow')?.name).toBe('Marrow Island');
  });

  it('reads an electorate after "member for" and "MP for" as a place, not a portfolio', () => {
    const f = facts(
      'The member for Tallowmere, Grace Ludd, asked about prices. The Speaker ordered the member for Quenby out of the chamber.\n\nNyandoro Kupe, the MP for Zomba City East, said little.\n\nCounty Executive Committee Member for Lands and Housing Dr Peter Waithira spoke.',
    );
    expect(f.entity('Tallowmere')?.kind).toBe('PLACE');
    expect(f.entity('Quenby')?.kind).toBe('PLACE');
    expect(f.entity('Lands')).toBeUndefined();
  });

  it("reads a known town, its part and a compass word as a constituency", () => {
    const f = facts('Chikondi Banda, who represents Mzuzu City North for the party, repeated the figure.');
    expect(f.entity('Mzuzu City North')?.kind).toBe('PLACE');
  });

  it('keeps a given name that is a common word when an appositive gives a post', () => {
    const f = facts('Blessing Chirwa-Tembo spoke first.\n\nPrecious Mkandawire, national coordinator of the Voters Watch Network, said the roll was open.');
    expect(f.entity('Precious Mkandawire')?.kind).toBe('PERSON');
  });

  it('joins a Cantonese family name written first to its person, even where a table knows the word as a town', () => {
    const f = facts(
      'The lead author, PhD candidate Ho Ka-yan, spent 300 days at sea.\n\n"It was hard work," Ho said.\n\nProfessor Martin Chu Siu-fung, who supervised her, was cautious. "It is fragile," Chu said.',
    );
    expect(f.entity('Ho')?.name).toBe('Ho Ka-yan');
    expect(f.entity('Chu')?.name).toBe('Martin Chu Siu-fung');
  });

  it("joins a father's surname a table knows as a town to its person before a speech verb", () => {
    const f = facts('The mayor of Ronda, Andrés Cuenca Villalba, asked for help.\n\nCuenca told reporters that the region would pay half.');
    expect(f.entity('Cuenca')?.name).toBe('Andrés Cuenca Villalba');
  });

  it("takes no place's one-letter word closing a sentence for an initial", () => {
    const f = facts('Most of the trips left on a converted fishing boat from Pak O.\n\nNot everyone in Pak O shares the view.');
    expect(f.entity('Pak O')?.kind).toBe('PLACE');
    expect(f.entities().some((e) => e.startsWith('PERSON'))).toBe(false);
  });

  it('reads an acronym hyphenated to a known place as the body\'s branch', () => {
    const f = facts('ACF-Sierra Leone said the numbers were encouraging.');
    expect(f.entity('ACF-Sierra Leone')?.kind).toBe('ORGANIZATION');
  });

  it('reads a wire label hyphenated to a place as no organisation', () => {
    const f = facts('FACTBOX-Chile: what the lithium deal means\n\nThe deal was signed in Santiago on Monday.');
    expect(f.entity('FACTBOX-Chile')).toBeUndefined();
  });

  it('reads rail operators and railways as organisations', () => {
    const f = facts('In a statement, Kestrel Rail said that trains had run on time.\n\nRailways of the Republic of Ostrava cancelled its trains on Monday.');
    expect(f.entity('Kestrel Rail')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Railways of the Republic of Ostrava')?.kind).toBe('ORGANIZATION');
  });

  it("reads two words after a stop's noun and 'at' as a place", () => {
    const f = facts('Buses will run to the new station at Umm Sharaf from Monday.');
    expect(f.entity('Umm Sharaf')?.kind).toBe('PLACE');
  });

  it('reads the end of a stretch from a named place as a place', () => {
    const f = facts('The line runs from Ruwaisat in the west to Khorsan, and services onward to Khorsan will begin next year.');
    expect(f.entity('Khorsan')?.kind).toBe('PLACE');
  });

  it('joins an acronym that skips one inner word to its full name', () => {
    const f = facts('The Malawi Drugs and Health Products Regulatory Board (MDHRB) recalled the tablets. The MDHRB said more tests were due.');
    expect(f.entity('MDHRB')?.name).toBe('Malawi Drugs and Health Products Regulatory Board');
  });

  it("joins a publication's head noun alone to the publication", () => {
    const f = facts('The Kisumu Herald examined customs records.\n\n"Nothing was done," she told the Herald.');
    expect(f.entity('Herald')?.name).toBe('Kisumu Herald');
    expect(f.entity('Kisumu Herald')?.kind).toBe('ORGANIZATION');
  });

  it('reads a Spanish countryside name opening with Campo as a place', () => {
    const f = facts('Hundreds of workers live in the towns of the Campo de Tarifa and cross every day.');
    expect(f.entity('Campo de Tarifa')?.kind).toBe('PLACE');
  });

  it("splits an organisation's possessive before another organisation's name", () => {
    const f = facts("The Kerala Police's Special Task Force (STF) arrested four people on Sunday.");
    expect(f.entity('Kerala Police')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Special Task Force')?.kind).toBe('ORGANIZATION');
  });

  it('takes a portfolio before a title for part of the title', () => {
    const f = facts("Kerala's Tourism Minister, Anil Varghese, said the state would help.");
    expect(f.entity('Tourism')).toBeUndefined();
    expect(f.entity('Anil Varghese')?.kind).toBe('PERSON');
  });

  it("reads a name whose possessive owns a regional government as a place", () => {
    const f = facts("The Junta de Murcia, Valdoria's regional government, offered to pay half.");
    expect(f.entity('Valdoria')?.kind).toBe('PLACE');
  });

  it('reads a name before a police station as a place', () => {
    const f = facts('He must report to Khubetsoana police station every Monday.');
    expect(f.entity('Khubetsoana')?.kind).toBe('PLACE');
  });

  it("reads a freeport's name with its town as one place", () => {
    const f = facts('The packs arrived at the Freeport of Kaolack in a container from Lomé.');
    expect(f.entity('Freeport of Kaolack')?.kind).toBe('PLACE');
  });

  it('reads a name in a bracketed list beside a place named elsewhere as a place', () => {
    const f = facts('Red warnings: Dravin Canton (Ostrelj, Vukovac).\n\nRescuers worked in Vukovac on Monday.');
    expect(f.entity('Ostrelj')?.kind).toBe('PLACE');
  });

  it("takes a region after 'reported in' for a place, not a journal", () => {
    const f = facts('"Resistance has been reported in Southern Africa, and we had to rule that out," Dlamini said.');
    expect(f.entity('Southern Africa')?.kind).toBe('PLACE');
  });

  it("takes a magistrate's rank for a title, not an organisation", () => {
    const f = facts('Senior Resident Magistrate Palesa Mokoena ordered the accused to surrender his passport.');
    expect(f.entity('Senior Resident Magistrate')).toBeUndefined();
    expect(f.entity('Palesa Mokoena')?.kind).toBe('PERSON');
  });

  it('reads a full name before a school head in an appositive as a person', () => {
    const f = facts('The party is fielding Nimal Kottegoda, a former school principal from Galle, in the by-election.');
    expect(f.entity('Nimal Kottegoda')?.kind).toBe('PERSON');
  });
});
