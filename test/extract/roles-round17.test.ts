import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';

/** Round 17 role rules, each on invented sentences. */
describe('roles: title words (round 17)', () => {
  it('reads a harbourmaster (one word or two), Åland\'s head of government and French posts as posts', () => {
    expect(isTitleHead('harbourmaster')).toBe(true);
    expect(isTitleHead('harbour master')).toBe(true);
    expect(isTitleHead('Lantråd')).toBe(true);
    expect(isTitleHead('procureur')).toBe(true);
    // Two words that only join into something else stay none.
    expect(isTitleHead('harbour wall')).toBe(false);
  });
});

describe('roles: a summary list of people (round 17)', () => {
  const text = [
    'Voters in Kelmora choose a new council on Sunday. We asked four candidates three questions.',
    '',
    'THE CANDIDATES',
    '',
    'Maren Holtvik, 47, Kelmora Green Union. Member of the Brenna Council since 2029.',
    'Ottar Lindqvist-Rå, 39, Free Coast Party. Teacher and deputy mayor of Vassby.',
    'Signe Barkhamn, 62, Coastal Farmers League. Former harbour master of Kristiansund.',
    'Jonas Rimfrost, 33, Kelmora Green Union. Farmer.',
    '',
    'Holtvik said the ferries came first. The Brenna Council meets in Kristiansund. Lindqvist-Rå spoke about Vassby, and Rimfrost about schools.',
  ].join('\n');

  it('reads the post after the name, age and party of each row, with the body or place named there', () => {
    const roles = facts(text).roles();
    expect(roles).toContain('Maren Holtvik | Member | Brenna Council');
    expect(roles).toContain('Ottar Lindqvist-Rå | deputy mayor | Vassby');
    expect(roles).toContain('Signe Barkhamn | harbour master | Kristiansund');
  });

  it('gives occupations and parties no role', () => {
    const roles = facts(text).roles();
    expect(roles.filter((r) => /Teacher|Farmer|Union|Party|League/.test(r.split(' | ')[1]!))).toEqual([]);
    expect(roles.filter((r) => r.startsWith('Jonas Rimfrost'))).toEqual([]);
  });

  it('reads nothing from a sentence with a verb after the name', () => {
    const roles = facts('The ferry was late again.\n\nTove Ekdal, 58, Harbour Party. She was mayor of Vassby and later harbour master of Kelmora.\n\nEkdal said the pier was unsafe.').roles();
    expect(roles.filter((r) => r.startsWith('Tove Ekdal'))).toEqual([]);
  });
});

describe('roles: possessive owners no mention was read at (round 17)', () => {
  it("reads an acronym the article names elsewhere as the owner: 'the KFRA's logistics coordinator'", () => {
    const roles = facts('The Kestrel Flood Response Agency (KFRA) sent boats on Tuesday. "The water is still rising," said Mirela Tovandi, the KFRA\'s logistics coordinator.').roles();
    expect(roles).toContain('Mirela Tovandi | logistics coordinator | Kestrel Flood Response Agency');
  });

  it("reads a plural possessive opening the sentence: \"Hallsey Docks' harbourmaster, X\"", () => {
    const roles = facts('Hallsey Docks runs the island\'s two quays. Hallsey Docks\' harbourmaster, Piran Colquitt, warned that the quay walls needed repairs.').roles();
    expect(roles).toContain('Piran Colquitt | harbourmaster | Hallsey Docks');
  });
});

describe('roles: owners named by nearby words (round 17)', () => {
  it('reads a lower-case institution noun as the one hospital named in the same sentence', () => {
    const roles = facts('At the Vardell Medical Centre in Oston, surgeons postponed operations, hospital spokeswoman Ilse Marrowind said.').roles();
    expect(roles).toContain('Ilse Marrowind | spokeswoman | Vardell Medical Centre');
  });

  it('keeps the noun in the title when no hospital is named in the sentence', () => {
    const roles = facts('Patients were moved to the regional hospital. Its wards were full, hospital director Anouk Severijns said.').roles();
    expect(roles).toContain('Anouk Severijns | hospital director | -');
  });

  it("keeps a region between 'Its' and the title in the title, the organisation named before owning it", () => {
    const roles = facts('The rights group Open Lines said the blackout broke the law. Its Asia policy analyst, Tomasz Vellridge, said other countries had stopped such cuts.').roles();
    expect(roles).toContain('Tomasz Vellridge | Asia policy analyst | Open Lines');
  });
});

describe('roles: titles before a name (round 17)', () => {
  it("reads a capitalised title before the engineering honorific: 'Chairman Eng. X'", () => {
    const roles = facts('Shares of Nile Delta Ceramics rose 9% on their debut. Chairman Eng. Tarek Abu Halima said the family would keep half of the company.').roles();
    expect(roles).toContain('Tarek Abu Halima | Chairman | -');
  });

  it('reads lower-case title words between a quotation and the speaker', () => {
    const roles = facts('"We cannot promise more water this year," reservoir administrator Joaquín Ferrand Obispo told reporters on Monday.').roles();
    expect(roles).toContain('Joaquín Ferrand Obispo | reservoir administrator | -');
  });

  it("reads a title before an Islamic honorific: \"The clinic's director, Alhaji X\"", () => {
    const roles = facts('The Kantora Clinic opened a new ward. The clinic\'s director, Alhaji Momodou Sanneh, said it had 40 beds. Sanneh said more were needed.').roles();
    expect(roles).toContain('Momodou Sanneh | director | Kantora Clinic');
  });

  it('keeps a French post with its complement as written, no organisation', () => {
    const roles = facts('The court in Papeete fined the company on Tuesday. The procureur de la République, Hervé Maillard, said the fine was too small. Maillard will appeal.').roles();
    expect(roles).toContain('Hervé Maillard | procureur de la République | -');
  });

  it("does not read a head of government's party after the name as the post's organisation", () => {
    const roles = facts('Prime Minister Halvard Rosensköld of the Northern Union Party said he would not stand again. The Northern Union Party thanked him.').roles();
    expect(roles).toContain('Halvard Rosensköld | Prime Minister | -');
    expect(roles.filter((r) => r.includes('Northern Union Party'))).toEqual([]);
  });
});
