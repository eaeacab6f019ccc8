import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 9 role rules, each on invented sentences. */
describe('roles: appositives after Markdown names, ages and home towns', () => {
  it('reads the appositive after a name in Markdown bold, a capitalised board staying in the title', () => {
    const roles = facts('Nordlys Shipping AS opened a new quay on Monday.\n\n"Ships will come," said **Petra Holm**, Member of the Executive Board of Nordlys Shipping AS responsible for terminals.').roles();
    expect(roles).toContain('Petra Holm | Member of the Executive Board | Nordlys Shipping AS');
  });

  it('keeps "Chairman of the Board" whole', () => {
    const roles = facts('"We are ready," said Tomas Berglund, Chairman of the Board of Kestrel Freight Lines.').roles();
    expect(roles.some((r) => r.startsWith('Tomas Berglund | Chairman of the Board'))).toBe(true);
  });

  it('reads the organisation from the acronym in brackets after an unread name', () => {
    const roles = facts('Valtra Port Authority (VPA) expects more trains. Ingrid Sund, Managing Director of Valtra Port Authority (VPA), said the tracks would grow.').roles();
    expect(roles).toContain('Ingrid Sund | Managing Director | Valtra Port Authority');
  });

  it('reads the post after an age and a home town', () => {
    const roles = facts('Ian Moss, 47, of Leeds, director of Moss Builders Ltd, was fined on Tuesday.').roles();
    expect(roles).toContain('Ian Moss | director | Moss Builders Ltd');
  });

  it('reads no post when a verb follows the age', () => {
    expect(facts('Kolo Tuilagi, 20, was named player of the match on Saturday.').roles()).toEqual([]);
  });

  it('reads a description before a name in Markdown bold', () => {
    const roles = facts('Floods hit Bavaria on Monday. Bavaria\'s Minister for Rural Affairs, **Greta Lindqvist**, visited the dykes.').roles();
    expect(roles).toContain('Greta Lindqvist | Minister for Rural Affairs | Bavaria');
  });
});

describe('roles: owners named by acronyms, descriptions and adjectives', () => {
  it('takes the organisation before a bracketed acronym as the owner of the title after it', () => {
    const roles = facts('The Tenants Union of Lisbon (TUL) president Marco Reis urged the city to act.').roles();
    expect(roles).toContain('Marco Reis | president | Tenants Union of Lisbon');
  });

  it('reads "at the bureau" as the organisation with that word anywhere in its name', () => {
    const roles = facts('The Bureau of Hydrology said the river would rise. Anna Kelso, a senior hydrologist at the bureau, said the peak would come on Friday.').roles();
    expect(roles).toContain('Anna Kelso | senior hydrologist | Bureau of Hydrology');
  });

  it('gives a government office the place an adjective before it is made from', () => {
    const roles = facts('Floods hit Bavaria on Monday. Bavarian Premier Klaus Obermaier said help was coming.').roles();
    expect(roles).toContain('Klaus Obermaier | Premier | Bavaria');
  });

  it('keeps a complement after a possessed title: "Manitoba\'s chief medical officer of health"', () => {
    const roles = facts('Cases rose in Manitoba. Manitoba\'s chief medical officer of health, Dr. Lena Ross, said vaccination had fallen.').roles();
    expect(roles).toContain('Lena Ross | chief medical officer of health | Manitoba');
  });

  it('keeps a place after "in" in a possessed title', () => {
    const roles = facts('The Potato Research Institute (PRI) warned of blight. PRI\'s station director in Molo, Dr Ruth Kibet, urged farmers to rotate crops.').roles();
    expect(roles).toContain('Ruth Kibet | station director in Molo | Potato Research Institute');
  });

  it('reads "the firm\'s" as a business, not an association or an exchange named more often', () => {
    const text = 'The Rift Growers Association met on Monday. The Rift Growers Association said prices fell. The Lakeside Stock Exchange fell too, and the Lakeside Stock Exchange closed early. Baraka Foods Ltd, a snack maker, expects fewer deliveries, according to the firm\'s procurement manager, Paul Njoroge.';
    expect(facts(text).roles()).toContain('Paul Njoroge | procurement manager | Baraka Foods Ltd');
  });

  it('reads "its" as the organisation opening the sentence', () => {
    const text = 'Kestrel Wind Partners, a venture between the state-owned Delta Power Corporation and foreign investors, has signed a supply deal, its managing director Otto Haufiku told reporters.';
    expect(facts(text).roles()).toContain('Otto Haufiku | managing director | Kestrel Wind Partners');
  });
});

describe('roles: titles before names', () => {
  it('reads an organisation, lower-case title words with a complement, then the name', () => {
    const roles = facts('The Civic Alliance party held its count on Friday. Civic Alliance director of elections Mairead Quill said the tally was close.').roles();
    expect(roles).toContain('Mairead Quill | director of elections | Civic Alliance');
  });

  it('reads a prefixed title between an organisation and a name: "co-leader"', () => {
    const roles = facts('The Civic Alliance party held its count on Friday. Civic Alliance co-leader Tomas Brody called it a historic night.').roles();
    expect(roles).toContain('Tomas Brody | co-leader | Civic Alliance');
  });

  it('splits an organisation the article names off the front of a title: "Civic Alliance TD"', () => {
    const roles = facts('The by-election was caused by the resignation of Civic Alliance TD Cathal Breen. Civic Alliance won the seat. Breen said nothing.').roles();
    expect(roles).toContain('Cathal Breen | TD | Civic Alliance');
  });

  it('gives the title before a given name to a person the article names by surname alone', () => {
    const text = 'Work began on the port on Tuesday, Minister of Lands and Housing Tavita Aumua said at the ceremony.\n\n"This is a new start," Aumua said.';
    expect(facts(text).roles()).toContain('Tavita Aumua | Minister of Lands and Housing | -');
  });

  it('reads no post from achievements or a presenter: "defending champion", "Host"', () => {
    expect(facts('The race ended 48 seconds ahead of defending champion Diego Marulanda of Team Andino.').roles()).toEqual([]);
    expect(facts('On Monday voters elect a council. Host Ruwan Perera asks what is at stake.').roles()).toEqual([]);
  });
});
