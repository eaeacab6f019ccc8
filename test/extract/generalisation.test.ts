import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { isSameReferent, lookupKeys, type NamedEntity } from '../../src/extract/referent';
import { facts } from './facts';

const person = (name: string, ...aliases: string[]): NamedEntity => ({ kind: 'PERSON', name, aliases });
const org = (name: string, ...aliases: string[]): NamedEntity => ({ kind: 'ORGANIZATION', name, aliases });
const meta = (text: string) => extractArticle(text).meta;

// Forms the first held-out set missed, each on sentences written for this test.
describe('metadata forms', () => {
  it('reads a byline with writers before the date, and the dateline after it', () => {
    const text = 'PORT WORKERS END STRIKE\n\nBy Mara Tellez and Idris Kone | 4 May 2025\n\nDAKAR — Dock workers returned to work on Sunday.';
    expect(meta(text)).toEqual({ title: 'PORT WORKERS END STRIKE', publishedAt: '2025-05-04', dateline: 'DAKAR' });
    expect(extractArticle(text).entities.map((e) => e.name)).not.toContain('Mara Tellez');
  });

  it('keeps a hyphen inside an agency name and drops a "Published:" label', () => {
    expect(meta('- Agence France-Presse - Friday, June 6, 2025\n\nPARIS (AFP) - Rail staff walked out.').agency).toBe('Agence France-Presse');
    expect(meta('Rail strike spreads\n\nPublished: 12 March 2025\n\nLYON — Rail staff walked out.')).toEqual({ title: 'Rail strike spreads', publishedAt: '2025-03-12', dateline: 'LYON' });
  });

  it('reads a dateline in normal case when an agency in brackets marks it', () => {
    expect(meta('Mayor re-elected\n\nAccra (AFP) - The mayor won a second term on Sunday.')).toMatchObject({ dateline: 'Accra', agency: 'AFP' });
  });

  it('takes the first complete date of the body when the header gives none (a caption)', () => {
    expect(meta('Storm hits coast\n\nMANILA (AP) — Winds tore roofs off.\n\nIn this photo taken Oct. 3, 2024, residents clear debris.').publishedAt).toBe('2024-10-03');
  });
});

describe('people with given names no lexicon lists', () => {
  it('makes a name a person when the article uses its last word alone for a person', () => {
    const f = facts('Tolga Demirkan scored in the first half. "It was a good night," Demirkan said.');
    expect(f.entity('Tolga Demirkan')?.kind).toBe('PERSON');
    expect(f.entity('Tolga Demirkan')?.aliases).toContain('Demirkan');
  });

  it('reads an age or an organisation’s title in the appositive as a person', () => {
    expect(facts('Ngozi Adeyinka-Bello, 41, said the market had flooded.').entity('Ngozi Adeyinka-Bello')?.kind).toBe('PERSON');
    expect(facts('Zhao Mingde, Lianfeng\'s chief executive, said output would rise.').entity('Zhao Mingde')?.kind).toBe('PERSON');
  });

  it('joins a family name written first to the full name', () => {
    const f = facts('Zhao Mingde, Lianfeng\'s chief executive, spoke first. Zhao said output would rise.');
    expect(f.entity('Zhao Mingde')?.aliases).toContain('Zhao');
  });

  it('gives a shared surname to the person the writer already calls by it alone', () => {
    const f = facts('Kerem Aslan scored twice. "We kept going," Aslan said. Referee Selim Aslan booked four players. The club said Aslan would play on Sunday.');
    expect(f.entity('Kerem Aslan')?.mentions).toHaveLength(3);
    expect(f.entity('Selim Aslan')?.aliases).toEqual(['Selim Aslan']);
  });
});

describe('clubs named with an opener', () => {
  it('reads the rest of the name alone as the club, but the town after "in" and in a dateline as the town', () => {
    const f = facts('LYON, France — Olympique Lyonnais drew with AC Milan. Milan led at the break. Milan coach Dario Conti said little. Fans travelled in Milan all week.');
    expect(f.entity('AC Milan')?.aliases.sort()).toEqual(['AC Milan', 'Milan']);
    expect(f.roles()).toContain('Dario Conti | coach | AC Milan');
    expect(f.entities()).toContain('PLACE:Milan');
  });
});

