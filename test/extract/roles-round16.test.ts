import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';

/** Round 16 role rules, each on invented sentences. */
describe('roles: title words (round 16)', () => {
  it('reads trustees, Central Asian governors, German heads of government and hyphenated double posts as posts', () => {
    expect(isTitleHead('trustee')).toBe(true);
    expect(isTitleHead('khokim')).toBe(true);
    expect(isTitleHead('Landeshauptmann')).toBe(true);
    expect(isTitleHead('Bürgermeisterin')).toBe(true);
    expect(isTitleHead('secretary-treasurer')).toBe(true);
    expect(isTitleHead('player-coach')).toBe(true);
    // A hyphenated word that is not two posts stays none.
    expect(isTitleHead('long-term')).toBe(false);
    expect(isTitleHead('trustees')).toBe(false);
  });

  it('keeps an Uzbek governor as written, with the district after "of"', () => {
    const roles = facts('Farmers in the delta say the dust has grown worse. Dilshod Karimovich Yusupov, the khokim of Chimbay district, told reporters that clinic visits had doubled. Yusupov said a new clinic would open in June.').roles();
    expect(roles).toContain('Dilshod Karimovich Yusupov | khokim | Chimbay');
  });

  it('reads a hyphenated double post after a possessive organisation', () => {
    const roles = facts('The Coastal Workers Alliance met on Friday. "We will not sign," said Maura Keough-Pellow, the Coastal Workers Alliance\'s secretary-treasurer.').roles();
    expect(roles).toContain('Maura Keough-Pellow | secretary-treasurer | Coastal Workers Alliance');
  });
});

describe('roles: plural titles over a list (round 16)', () => {
  it('gives each name after "Trustees" the singular title, also the first one read with the plural', () => {
    const roles = facts('The board met on Monday. Present were Chair Marta Quillfeather and Trustees Oskar Brandvold, Lena Hestvik and Ruben Ostmark. Brandvold said the budget was tight.').roles();
    expect(roles).toContain('Oskar Brandvold | Trustee | -');
    expect(roles).toContain('Lena Hestvik | Trustee | -');
    expect(roles).toContain('Ruben Ostmark | Trustee | -');
    expect(roles.filter((r) => r.includes('Trustees'))).toEqual([]);
  });
});

describe('roles: levels of government in the title (round 16)', () => {
  it('keeps a capitalised level of government in the title instead of reading it as a place', () => {
    const roles = facts('Federal Chancellor Miriam Oberleitner-Graf congratulated the winner on Sunday evening.').roles();
    expect(roles).toContain('Miriam Oberleitner-Graf | Federal Chancellor | -');
  });

  it('reads a lower-case level of government between a party and its post as the title\'s', () => {
    const roles = facts('The Workers Party (WP) lost two seats. WP state chair Tobias Kornwald conceded that the campaign had failed in the valleys.').roles();
    expect(roles).toContain('Tobias Kornwald | state chair | Workers Party');
  });
});

describe('roles: titles read into a name (round 16)', () => {
  it('gives the title word opening a person\'s name to that person, when the article names the person without it', () => {
    const roles = facts('Landeshauptmann Ferdinand Pichlmayr opened the new bridge in Bregenz on Monday. Pichlmayr said the works had cost 40 million euros.').roles();
    expect(roles.some((r) => r.includes('Ferdinand Pichlmayr') && r.includes('| Landeshauptmann | -'))).toBe(true);
  });
});

describe('roles: owners described by an appositive (round 16)', () => {
  it('reads "the hospital" as the hospital a place after "in" locates, not the place', () => {
    const roles = facts(
      'St. Brendan Mission Hospital in Korvale, the main referral hospital for the district, said it had run out of insulin. "We are sending patients away," said Dr Ama Lartey-Quaye, the hospital\'s medical director.',
    ).roles();
    expect(roles).toContain('Ama Lartey-Quaye | medical director | St. Brendan Mission Hospital');
  });

  it('reads a capitalised title "in" a ministry opening the sentence, with an honorific before the name', () => {
    const roles = facts('The Ministry of Water said supplies would resume. Principal Secretary in the Ministry of Water, Babe Sandile Dlamini-Khoza, told reporters that the pumps had been repaired.').roles();
    expect(roles).toContain('Sandile Dlamini-Khoza | Principal Secretary | Ministry of Water');
  });
});
