import { describe, expect, it } from 'vitest';
import { isAbbreviation } from '../../src/extract/abbreviation';
import { facts } from './facts';

describe('entities round 9: party initials, plural possessives, regional demonyms, Markdown emphasis', () => {
  it('reads an honorific inside Markdown emphasis as an abbreviation', () => {
    expect(isAbbreviation('**Dr')).toBe(true);
    expect(isAbbreviation('_Mr')).toBe(true);
    const f = facts('"The quay is ready," said **Dr. Liesel Marianne Oberholz**, head of operations at Nordkai Logistik.');
    expect(f.entity('Liesel Marianne Oberholz')?.kind).toBe('PERSON');
  });

  it("joins a candidate's bracketed party initials to the party, not to the candidate", () => {
    const f = facts(
      'First count: Breathnach (LP) 7,110; Dunleavy (GA) 6,402.\n\n' +
        "The Green Alliance's Orla Dunleavy and the Labour People's Breathnach were level. " +
        'Green Alliance officials said the count would go on. Labour People voters turned out in numbers.\n',
    );
    const party = f.entity('Green Alliance');
    expect(party?.kind).toBe('ORGANIZATION');
    expect(party?.aliases).toContain('GA');
    expect(f.entity('Dunleavy')?.aliases ?? []).not.toContain('GA');
  });

  it('does not read a bare two-letter country code in brackets as a place cue', () => {
    const f = facts('Tallies put Ferriter (SD) ahead. Ferriter said the vote was close.');
    expect(f.entity('Ferriter')?.kind).not.toBe('PLACE');
  });

  it('splits a plural possessive before a full name', () => {
    const f = facts("Early tallies favour the Liberal Democrats' Siobhra Ní Cheallaigh in the ward.");
    expect(f.entity("Liberal Democrats' Siobhra Ní Cheallaigh")).toBeUndefined();
    expect(f.entity('Siobhra Ní Cheallaigh')?.kind).toBe('PERSON');
  });

  it('keeps a plural possessive inside an organisation name', () => {
    const f = facts("The Farmers' Union said prices had fallen.");
    expect(f.entity("Farmers' Union")?.kind).toBe('ORGANIZATION');
  });

  it('reads legislators\' post-nominal titles (TD, MEP, MLA) as titles', () => {
    const f = facts('The seat fell vacant after the resignation of Green Alliance TD Declan Furlong last spring.');
    expect(f.entity('Declan Furlong')?.kind).toBe('PERSON');
    expect(f.entity('Green Alliance TD Declan Furlong')).toBeUndefined();
    const g = facts('She became the party\'s first MEP in the region.');
    expect(g.entities().some((e) => e.endsWith(':MEP'))).toBe(false);
  });

  it("drops a region's demonym before a title", () => {
    const f = facts('Bavarian Premier Hannelore Steinacker said the river had peaked.');
    expect(f.entity('Bavarian')).toBeUndefined();
    expect(f.entity('Hannelore Steinacker')?.kind).toBe('PERSON');
  });

  it('keeps a demonym before "Force" in the force\'s name', () => {
    const f = facts('The premier asked for help from the Canadian Armed Force and the Kenyan Defence Force.');
    expect(f.entity('Kenyan Defence Force')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Defence Force')).toBeUndefined();
  });

  it('reads the names after "residents of" as places', () => {
    const f = facts('The mayor urged residents of Kelvindale and Brackenhurst to leave before dark.');
    expect(f.entity('Kelvindale')?.kind).toBe('PLACE');
    expect(f.entity('Brackenhurst')?.kind).toBe('PLACE');
  });

  it('reads a lone name after "told the" as a news outlet', () => {
    const f = facts('"We were not warned," she told the Courier. Her neighbour agreed.');
    expect(f.entity('Courier')?.kind).toBe('ORGANIZATION');
  });

  it('reads no name into a currency glued to an amount', () => {
    const f = facts('A sack sold for Rs4,500 in Lahore, up from Rs2,800 in May.');
    expect(f.entity('Rs2')).toBeUndefined();
    expect(f.entity('Rs4')).toBeUndefined();
  });

  it('reads no entity into a lone capitalised "Government" or a heritage designation', () => {
    const f = facts('He blamed "a Government that has stopped listening" for the result. The old fort is a World Heritage site.');
    expect(f.entity('Government')).toBeUndefined();
    expect(f.entity('World Heritage')).toBeUndefined();
  });

  it('reads common acronyms (NGO, IPO) as no names', () => {
    const f = facts('Verdant Path, the forestry NGO that filed the complaint, welcomed the ruling ahead of its IPO.');
    expect(f.entity('NGO')).toBeUndefined();
    expect(f.entity('IPO')).toBeUndefined();
  });

  it('passes a place kind along a list from its firm first name', () => {
    const f = facts('Frost hit farms in Nakuru, Kiptagich and Ol Moran Kesses last week.');
    expect(f.entity('Ol Moran Kesses')?.kind).toBe('PLACE');
  });

  it('ends a title at a given name, not at a word the article writes in lower case', () => {
    const f = facts(
      'Commissioner of Coastal Heritage Teresa Vella Bonnici told the court the wall had cracked. The coastal heritage office said little.',
    );
    expect(f.entity('Teresa Vella Bonnici')?.kind).toBe('PERSON');
    expect(f.entity('Heritage Teresa Vella Bonnici')).toBeUndefined();
  });

  it('reads a superintendence as an organisation', () => {
    const f = facts('The Superintendence of Coastal Parks said the works had no permit.');
    expect(f.entity('Superintendence of Coastal Parks')?.kind).toBe('ORGANIZATION');
  });

  it('keeps a word, "of" and its own plural as one name', () => {
    const f = facts('Pilgrims may not enter the Holy of Holies of the old shrine at Karnavos.');
    expect(f.entity('Holy of Holies')?.kind).toBe('PLACE');
    expect(f.entity('Holy')).toBeUndefined();
  });

  it('reads the words before an abbreviated title as its organisation when the article names them elsewhere', () => {
    const f = facts('The seat fell vacant after Clann Tuaithe TD Declan Furlong resigned. Clann Tuaithe officials said it would run a candidate.');
    expect(f.entity('Declan Furlong')?.kind).toBe('PERSON');
    expect(f.entity('Clann Tuaithe')?.kind).toBe('ORGANIZATION');
  });
});
