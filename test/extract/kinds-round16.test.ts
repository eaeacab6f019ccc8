import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 16: transfer lists, employers before who, plural nouns before lists, platforms, parties, renamed states', () => {
  const transfers = [
    'The winter window closes on Friday. The league leaders were busy, and the coach said the club had more players to sign before the season.',
    '',
    'IN: Tomislav Brankov (winger, Lokvar Kamenets, EUR 1.2m)',
    'OUT: Stefan Radak (defender, Zavrsje, loan)',
    '',
    'Zavrsje paid a fee for Radak, the club said.',
  ].join('\n');

  it('reads a full name before a playing position in brackets as a player', () => {
    const f = facts(transfers);
    expect(f.entity('Tomislav Brankov')?.kind).toBe('PERSON');
    expect(f.entity('Stefan Radak')?.kind).toBe('PERSON');
  });

  it('reads the name after the position in a player\'s brackets as a club', () => {
    const f = facts(transfers);
    expect(f.entity('Zavrsje')?.kind).toBe('ORGANIZATION');
  });

  it('reads a full name, its employer and "who" as a person', () => {
    const f = facts('Bakhtiyor Nurmatov of the Samarkand Institute of Hydrology, who was not involved in the work, called the data robust.');
    expect(f.entity('Bakhtiyor Nurmatov')?.kind).toBe('PERSON');
  });

  it('reads a full name before "a <demonym> <noun> who" as a person', () => {
    const f = facts('Oumarou Sanda Diallo, a Malian herder who has crossed the border for years, said the grass was gone.');
    expect(f.entity('Oumarou Sanda Diallo')?.kind).toBe('PERSON');
  });

  it('reads every full name of a list after a plural person noun as a person', () => {
    const f = facts('Market traders Tomás Ríos Bac and Elvira Juana Chacón de Mora each paid a fine of 500 pesos.');
    expect(f.entity('Elvira Juana Chacón de Mora')?.kind).toBe('PERSON');
  });

  it('reads a lone name a post is written on as a platform', () => {
    const f = facts('The mayor thanked voters in a post on Threadly. Her rival wrote on Threadly that he would appeal.');
    expect(f.entity('Threadly')?.kind).toBe('ORGANIZATION');
  });

  it('reads "the Greens" or "the Liberals" as a party, but not a family the article names in a longer party name', () => {
    expect(facts('The Liberals won 12 seats in the provincial assembly.').entity('Liberals')?.kind).toBe('ORGANIZATION');
    const f = facts('The Socialist Labour Party of Ardenia lost badly. Analysts said the Socialists had misread rural voters.');
    expect(f.entity('Socialists')).toBeUndefined();
  });

  it('reads a place name before a plural place noun as a place', () => {
    const f = facts('Floods hit villages across the Baroua and Kolmé provinces on Monday.');
    expect(f.entity('Kolmé')?.kind).toBe('PLACE');
  });

  it('reads a name before "estate" as a place', () => {
    const f = facts('Cutting has begun at the Rosehall estate in the east.');
    expect(f.entity('Rosehall')?.kind).toBe('PLACE');
  });

  it('reads a name after "the civic association" as an organisation', () => {
    const f = facts('Marta Hudecová of the civic association Čistá Ondava said residents had not been consulted.');
    expect(f.entity('Čistá Ondava')?.kind).toBe('ORGANIZATION');
  });

  it('reads an autonomous port as the authority, not the place', () => {
    const f = facts('The Port Autonome de Conakry said traffic had risen by 8 percent.');
    expect(f.entity('Port Autonome de Conakry')?.kind).toBe('ORGANIZATION');
  });

  it('reads a state parliament called Landtag and a party opening with "Liste" as organisations', () => {
    const f = facts('The governing party lost four seats in the Landtag, while the regional list Liste Huber won two.');
    expect(f.entity('Landtag')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Liste Huber')?.kind).toBe('ORGANIZATION');
  });

  it('reads a carmaker named with "Cars" as an organisation', () => {
    const f = facts('The supplier signed a memorandum with Tatra Cars, whose plant opened last year.');
    expect(f.entity('Tatra Cars')?.kind).toBe('ORGANIZATION');
  });

  it('reads the Soviet Union as a place and takes no chemical acronym for a name', () => {
    const f = facts('Canals dug when the Soviet Union ruled the region still carry traces of DDT into the fields along the Zerafshan.');
    expect(f.entity('Soviet Union')?.kind).toBe('PLACE');
    expect(f.entity('DDT')).toBeUndefined();
    expect(f.entity('Zerafshan')?.kind).toBe('PLACE');
  });

  it('keeps "Federal Chancellor" as one title before a name', () => {
    const f = facts('Federal Chancellor Anna Moserbach congratulated the winner.');
    expect(f.entity('Federal')).toBeUndefined();
    expect(f.entity('Anna Moserbach')?.kind).toBe('PERSON');
  });

  it('reads a town with a plural verb in a sports report as its club, and a town before "club" as the town', () => {
    const text = 'The league leaders won again, and the coach praised his striker after the match. Zrenjanin have signed two players on loan, the club said. The Kragujevac club made no signing this season.';
    const f = facts(text);
    expect(f.entity('Zrenjanin')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Kragujevac')?.kind).toBe('PLACE');
  });
});
