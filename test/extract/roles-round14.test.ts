import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';

/** Round 14 role rules, each on invented sentences. */
describe('roles: title words (round 14)', () => {
  it('reads counsel and delegate as posts, trades as occupations', () => {
    expect(isTitleHead('Counsel')).toBe(true);
    expect(isTitleHead('Regional Delegate of Water Resources')).toBe(true);
    expect(isTitleHead('Lyonpo')).toBe(true);
  });

  it('gives a tradesman no role', () => {
    const roles = facts('The outages hit Kitwe hard. "We lose half a day," said Chanda Mulenga, a carpenter who makes doors.').roles();
    expect(roles.filter((r) => r.startsWith('Chanda Mulenga'))).toEqual([]);
  });

  it('keeps "Opposition Leader" whole but drops "Opposition" before other posts', () => {
    const roles = facts('The treaty was signed on Friday. Opposition Leader Dorji Penjore of the Druk Unity Party said the deal was rushed.').roles();
    expect(roles).toContain('Dorji Penjore | Opposition Leader | Druk Unity Party');
  });

  it('drops a lower-case office phrase before a spokesperson', () => {
    const roles = facts('Talks between Vietnam and Laos resumed in Hanoi. Vietnamese foreign ministry spokeswoman Pham Thu Hang told reporters the talks were useful.').roles();
    expect(roles).toContain('Pham Thu Hang | spokeswoman | Vietnam');
  });

  it('reads a Dzongkha title before a name', () => {
    const roles = facts('Bhutan opened the road on Monday. Lyonpo Sonam Dorji Tshering said the road would cut travel times.').roles();
    expect(roles).toContain('Sonam Dorji Tshering | Lyonpo | -');
  });
});

describe('roles: portfolios (round 14)', () => {
  it('keeps a comma list of portfolios before "Minister"', () => {
    const roles = facts('Prices fell sharply this year, said Tourism, Arts and Culture Minister Karim Rahman Hamzah.').roles();
    expect(roles).toContain('Karim Rahman Hamzah | Tourism, Arts and Culture Minister | -');
  });

  it('takes the place opening a name read over the first portfolio as the owner', () => {
    const roles = facts('Prices fell sharply in Sarawak this year, said Sarawak Tourism, Arts and Culture Minister Karim Rahman Hamzah. Sarawak is large.').roles();
    expect(roles).toContain('Karim Rahman Hamzah | Tourism, Arts and Culture Minister | Sarawak');
  });

  it('does not read a weekday after a preposition as a portfolio', () => {
    const roles = facts('The plant was approved on Monday, Industry and Trade Minister Jana Dvorakova-Hruba said.').roles();
    expect(roles).toContain('Jana Dvorakova-Hruba | Industry and Trade Minister | -');
  });

  it('keeps "Minister of Public Health" whole when the portfolio is only ever written after "<Title> of"', () => {
    const roles = facts('The Ministry of Water Resources opened a well in Garoua. Minister of Water Resources Dr. Paul Etoundi Mballa said more would follow. The Regional Delegate of Water Resources said the wells were deep.').roles();
    expect(roles).toContain('Paul Etoundi Mballa | Minister of Water Resources | -');
  });
});

describe('roles: descriptions before a name (round 14)', () => {
  it('reads a capitalised title after the organisation, with its place complement', () => {
    const roles = facts('Cases rose in the south. The UNICEF Representative in Malawi, Dr. Anna Berg-Olsen, said the campaign would start on Monday.').roles();
    expect(roles).toContain('Anna Berg-Olsen | Representative in Malawi | Unicef');
  });

  it('gives a post "for the <place>" to that place, the portfolio kept in the title', () => {
    const roles = facts('Cases rose in the Adamawa region. The Regional Delegate of Public Works for the Adamawa, Dr. Paul Etoundi Mballa, said roads were closed.').roles();
    expect(roles).toContain('Paul Etoundi Mballa | Regional Delegate of Public Works | Adamawa');
  });

  it('reads "Counsel for the <noun>" as the organisation an appositive named with that noun', () => {
    const roles = facts('The residents sued the developer, Marlin Bay Resorts Ltd, over the marina. Counsel for the developer, Andrew Fontaine, said his client would appeal.').roles();
    expect(roles).toContain('Andrew Fontaine | Counsel | Marlin Bay Resorts Ltd');
  });

  it('reads "Counsel for the <people>" with no organisation', () => {
    const roles = facts('The fishers lost their appeal. Counsel for the appellants, Mr Desmond Arana, said they would go to the Privy Council.').roles();
    expect(roles).toContain('Desmond Arana | Counsel | -');
  });

  it('reads "The director of the <noun>" as the place or organisation whose name ends with it', () => {
    const roles = facts('The Tacon Theater in Cardenas reopened on Friday after restoration. The director of the theater, Yusimi Barrios Leal, said tickets had sold out.').roles();
    expect(roles).toContain('Yusimi Barrios Leal | director | Tacon Theater');
  });
});

describe('roles: copula posts and abbreviations (round 14)', () => {
  it('gives each of two coordinated posts after "is the"', () => {
    const roles = facts('Rum sales doubled last year. Vashti Ramnarine, 44, is the founder and chief executive of Kestrel Spirits Ltd, which she set up in 2020.').roles();
    expect(roles).toContain('Vashti Ramnarine | founder | Kestrel Spirits Ltd');
    expect(roles).toContain('Vashti Ramnarine | chief executive | Kestrel Spirits Ltd');
  });

  it('does not repeat a rank by its abbreviation', () => {
    const roles = facts('Police raided a farm near Keady. Detective Chief Inspector Siobhan Mallon-Reid said the plant was large. DCI Mallon-Reid said arrests would follow.').roles();
    expect(roles).toEqual(['Siobhan Mallon-Reid | Detective Chief Inspector | -']);
  });
});

describe('roles: described owners (round 14)', () => {
  it('reads "the group\'s chairperson" as the organisation an appositive called a group', () => {
    const roles = facts('The Harbour Board backed the plan, and the Harbour Board will pay. The case was brought by Save Baie Rouge, a group of residents. Outside the court, the group\'s chairperson, Marie-Ange Hoareau, said the ruling was fair.').roles();
    expect(roles).toContain('Marie-Ange Hoareau | chairperson | Save Baie Rouge');
  });
});
