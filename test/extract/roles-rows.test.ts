import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 5 role rules, each on invented sentences. */
describe('roles: honorifics, descriptions, titles in a row', () => {
  it('never emits an honorific as a title, with or without its period', () => {
    expect(facts('The clinic opened on Monday. Dr Amara Okonkwo-Bello said the queue was long.').roles()).toEqual([]);
    expect(facts('The clinic opened on Monday. "We are ready," Mr Tobias Lindqvist said.').roles()).toEqual([]);
  });

  it('reads a description opening the sentence with an honorific or an occupation before the name', () => {
    expect(facts('Harbour Cyclists Union backed the plan. Its chairperson, Dr. Wanjiku Otieno-Hale, said members would ride.').roles()).toEqual([
      'Wanjiku Otieno-Hale | chairperson | Harbour Cyclists Union',
    ]);
    expect(facts('Tarnova Rovers lost again. Their president, businessman Radu Vasilescu, said the coach would stay.').roles()).toEqual([
      'Radu Vasilescu | president | Tarnova Rovers',
    ]);
    expect(facts('The council met. The Municipal Chief Executive (MCE), Hon. John Mensah, told the assembly that stalls would move.').roles()).toEqual([
      'John Mensah | Municipal Chief Executive | -',
    ]);
  });

  it('reads a capitalised post and its place opening the sentence: "of" names the owner, "for" a constituency', () => {
    expect(facts('Rain fell in Kilkenny. Mayor of Kilkenny, Cllr Orla Fennelly-Doyle, said drains would be cleared.').roles()).toContain('Orla Fennelly-Doyle | Mayor | Kilkenny');
    expect(facts('The vote passed. Assembly member for Tafo, Hon. Mary Owusu, voted against the motion.').roles()).toEqual([
      'Mary Owusu | Assembly member for Tafo | -',
    ]);
  });

  it('reads a possessive owner and a title opening the sentence before a titled name', () => {
    expect(facts("The Veltra Party won four seats. Veltra Party's list leader, Senator Dana Kovacs, thanked voters.").roles()).toEqual(
      expect.arrayContaining(['Dana Kovacs | list leader | Veltra Party']),
    );
  });

  it('reads two titles in a row before a name', () => {
    expect(facts('Brenmoor Logistics AS bought Tanjung Freight. Brenmoor founder and managing director Eirik Solvang said the deal closed.').roles()).toEqual([
      'Eirik Solvang | managing director | Brenmoor Logistics AS',
      'Eirik Solvang | founder | Brenmoor Logistics AS',
    ]);
    expect(facts('Delegates met in Vientiane, Laos. Lao Deputy Prime Minister and Foreign Minister Somsak Vongsa chaired the talks.').roles()).toEqual([
      'Somsak Vongsa | Foreign Minister | Laos',
      'Somsak Vongsa | Deputy Prime Minister | Laos',
    ]);
    // A lower-case post of an owner before a capitalised title: the capitalised title keeps its own reading.
    expect(facts('The Verdant Party lost. Verdant Party president Senator Marta Quiroga said the party would reflect.').roles()).toEqual([
      'Marta Quiroga | Senator | -',
      'Marta Quiroga | president | Verdant Party',
    ]);
  });

  it('reads a common word opening the sentence as part of the title, not an organisation', () => {
    expect(facts('Shipping costs and freight rates rose. Freight analyst Mireille Dubois-Kane of the consultancy Marlowe said prices would fall.').roles()).toEqual([
      'Mireille Dubois-Kane | Freight analyst | Marlowe',
    ]);
    expect(facts('Halden Batteri AS lost money. Finance chief Ola Brekke-Lunde said costs would fall.').roles()).toEqual(['Ola Brekke-Lunde | Finance chief | -']);
  });

  it('reads the owner after a business noun: "of Kampala-based exporter X"', () => {
    expect(facts('Amani Otieno, managing director of Nairobi-based exporter Kilima Tea Ltd, said orders fell.').roles()).toEqual([
      'Amani Otieno | managing director | Kilima Tea Ltd',
    ]);
  });

  it('gives "the company" a business, not the public body named more often', () => {
    const f = facts(
      'The Consumer Protection Authority fined Lumivo Apps Ltd. The Consumer Protection Authority said the Consumer Protection Authority had warned the firm. Petra Saar, the company\'s founder, said it would appeal.',
    );
    expect(f.roles()).toEqual(['Petra Saar | founder | Lumivo Apps Ltd']);
  });

  it('gives "the museum" the museum named most, the first on a tie', () => {
    const f = facts(
      'The Dreyer Museum of Textiles will return a tapestry to Peru. It will be shown at the National Museum of Lima. "It belongs there," said Ana Vos, the museum\'s director.',
    );
    expect(f.roles()).toEqual(['Ana Vos | director | Dreyer Museum of Textiles']);
  });

  it('reads a described post before a name mid-sentence', () => {
    const f = facts('The Dreyer Museum of Textiles opened in 1960. The tapestry was bought by the museum\'s founder, the shipping magnate Peter Janssen, in 1971.');
    expect(f.roles()).toEqual(['Peter Janssen | founder | Dreyer Museum of Textiles']);
  });

  it('reads no relation and no prepositional phrase as a post', () => {
    expect(facts('Moroccan Foreign Minister Samir Alaoui met his Senegalese counterpart, Awa Ndiaye-Sall, in Dakar.').roles()).not.toContain('Awa Ndiaye-Sall | counterpart | Senegal');
    expect(facts('The statues were bought by Piet Claes, from a Bangkok dealer in 1974.').roles()).toEqual([]);
  });
});
