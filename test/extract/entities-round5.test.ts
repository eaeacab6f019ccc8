import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 5: people', () => {
  it('reads a full name set off by commas before a speech verb as the speaker, not a list item', () => {
    const f = facts('The head of the Tarvo Water Board, Kelan Osmovar, said the pipes were old.');
    expect(f.entity('Kelan Osmovar')?.kind).toBe('PERSON');
    expect(f.entity('Tarvo Water Board')?.kind).toBe('ORGANIZATION');
  });

  it('reads a name after a quote\'s "said" as its speaker when the comma follows the quote mark', () => {
    expect(facts('Parents feared "side effects", said Ramesh Tolu Baniya, a farmer.').entity('Ramesh Tolu Baniya')?.kind).toBe('PERSON');
  });

  it('joins a father\'s surname used alone to the full Spanish name', () => {
    const f = facts('Interior Minister Aurelio Quintaná Ccosi arrived on Monday. Quintaná told reporters the roads were shut.');
    expect(f.entities()).toEqual(['PERSON:Aurelio Quintaná Ccosi']);
    expect(f.entity('Aurelio Quintaná Ccosi')?.aliases).toContain('Quintaná');
  });

  it('reads "Madam" as an honorific, not part of the name', () => {
    expect(facts('The market was too far, Madam Efua Dankwaboa said on Monday.').entities()).toEqual(['PERSON:Efua Dankwaboa']);
  });

  it('drops the photographer of a "(Photo by X / AFP)" caption credit', () => {
    expect(facts('Rescuers dig through mud in Uganda. (Photo by Tobias Lumwanga / AFP)').entities()).toEqual(['PLACE:Uganda']);
  });
});

describe('entities round 5: titles with portfolio lists', () => {
  it('keeps a minister\'s portfolio list inside the title', () => {
    const f = facts('The Minister for Relief, Disaster Preparedness and Refugees, Amara Tolvenko, visited the camps.');
    expect(f.entities()).toEqual(['PERSON:Amara Tolvenko']);
  });
});

describe('entities round 5: organisations', () => {
  it('makes an in-article short form without the leading place an alias of the full name', () => {
    const f = facts('The Kenya Red Cross Society said 40 homes were lost. Volunteers from the Red Cross handed out blankets.');
    expect(f.entities()).toEqual(['ORGANIZATION:Kenya Red Cross Society']);
    expect(f.entity('Kenya Red Cross Society')?.aliases).toContain('Red Cross');
  });

  it('keeps a club apart from the council named after the same town', () => {
    const f = facts('Leicester City Council approved the plan. The stadium is home of Leicester City.');
    expect(f.entity('Leicester City')?.name).not.toBe('Leicester City Council');
  });

  it('reads "X, the Capitalised Alliance" as one organisation named with its appositive', () => {
    const f = facts('The doses were paid for by Zavo, the Vaccine Alliance, and shipped in May. Zavo said more would follow.');
    expect(f.entities()).toEqual(['ORGANIZATION:Zavo, the Vaccine Alliance']);
    expect(f.entity('Zavo, the Vaccine Alliance')?.aliases).toContain('Zavo');
  });

  it("does not read a country's acronym-led or common-word name as a person", () => {
    expect(facts("They met Norway's TKV Energi in March.").entity('TKV Energi')?.kind).toBe('ORGANIZATION');
    expect(facts("Officers from Spain's Guardia Civil arrested four men.").entity('Guardia Civil')?.kind).toBe('ORGANIZATION');
  });

  it('reads a firm named before "managing director" as an organisation', () => {
    const f = facts("The vaccine, made by India's Tarvendra Biolabs, is free. Tarvendra Biolabs managing director Dr Kavita Rao said supply was secure.");
    expect(f.entity('Tarvendra Biolabs')?.kind).toBe('ORGANIZATION');
  });
});

describe('entities round 5: places', () => {
  it('reads a name with a country in brackets (a dateline) as a place', () => {
    const f = facts('Kasumbwa (Uganda) (AFP) - At least 12 people died on Sunday.');
    expect(f.entity('Kasumbwa')?.kind).toBe('PLACE');
  });

  it('keeps a district named by a cue apart from a hospital named after it', () => {
    const f = facts('The slides struck in Namtoko district on Saturday. Camps opened at Namtoko Hospital.');
    expect(f.entity('Namtoko')?.kind).toBe('PLACE');
    expect(f.entity('Namtoko Hospital')?.kind).toBe('ORGANIZATION');
  });

  it("reads a saint's name opening a name of three words as a town", () => {
    expect(facts('Homes were lost in Chiclavo and San Ruperto de Huanchal on Monday.').entity('San Ruperto de Huanchal')?.kind).toBe('PLACE');
  });
});

describe('entities round 5: speakers between commas', () => {
  it('does not read a firm described before the commas as a person', () => {
    expect(facts('Sales stopped after the maker of the pill, Dunvale Pharma, said it was unsafe.').entity('Dunvale Pharma')?.kind).not.toBe('PERSON');
  });
});
