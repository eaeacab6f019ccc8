import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 7: names in local conventions', () => {
  it('reads a Mongolian initial glued to a name as one person, joined by the bare name later', () => {
    const f = facts('The head of the agency, Colonel D.Oyunchimeg told reporters the roads were shut. Later, Oyunchimeg said more aid was coming.');
    const p = f.entity('D.Oyunchimeg');
    expect(p?.kind).toBe('PERSON');
    expect(p?.aliases).toContain('Oyunchimeg');
    expect(f.entity('D')).toBeUndefined();
  });

  it('keeps a hyphenated Mongolian name after the initial', () => {
    expect(facts('Herders were warned, said T.Bat-Erdene on Monday.').entity('T.Bat-Erdene')?.kind).toBe('PERSON');
  });

  it('reads a Korean name, family name first, and the family name alone later', () => {
    const f = facts('Hanbit Telecom CEO Park Ji-hoon apologized on Tuesday. "We failed our customers," Park said in a statement.');
    const p = f.entity('Park Ji-hoon');
    expect(p?.kind).toBe('PERSON');
    expect(p?.aliases).toContain('Park');
  });

  it('joins a family name written first to a name with a two-word given name', () => {
    const f = facts('Hanbit Telecom Chief Executive Park Ji Hoon told analysts the sale was sound. "We are not selling the family silver," Park said.');
    expect(f.entity('Park Ji Hoon')?.aliases).toContain('Park');
  });

  it('reads a Spanish name by its father\'s surname later', () => {
    const f = facts('The opposition spokesperson, Iago Vilar Pardo, argued that the plan was rushed. "It is too soon," Vilar said.');
    expect(f.entity('Iago Vilar Pardo')?.kind).toBe('PERSON');
  });

  it('keeps Faroese and Icelandic particles inside a name', () => {
    expect(facts('Club chairman Sámal við Á confirmed the signing.').entity('Sámal við Á')?.kind).toBe('PERSON');
  });

  it('drops honorific abbreviations before names', () => {
    const f = facts('The deal was signed by H.E. Dr. Eng. Abebe Tadesse, who also attended the ceremony.');
    expect(f.entity('Abebe Tadesse')?.kind).toBe('PERSON');
    expect(f.entity('H.E.')).toBeUndefined();
    expect(f.entity('Eng')).toBeUndefined();
  });
});

describe('entities round 7: organisations cut or glued', () => {
  it('keeps a ministry\'s two portfolios joined by "and"', () => {
    expect(facts('The breach was reported to the Ministry of Oceans and ICT on Monday.').entity('Ministry of Oceans and ICT')?.kind).toBe('ORGANIZATION');
  });

  it('continues an organisation name through "on" after Authority', () => {
    expect(facts('They thanked the Regional Authority on Water Security for its help.').entity('Regional Authority on Water Security')?.kind).toBe('ORGANIZATION');
  });

  it('splits two clubs, each with its country', () => {
    const f = facts('The winners of the tie meet Dinamo Varnik of Serbia and Fernside of Scotland in the next round.');
    expect(f.entity('Dinamo Varnik')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Serbia')?.kind).toBe('PLACE');
    expect(f.entity('Fernside')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Scotland')?.kind).toBe('PLACE');
  });

  it('keeps the period of an abbreviated legal form', () => {
    expect(facts('Ma Lin, a buyer at Hengshan Wool Co., said prices rose.').entity('Hengshan Wool Co.')?.kind).toBe('ORGANIZATION');
    expect(facts('It ranks third, behind SK Telecom and Orun Corp.').entity('Orun Corp.')?.kind).toBe('ORGANIZATION');
    expect(facts('The wells were drilled by the engineering firm Hvergi ehf.').entity('Hvergi ehf.')?.kind).toBe('ORGANIZATION');
  });

  it('reads "the Government of <country>" as the country', () => {
    const f = facts('The minister thanked the Government of Belize for its support.');
    expect(f.entity('Belize')?.kind).toBe('PLACE');
    expect(f.entity('Government of Belize')).toBeUndefined();
  });

  it('reads railways and caminos as places', () => {
    expect(facts('Goods travel on the Addis-Berbera Railway to the coast.').entity('Addis-Berbera Railway')?.kind).toBe('PLACE');
    expect(facts('Pilgrims walk the Camino del Norte every summer.').entity('Camino del Norte')?.kind).toBe('PLACE');
  });

  it('joins a one-word short form met first to the fuller name it opens', () => {
    const f = facts('The hosts, led by NB, were strong. NB Nordvík won the league in 2021 and NB coach Ása said so.');
    expect(f.entity('NB Nordvík')?.aliases).toContain('NB');
  });
});

describe('entities round 7: non-entities', () => {
  it('drops currency codes before amounts', () => {
    const f = facts('The Red Cross appealed for CHF 2.4 million and the state paid MNT 1.5 million per family.');
    expect(f.entity('CHF')).toBeUndefined();
    expect(f.entity('MNT')).toBeUndefined();
  });

  it('drops a demonym the tables lack', () => {
    expect(facts('The line runs to the Djiboutian border near Galafi.').entity('Djiboutian')).toBeUndefined();
  });

  it('keeps the Horn of Africa whole', () => {
    expect(facts('Drought hit the Horn of Africa again this year.').entity('Horn of Africa')?.kind).toBe('PLACE');
  });
});
