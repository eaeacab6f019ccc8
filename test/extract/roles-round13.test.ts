import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { isTitleHead } from '../../src/extract/roles';
import { rankBefore } from '../../src/extract/roles-rank';

/** Round 13 role rules, each on invented sentences. */
describe('roles: title words', () => {
  it('reads a title spelt with an inner hyphen or joined to "-in-chief", and British legal posts', () => {
    expect(isTitleHead('rural crime co-ordinator')).toBe(true);
    expect(isTitleHead('editor-in-chief')).toBe(true);
    expect(isTitleHead('solicitor')).toBe(true);
    expect(isTitleHead('Procurator fiscal depute')).toBe(true);
    expect(isTitleHead('weather-in-chief')).toBe(false);
    expect(isTitleHead('re-election')).toBe(false);
  });

  it('keeps a long title with its place complement after a possessive owner', () => {
    const roles = facts('Three buzzards were found dead near Kielder. Sergeant Isla Macrae-Dunn, Northumbria Police\'s rural crime co-ordinator for Cumbria, said the birds had been shot.').roles();
    expect(roles).toContain('Isla Macrae-Dunn | rural crime co-ordinator for Cumbria | Northumbria Police');
  });
});

describe('roles: descriptions before a name', () => {
  it('reads a post of a short name with a possessive as the organisation whose name it ends', () => {
    const roles = facts('The Vecerni Glasnik backed the mayor on Monday. The Glasnik\'s editor-in-chief, Marta Horvat-Kos, said the city needed the tram.').roles();
    expect(roles).toContain('Marta Horvat-Kos | editor-in-chief | Vecerni Glasnik');
  });

  it('gives a person\'s agent the post with no organisation', () => {
    const roles = facts('Duncan Ferrie admitted the charge at Perth Sheriff Court. Her solicitor, Fiona Brodie-Kerr, said she had no previous convictions.').roles();
    expect(roles).toContain('Fiona Brodie-Kerr | solicitor | -');
  });

  it('keeps a place after "to" in a possessed title', () => {
    const roles = facts('The road opened on Friday. Norway\'s ambassador to Kenya, Ingrid Solberg-Dahl, said Norwegian firms were ready to bid.').roles();
    expect(roles).toContain('Ingrid Solberg-Dahl | ambassador to Kenya | Norway');
  });

  it('does not take "Its" for an organisation named inside a quotation', () => {
    const roles = facts('Ljubljanski Vecernik backed the mayor. "The trams will come," the editorial said, adding that "the Green Union will block them". Its chief political commentator, Maja Zorko-Hren, writes that the vote was lost.').roles();
    expect(roles).toContain('Maja Zorko-Hren | chief political commentator | Ljubljanski Vecernik');
    expect(roles.filter((r) => r.endsWith('| Green Union'))).toEqual([]);
  });

  it('keeps lower-case words and an acronym after a described owner in the title', () => {
    const roles = facts('The Ministry of Health opened a clinic. The ministry\'s national HIV programme coordinator, Dr Mere Tavola-Nand, said testing would double.').roles();
    expect(roles).toContain('Mere Tavola-Nand | national HIV programme coordinator | Ministry of Health');
  });
});

describe('roles: a post in sentence case opening the sentence', () => {
  it('reads the post as written, with no organisation', () => {
    const roles = facts('The trial opened on Monday.\n\nProcurator fiscal depute Alasdair Munro-Grant told the court the dog had been starved.').roles();
    expect(roles).toContain('Alasdair Munro-Grant | Procurator fiscal depute | -');
  });

  it('reads no occupation', () => {
    const roles = facts('Some residents left. Local farmer Tomas Herrera-Lago said the water was rising.').roles();
    expect(roles).toEqual([]);
  });

  it('drops a title read without its organisation beside the same title with it', () => {
    const roles = facts('Chief meteorologist Rukhsana Baig-Qureshi of the PMD said the heat would ease.').roles();
    expect(roles).toContain('Rukhsana Baig-Qureshi | Chief meteorologist | PMD');
    expect(roles).not.toContain('Rukhsana Baig-Qureshi | Chief meteorologist | -');
  });
});

describe('roles: appositives', () => {
  it('reads past the name in its own script in brackets', () => {
    const roles = facts('Prices rose sharply. "It is a good deal," said Li Wen-hao (李文豪), a steel analyst at Keelung Capital Markets. "It will pay off."').roles();
    expect(roles).toContain('Li Wen-hao | steel analyst | Keelung Capital Markets');
  });

  it('reads a level of government before the name of the body as no description', () => {
    const roles = facts('The canton approved the plan. "It is fair," said Anne-Laure Bonvin-Roux, head of the cantonal Department of Health and Social Affairs.').roles();
    expect(roles).toContain('Anne-Laure Bonvin-Roux | head | Department of Health and Social Affairs');
  });

  it('gives a regional post the place after "in"', () => {
    const roles = facts('"We are short of nets," said Dr. Kasun Perera-Bandara, the provincial director of health services in Uva.').roles();
    expect(roles).toContain('Kasun Perera-Bandara | provincial director of health services | Uva');
  });

  it('reads "the province" as the region the article names most, not the town named last', () => {
    const roles = facts('Floods hit Mashonaland East on Monday. Schools in Mashonaland East and Marondera were shut. Dr Tendai Moyo-Chari, the province\'s health chief, said clinics were open.').roles();
    expect(roles).toContain('Tendai Moyo-Chari | health chief | Mashonaland East');
  });
});

describe('roles: prefixes and ranks', () => {
  it('drops "Opposition" before a title', () => {
    const roles = facts('The vote was close. Opposition MP Dragica Vukotić-Brajović accused the government of lying.').roles();
    expect(roles).toContain('Dragica Vukotić-Brajović | MP | -');
    expect(roles).not.toContain('Dragica Vukotić-Brajović | Opposition MP | -');
  });

  it('reads abbreviated police ranks', () => {
    const text = 'The guns were shown to reporters. Snr Supt Desmond Baptiste-Lewis said they came from Miami.';
    expect(rankBefore(text, [], text.indexOf('Desmond'))?.title).toBe('Snr Supt');
    expect(facts(text).roles()).toContain('Desmond Baptiste-Lewis | Snr Supt | -');
  });
});
