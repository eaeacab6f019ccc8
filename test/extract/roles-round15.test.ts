import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';

/** Round 15 role rules, each on invented sentences. */
describe('roles: title words (round 15)', () => {
  it('reads a capitalised Speaker and a mayor titled in the town language as posts, not a lower-case speaker', () => {
    expect(isTitleHead('Speaker')).toBe(true);
    expect(isTitleHead('speaker')).toBe(false);
    expect(isTitleHead('alcalde')).toBe(true);
    expect(isTitleHead('forecaster')).toBe(true);
  });

  it('reads "The Speaker, X," as the post and not the verb after the name', () => {
    const roles = facts('The Speaker, Agnes Pullman, ordered the member for Dunmore out of the chamber for an hour.').roles();
    expect(roles).toContain('Agnes Pullman | Speaker | -');
    expect(roles.filter((r) => r.includes('ordered'))).toEqual([]);
  });

  it('keeps a Spanish mayor as written, with the town after "of"', () => {
    const roles = facts('The alcalde of Marbella, Tomás Ruiz Caballero, has asked the regional government for more buses.').roles();
    expect(roles).toContain('Tomás Ruiz Caballero | alcalde | Marbella');
  });

  it('gives an accountant with no employer no role', () => {
    const roles = facts('Priya Menon, an accountant who lives in Sharjah, said the new bus had cut her commute.').roles();
    expect(roles.filter((r) => r.startsWith('Priya Menon'))).toEqual([]);
  });
});

describe('roles: words before a title (round 15)', () => {
  it('drops "retired" like "former"', () => {
    const roles = facts('The accused include Anil Dessai, 64, a retired clerk of the Kerala State Archives, police said.').roles();
    expect(roles).toContain('Anil Dessai | clerk | Kerala State Archives');
  });

  it('drops "last" and reads a place after "of an independent" as the owner', () => {
    const roles = facts('Kalani Mahoe, the last king of an independent Hawaii, died in exile in Kenya.').roles();
    expect(roles).toContain('Kalani Mahoe | king | Hawaii');
  });
});

describe('roles: appositives (round 15)', () => {
  it('keeps a field after "of" in the title and takes the organisation from "at"', () => {
    const roles = facts('Ben Okafor, Associate Professor of Marine Biology at Harbourview University, said the data were clear.').roles();
    expect(roles).toContain('Ben Okafor | Associate Professor of Marine Biology | Harbourview University');
  });

  it('keeps the constituency after "MP for", with the party before it', () => {
    const roles = facts('Peter Chirwa, NUF MP for Zomba Central East, spoke at a rally in Zomba. The National Unity Front (NUF) backed him.').roles();
    expect(roles).toContain('Peter Chirwa | MP for Zomba Central East | National Unity Front');
  });

  it('reads a managing director after an age, past a bracket in the company name', () => {
    const roles = facts('Accused: Tomas Verhuel, 52, managing director of Kestrel Civils (Pty) Ltd\n\nVerhuel denied the charge.').roles();
    expect(roles).toContain('Tomas Verhuel | managing director | Kestrel Civils (Pty) Ltd');
  });

  it('reads a seat on a named council as a post in it', () => {
    const roles = facts('Maeve Tolan, a councillor on Galway County Council, said the plan was sound.').roles();
    expect(roles).toContain('Maeve Tolan | councillor | Galway County Council');
  });
});

describe('roles: descriptions before a name (round 15)', () => {
  it('keeps "member for <constituency>" with the party before it', () => {
    const roles = facts('The Labor member for Fairhaven, Dominic Ashgrove, asked what the government would do.').roles();
    expect(roles).toContain('Dominic Ashgrove | member for Fairhaven | Labor');
  });

  it('reads a possessed post between commas mid-sentence', () => {
    const roles = facts("Speaking at the ceremony in Lyon, Canada's ambassador to France, Melanie Thorvald, called it a day of justice.").roles();
    expect(roles).toContain('Melanie Thorvald | ambassador to France | Canada');
  });

  it('reads a person\'s lawyer after a Liberian "Cllr." honorific as the lawyer, no councillor', () => {
    const roles = facts("James Harper was charged on Monday. Harper's lawyer, Cllr. Abel Twe, said his client was innocent.").roles();
    expect(roles).toContain('Abel Twe | lawyer | -');
    expect(roles.filter((r) => r.includes('Cllr'))).toEqual([]);
  });

  it('keeps "Cllr" as a councillor\'s title with no legal post beside it', () => {
    const roles = facts('Cllr. Abel Twe proposed the motion on Tuesday night.').roles();
    expect(roles).toContain('Abel Twe | Cllr. | -');
  });

  it('keeps "Opposition Leader" whole when the article names the Opposition alone', () => {
    const roles = facts('The budget passed as the Opposition walked out.\n\nOpposition Leader Harriet Vane asked the Premier whether the plan was costed.').roles();
    expect(roles).toContain('Harriet Vane | Opposition Leader | -');
  });
});
