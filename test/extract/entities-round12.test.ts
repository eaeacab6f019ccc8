import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 12: native names in brackets, institutions, units, lists, places', () => {
  it("makes a native name and its acronym in brackets other names of the organisation ('X (Native Name, ACR)')", () => {
    const f = facts(
      'The Ruritanian Beekeepers\' Union (Rurska Pčelarska Zveza, RPZ) said honey output fell. ' +
        'The Valdor Energy Regulation Commission (Commission de Régulation de l\'Énergie du Valdor, CREV) said prices would rise. ' +
        'RPZ board member Ana Kovač said the union would ask for aid.',
    );
    const union = f.entity("Ruritanian Beekeepers' Union");
    expect(union?.kind).toBe('ORGANIZATION');
    expect(union?.aliases).toEqual(expect.arrayContaining(['Rurska Pčelarska Zveza', 'RPZ']));
    const commission = f.entity('Valdor Energy Regulation Commission');
    expect(commission?.aliases).toEqual(expect.arrayContaining(["Commission de Régulation de l'Énergie du Valdor", 'CREV']));
    expect(f.entities()).not.toContain('ORGANIZATION:du Valdor');
    expect(f.entities()).not.toContain('ORGANIZATION:RPZ');
  });

  it("makes a name alone in brackets after an organisation its native name, the English name staying the entity's name", () => {
    const f = facts('Turnout was 61 percent, the Tarsa Electoral Board (Junta Electoral de Tarsa) said on Monday.');
    const board = f.entity('Tarsa Electoral Board');
    expect(board?.name).toBe('Tarsa Electoral Board');
    expect(board?.aliases).toContain('Junta Electoral de Tarsa');
  });

  it("keeps a lower-case native name whole ('Hrvatski ... savez' style)", () => {
    const f = facts('The Istrian Rowing Federation (Istarski veslački savez, IVS) said the race would go ahead.');
    expect(f.entity('Istrian Rowing Federation')?.aliases).toEqual(expect.arrayContaining(['Istarski veslački savez', 'IVS']));
  });

  it("reads 'Chamber', 'Embassy' and 'Tomb' names by their head ('National Chamber of Fisheries', 'Embassy of X', 'Tomb of X')", () => {
    const f = facts(
      'The National Chamber of Fisheries called for aid. The Embassy of Ruritania in Valdor said it agreed. ' +
        'The Royal Tomb of Marvik has been a museum since 1961.',
    );
    expect(f.entity('National Chamber of Fisheries')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Embassy of Ruritania')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Royal Tomb of Marvik')?.kind).toBe('PLACE');
  });

  it("splits 'the First Chamber of <country>'s Supreme Court' into two organisations", () => {
    const f = facts("The First Chamber of Mexico's Supreme Court of Justice of the Nation refused the appeal.");
    expect(f.entity('First Chamber')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Supreme Court of Justice of the Nation')?.kind).toBe('ORGANIZATION');
  });

  it("keeps a Hungarian 'Zrt.' with its period, and a hyphenated first word is no short form ('the Maros' is the river)", () => {
    const f = facts(
      'Bence Tóth-Varga, managing director of Maros-Fűszer Feldolgozó Zrt., said the company would buy abroad. ' +
        'Fields are irrigated from the Maros, growers said.',
    );
    expect(f.entity('Maros-Fűszer Feldolgozó Zrt.')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Maros-Fűszer Feldolgozó Zrt.')?.aliases).not.toContain('Maros');
    expect(f.entity('Maros')?.kind).toBe('PLACE');
  });

  it("reads an institution's noun inside a name as an organisation ('Civil Hospital Lumbini', 'Varna University St. Ivan Rilski')", () => {
    const f = facts(
      'The Civil Hospital Lumbini said six people had died. ' +
        'Prof. Dobri Kostov, a historian at Varna University St. Ivan Rilski, cautioned that the date was uncertain.',
    );
    expect(f.entity('Civil Hospital Lumbini')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Varna University St. Ivan Rilski')?.kind).toBe('ORGANIZATION');
  });

  it("reads a description's head noun before its preposition ('a lecturer in sociology at X') and a lower-case possessive in an appositive", () => {
    const f = facts(
      'Kanya Srisuk, a lecturer in sociology at Korat University, said the raids would not help. ' +
        "V-Power, the town's power utility, said in a statement that it had restored supply.",
    );
    expect(f.entity('Kanya Srisuk')?.kind).toBe('PERSON');
    expect(f.entity('V-Power')?.kind).toBe('ORGANIZATION');
  });

  it("splits 'A, B and C Town' into a list of places, not a portfolio list", () => {
    const f = facts(
      'Residents of Lumbo, Karuni and Tasi Town complained of outages. ' +
        'Peter Otieno is the County Executive Committee Member for Agriculture, Livestock and Fisheries.',
    );
    expect(f.entity('Karuni')?.kind).toBe('PLACE');
    expect(f.entity('Tasi Town')?.kind).toBe('PLACE');
    expect(f.entities()).not.toContain('PLACE:Karuni and Tasi Town');
    expect(f.entity('Livestock')).toBeUndefined();
  });

  it("makes the word before an administrative level inside an institution's name a place, not its short form ('Marvi Provincial ...')", () => {
    const f = facts(
      'Marvi Health Minister Javed Khoso said clinics had opened. ' +
        'The Marvi Provincial Disaster Management Authority urged people to stay indoors.',
    );
    expect(f.entity('Marvi')?.kind).toBe('PLACE');
    expect(f.entity('Marvi Provincial Disaster Management Authority')?.aliases).not.toContain('Marvi');
  });

  it('drops units, eras, currency codes, thing acronyms and numbered articles', () => {
    const f = facts(
      'Winds reached 9 Beaufort near the coast. The plant makes 300 MW, and demand hit 21,400 MW on Monday. ' +
        'The cup dates from the 5th century BC. It will cost about 12 billion USD. ' +
        'Police seized 80 SIM boxes and fake ID cards. It is written in Article 12 of the treaty.',
    );
    for (const name of ['Beaufort', 'MW', 'BC', 'USD', 'SIM', 'ID', 'Article']) expect(f.entity(name)).toBeUndefined();
  });

  it("keeps a capitalised 'In' inside a sentence as a town's first word ('near In Tafrit')", () => {
    const f = facts('Farmers near In Tafrit said the new plant had cut outages.');
    expect(f.entity('In Tafrit')).toBeDefined();
    expect(f.entity('Tafrit')?.name).not.toBe('Tafrit');
  });

  it('reads a lone name after a place preposition and a compass adjective as a place', () => {
    const f = facts('A wildfire is burning in northern Korvia. Temperatures in central Korvia reached 41C.');
    expect(f.entity('Korvia')?.kind).toBe('PLACE');
  });

  it("gives a lone unknown name joined by 'and' to a place named elsewhere the place's kind", () => {
    const f = facts('Officials arrived in Loutro on Tuesday. Police have closed the road between Loutro and Pirgaki.');
    expect(f.entity('Pirgaki')?.kind).toBe('PLACE');
  });

  it("does not take a hyphenated part of a municipality's name for the municipality ('Limnos' of 'Vari-Limnos-Agios Petros')", () => {
    const f = facts(
      'A state of emergency was declared for the municipality of Vari-Limnos-Agios Petros. Residents were told to leave towards Limnos.',
    );
    expect(f.entity('Vari-Limnos-Agios Petros')?.aliases).not.toContain('Limnos');
  });

  it("calls 'X Islands' by the plural of its first word ('the Paracels')", () => {
    const f = facts('Ships patrol the Paracel Islands every week. Fishermen work near the Paracels every day.');
    expect(f.entity('Paracel Islands')?.aliases).toContain('Paracels');
  });

  it("reads a Filipino name joined by 'ng' whole, Thai police ranks as titles, and an undersecretary's title before 'Ma.'", () => {
    const f = facts(
      'Lito Ramos, chairman of the farmers\' group Samahang Magsasaka ng Bulacan, spoke. ' +
        'Provincial police chief Pol Maj Gen Somchai Thongdee said the raid was planned. ' +
        'DFA Undersecretary for Trade Ma. Luisa Reyes-Santos told the panel the deal was fair.',
    );
    expect(f.entity('Samahang Magsasaka ng Bulacan')?.kind).toBe('ORGANIZATION');
    expect(f.entities().some((e) => e.includes('Pol Maj'))).toBe(false);
    expect(f.entity('Ma. Luisa Reyes-Santos')?.kind).toBe('PERSON');
  });

  it("reads the ends of a route written with a dash as places ('the Dong Mai - Vinh section')", () => {
    const f = facts('The Dong Mai - Vinh section is scheduled for completion in 2039.');
    expect(f.entity('Dong Mai')?.kind).toBe('PLACE');
  });
});
