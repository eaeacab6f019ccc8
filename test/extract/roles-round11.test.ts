import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 11 role rules, each on invented sentences. */
describe('roles: titles and their heads', () => {
  it('reads "prefect" as a post, with the place after "of"', () => {
    const roles = facts('Hail hit the vineyards near Vaslui. The prefect of Vaslui county, Ionela-Maria Cojocaru, said 12 villages had asked for aid.').roles();
    expect(roles).toContain('Ionela-Maria Cojocaru | prefect | Vaslui');
  });

  it('joins two modifiers before one head into one title, owned by the organisation after a place and a business noun', () => {
    const roles = facts('Tomasz Wierzbicki, a rail and logistics analyst at the Gdansk consultancy Baltic Freight Insight, said volumes would fall.').roles();
    expect(roles).toContain('Tomasz Wierzbicki | rail and logistics analyst | Baltic Freight Insight');
  });

  it('does not join a second post with its own article', () => {
    const roles = facts('Halvard Strømsnes, a lawyer and a former judge, said the ruling was wrong.').roles();
    expect(roles).not.toContain('Halvard Strømsnes | lawyer and a former judge | -');
  });
});

describe('roles: occupations and standings are no posts', () => {
  it('gives a musician no role without an ensemble or house', () => {
    const roles = facts('Manuel Ventura Sousa, a jazz pianist, said the clubs were closing.').roles();
    expect(roles.filter((r) => r.startsWith('Manuel Ventura Sousa'))).toEqual([]);
  });

  it('keeps a musician\'s post in a named ensemble', () => {
    const roles = facts('Manuel Ventura Sousa, a pianist with the Gulbenkian Orchestra, said the clubs were closing.').roles();
    expect(roles).toContain('Manuel Ventura Sousa | pianist | Gulbenkian Orchestra');
  });

  it('gives an instrument player named before the name no role', () => {
    const roles = facts('The second night features kora player Sekou Diabaté-Konaté with the Bamako Symphony.').roles();
    expect(roles.filter((r) => r.startsWith('Sekou Diabaté-Konaté'))).toEqual([]);
  });

  it('gives a community leader no role', () => {
    const roles = facts('Tiago Albuquerque Neves, a community leader in Coari, said the fish had gone.').roles();
    expect(roles.filter((r) => r.startsWith('Tiago Albuquerque Neves'))).toEqual([]);
  });

  it('gives a post sought no role', () => {
    const roles = facts("The Greens' candidate for mayor, Ieva Kalniņa-Ozola, thanked voters on Sunday.").roles();
    expect(roles.filter((r) => r.startsWith('Ieva Kalniņa-Ozola'))).toEqual([]);
  });

  it('reads a label before a colon as the next name\'s, not the previous one\'s', () => {
    const roles = facts('Prices rose in Ankara on Monday, traders said, according to the Anadolu report (author: Elif Demirtaş, editor: Kerem Aydın).').roles();
    expect(roles.filter((r) => r.startsWith('Elif Demirtaş'))).toEqual([]);
  });
});

describe('roles: owners', () => {
  it('takes the organisation a possessor owns after "of", not the possessor', () => {
    const roles = facts("Budi Santoso-Hartono, secretary of Malaysia's National Flood Control Agency (NFCA), said the dykes would be raised.").roles();
    expect(roles).toContain('Budi Santoso-Hartono | secretary | National Flood Control Agency');
  });

  it('reads "Its" after an organisation with its short name in brackets as the full name', () => {
    const roles = facts('The Lilongwe Hydrological Agency (Madzi Watch) had warned last week that parts of Malawi could flood. Its Director General, Chikondi Banda-Phiri, told The Nation that the rains would continue.').roles();
    expect(roles).toContain('Chikondi Banda-Phiri | Director General | Lilongwe Hydrological Agency');
  });

  it('allows the owner\'s acronym in brackets after a description opening the sentence', () => {
    const roles = facts('The chairman of the Northern Cattle Breeders Association (NCBA), Olav Rønningen-Dahl, told reporters that prices fell.').roles();
    expect(roles).toContain('Olav Rønningen-Dahl | chairman | Northern Cattle Breeders Association');
  });

  it('reads an organisation, lower-case title words and a place before a name', () => {
    const roles = facts('Voters turned out in Tartu. Centre Alliance leader in Tartu, Mart Kuusk-Rebane, told ERR that his party would not join.').roles();
    expect(roles).toContain('Mart Kuusk-Rebane | leader in Tartu | Centre Alliance');
  });

  it('reads "the agency\'s" as the one organisation the sentence before names', () => {
    const text = 'Researchers at the Harbour Research Institute measured the fish. The Harbour Research Institute said levels rose. The Peruvian Forest Protection Service (SERFOR) said its rangers had seized 12 boats. The agency\'s coordinator in Iquitos, Rosa Quispe-Mamani, said the boats came back.';
    expect(facts(text).roles()).toContain('Rosa Quispe-Mamani | coordinator in Iquitos | Peruvian Forest Protection Service');
  });
});
