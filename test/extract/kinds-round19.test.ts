import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 19: airlines, brands, banks, people-moves lines, terminals, Dutch saints, languages, electorates, party acronyms', () => {
  it('reads "X Air" and a plural "-ies" of an organisation word ("Energies") as organisations, also after "Gulf"', () => {
    const f = facts('Falcon Ridge Air said on Monday it would buy six jets. Tarmo Energies said it would supply the fuel.');
    expect(f.entity('Falcon Ridge Air')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Tarmo Energies')?.kind).toBe('ORGANIZATION');
    expect(facts('The deal was agreed with Gulf Marivane, a shipping firm, on Monday.').entity('Gulf Marivane')?.kind).not.toBe('PLACE');
    expect(facts('Tankers crossed the Gulf of Oreva on Monday.').entity('Gulf of Oreva')?.kind).toBe('PLACE');
  });

  it('reads a name with a brand word (a capital inside) as an organisation, not a person or a place', () => {
    const f = facts('Omar Sadiq Hallaj — general counsel, Qamar PayHub Bay');
    expect(f.entity('Qamar PayHub Bay')?.kind).toBe('ORGANIZATION');
    expect(facts('Fiona McTavish-Rowe said the plan was late.').entity('Fiona McTavish-Rowe')?.kind).toBe('PERSON');
  });

  it('reads "Bank" and an acronym, and a one-word name ending in "corp" or "bank", as organisations', () => {
    const f = facts('Leila Haddad Mansour — chief risk officer, Bank XQF\nYusuf Karim Nasser — head of investor relations, Marvelcorp');
    expect(f.entity('Bank XQF')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Marvelcorp')?.kind).toBe('ORGANIZATION');
  });

  it('reads a full name before a dash and a post as a person', () => {
    expect(facts('• Anjali Rao-Fernandes — general counsel, the Tarnow Group').entity("Anjali Rao-Fernandes")?.kind).toBe('PERSON');
  });

  it('reads a name after a firm noun in the possessive as no firm, and a name before "terminal" or "causeway" as a place', () => {
    const f = facts("Fuel leaked from a pipe at the company's Korvenbaai terminal, the court heard. Traffic on the Hamaru Causeway was stopped.");
    expect(f.entity('Korvenbaai')?.kind).toBe('PLACE');
    expect(f.entity('Hamaru Causeway')?.kind).toBe('PLACE');
  });

  it('reads Dutch "Sint" and French "Hôtel" opening a name as places', () => {
    expect(facts('Most of the fishermen came from Sint Reinout, the lawyer said.').entity('Sint Reinout')?.kind).toBe('PLACE');
    expect(facts('The sale at the Hôtel Varenne made €2 million, the auction house said.').entity('Hôtel Varenne')?.kind).toBe('PLACE');
  });

  it('reads two words closing a list after a place preposition, and a name before a repeated preposition, as places', () => {
    expect(facts('Counts in fields near Oakvale and Eagle Rest reached 60 insects.').entity('Eagle Rest')?.kind).toBe('PLACE');
    expect(facts('"Our graduates go to Tulimaq, to Ottawa, to university," she said.').entity('Tulimaq')?.kind).toBe('PLACE');
    expect(facts('Families evacuated to Marowe after the flood, police said.').entity('Marowe')?.kind).toBe('PLACE');
  });

  it('does not read a name after "thanks go to" as a place', () => {
    expect(facts('Special thanks go to Harbour Water, which lent us two vans for the day.').entity('Harbour Water')?.kind).not.toBe('PLACE');
  });

  it('reads a name the article also writes as "X-language" or "X, spoken in" as a language (no entity)', () => {
    const f = facts('Schools must teach in Qalunaaq by 2040. The territory needs 400 more Qalunaaq-speaking teachers. Classes are also held in Tuvaaqtun, spoken in the west.');
    expect(f.entity('Qalunaaq')).toBeUndefined();
    expect(f.entity('Tuvaaqtun')).toBeUndefined();
  });

  it('reads a one-word name the article also names as an MLA\'s electorate as a place', () => {
    const f = facts('The MLA for Kangiqtuk, Jonah Pittiuq, said the delay was unfair. She is not related to the Kangiqtuk MLA, she said.');
    expect(f.entity('Kangiqtuk')?.kind).toBe('PLACE');
  });

  it('reads a dateline word in capitals as the place the article also writes in normal case', () => {
    const f = facts('Reef closed\n\nTORVANIQ — Rangers closed the reef on Monday. A dive shop owner in Torvaniq said bookings fell.');
    expect(f.entity('Torvaniq')?.kind).toBe('PLACE');
  });

  it('reads a two-letter code in brackets after a name as the name\'s acronym, not a country', () => {
    const f = facts('Veritat Endavant (VE) — 13.9\n\nVeritat Endavant president Sergi Pujol Roca called the result the best ever.');
    expect(f.entity('Veritat Endavant')?.kind).toBe('ORGANIZATION');
  });

  it("reads a town's name the gazetteer knows as an organisation when only a spokesman's possessive follows it and no place cue", () => {
    const f = facts("PROJECTED SEATS\nLibertad 3–4\n\nLibertad's spokesman, Pere Vall Serra, said his party would not join a coalition.");
    expect(f.entity('Libertad')?.kind).toBe('ORGANIZATION');
    expect(facts("Officials in Libertad said the road was closed. Libertad's spokesman said it would reopen.").entity('Libertad')?.kind).toBe('PLACE');
  });

  it('reads a name after "think tank" as an organisation', () => {
    expect(facts('Ana Rusu, an analyst at the think tank Prognoz-Grup, said imports would cost more.').entity('Prognoz-Grup')?.kind).toBe('ORGANIZATION');
  });
});