describe('role forms', () => {
  it('leaves a nationality out of an appositive title and reads a second post with its own organisation', () => {
    const f = facts('The hearing was chaired by Marta Ibarra Soler, a Chilean lawyer and former judge at the Supreme Court of Chile.');
    expect(f.roles()).toEqual(['Marta Ibarra Soler | lawyer | -', 'Marta Ibarra Soler | judge | Supreme Court of Chile']);
  });

  it('reads a nationality between an organisation’s possessive and a title', () => {
    expect(facts('Ajax Amsterdam signed a deal. Ajax Amsterdam\'s Ghanaian coach Kwame Osei smiled.').roles()).toEqual(['Kwame Osei | coach | Ajax Amsterdam']);
    // A playing position is not a post (GUIDELINES §4).
    expect(facts('Ajax Amsterdam signed a deal. Ajax Amsterdam\'s Ghanaian winger Kwame Osei scored.').roles()).toEqual([]);
  });

  it('keeps a place complement in the title when the organisation is the possessor', () => {
    expect(facts('"Schools must reopen," said Tomas Wirth, UNESCO\'s representative in Kenya.').roles()).toEqual(['Tomas Wirth | representative in Kenya | Unesco']);
  });

  it('reads an organisation described before its name after "of the"', () => {
    const f = facts('Patients filled the wards, said Dr. Amina Sule, the head of the university\'s Centre for Tropical Medicine Research.');
    expect(f.roles()).toEqual(['Amina Sule | head | Centre for Tropical Medicine Research']);
  });

  it('keeps common words before a title in it and reads an unknown name before it as the place', () => {
    expect(facts('Deputy Police Commissioner Helen Price said patrols would rise.').roles()).toEqual(['Helen Price | Deputy Police Commissioner | -']);
    expect(facts('Tourists crowd the port of Vilacova. Vilacova Mayor Rita Seixas asked for help.').roles()).toEqual(['Rita Seixas | Mayor | Vilacova']);
  });

  it('keeps an organisation noun opening the title: "Club president", "party leader"', () => {
    expect(facts('Club president Jordi Puyol said the coach would stay.').roles()).toEqual(['Jordi Puyol | Club president | -']);
  });

  it('matches hyphenated titles written as one word and reads "Saudi" as Saudi Arabia', () => {
    expect(facts('OPEC Secretary-General Haitham Rahman spoke.').roles()).toEqual(['Haitham Rahman | Secretary-General | OPEC']);
    expect(facts('Talks were held in Saudi Arabia. Saudi Energy Minister Faisal bin Omar spoke.').roles()).toEqual(['Faisal bin Omar | Energy Minister | Saudi Arabia']);
  });

  it('does not read a study’s authorship as a post', () => {
    expect(facts('"Ice is going," said lead author Dr. Mira Holm.').roles()).toEqual([]);
  });
});

describe('place kinds', () => {
  it('reads a range after a compass word and a river before "basins" as places', () => {
    expect(facts('Rain in the eastern Andes fed the rivers.').entity('Andes')?.kind).toBe('PLACE');
    expect(facts('Farmers in the Ucayali and Maranon basins lost crops.').entity('Maranon')?.kind).toBe('PLACE');
  });
});

describe('cross-document resolution of new forms', () => {
  it('folds letters NFKD keeps whole: Turkish dotless i', () => {
    expect(isSameReferent(person('Kerem Aslanyıldız'), person('Kerem Aslanyildiz'))).toBe(true);
    expect(isSameReferent(person('Selim Yılmaz', 'Yılmaz'), person('Kerem Yilmaz'))).toBe(false);
  });

  it('reads a family name first when the article uses the first word alone', () => {
    expect(isSameReferent(person('Zhao Mingde', 'Zhao'), person('Mingde Zhao', 'Zhao'))).toBe(true);
    expect(isSameReferent(person('Zhao Mingde', 'Zhao'), person('Zhao Lin', 'Zhao'))).toBe(false);
    expect(lookupKeys(person('Zhao Mingde', 'Zhao'))).toContain('zhao');
  });

  it('matches an acronym alone with the full name it spells', () => {
    expect(isSameReferent(org('IRENA'), org('International Renewable Energy Agency'))).toBe(false);
    expect(isSameReferent(org('WMO'), org('World Meteorological Organization'))).toBe(true);
    expect(lookupKeys(org('World Meteorological Organization'))).toContain('acronym:wmo');
    // An article that expanded its acronym otherwise keeps it.
    expect(isSameReferent(org('ICC', 'International Cricket Council'), org('International Criminal Court'))).toBe(false);
  });
});
