import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 18: camps and fields, newspapers after "told The", local men, islands, programmes, races won, languages', () => {
  it('reads a lone name before "camp" as the camp (a place), and "Camp X" as a place', () => {
    const f = facts('Amina Warsame, 29, arrived at the Dhagaxley camp in March with three children.');
    expect(f.entity('Dhagaxley')?.kind).toBe('PLACE');
    expect(facts('The minister flew to Camp Harrowgate, the main base in the north, on Monday.').entity('Camp Harrowgate')?.kind).toBe('PLACE');
  });

  it('joins a one-word place to the place a head-first word names with it', () => {
    const f = facts('The minister flew to Camp Harrowgate on Monday. She left from the Harrowgate helipad at noon.');
    expect(f.entity('Camp Harrowgate')?.aliases).toContain('Harrowgate');
  });

  it('reads a lone name before "field" as a gas or oil field', () => {
    expect(facts('Its giant Borlykesh field holds most of the reserves, the ministry said.').entity('Borlykesh')?.kind).toBe('PLACE');
  });

  it('reads a name after "told The" as a newspaper', () => {
    expect(facts('The owner, Rhona Pell-Tremayne, told The Lantern that the thief wore a helmet.').entity('Lantern')?.kind).toBe('ORGANIZATION');
  });

  it('reads a name between "a"/an age and "man"/"woman" as where the person is from', () => {
    expect(facts('A 34-year-old Kestrow man was arrested on Tuesday.').entity('Kestrow')?.kind).toBe('PLACE');
    expect(facts('Police questioned a Dunmarra woman about the fire.').entity('Dunmarra')?.kind).toBe('PLACE');
  });

  it('reads the far end of "between here and X" and a name after "neighbouring" as places', () => {
    expect(facts('"There is no water left between here and Galdeero," she said.').entity('Galdeero')?.kind).toBe('PLACE');
    expect(facts('The campaign will cover Haradleh and neighbouring Buuraleh from Monday.').entity('Buuraleh')?.kind).toBe('PLACE');
  });

  it('reads a name after a travel noun and "to" as a place', () => {
    expect(facts('Aid trucks were stuck on the road to Qardhaale for a week.').entity('Qardhaale')?.kind).toBe('PLACE');
    expect(facts('Hotels say visitors to Tarevao have fallen by a third.').entity('Tarevao')?.kind).toBe('PLACE');
  });

  it('reads lone names between "between" and "and" after a noun of land or water as places', () => {
    const f = facts('The algae now cover the sand between Rangimoa and Tekorua, the report said.');
    expect(f.entity('Rangimoa')?.kind).toBe('PLACE');
    expect(f.entity('Tekorua')?.kind).toBe('PLACE');
  });

  it('reads a lone name after "on" and another name as an island or district', () => {
    const f = facts('The race started in Vaitape on Mauroa and ended at the harbour.');
    expect(f.entity('Mauroa')?.kind).toBe('PLACE');
  });

  it('reads names listed with "including" after a plural place noun as places', () => {
    expect(facts('Water flooded several neighbourhoods on the north bank, including Las Brisas.').entity('Las Brisas')?.kind).toBe('PLACE');
  });

  it('reads no speaker in a regional adjective after a number ("five Caspian states")', () => {
    const f = facts('The treaty requires the consent of all five Varangian states, the ministry said.');
    expect(f.entity('Varangian')?.kind).not.toBe('PERSON');
  });

  it('reads no entity in a programme\'s name, a race won, a language or a compass word and a region\'s adjective', () => {
    expect(facts('The EU will support the line through its Blue Horizon programme, officials said.').entity('Blue Horizon')).toBeUndefined();
    expect(facts('The club won the Tere Moana Hoe for the second year in a row.').entity('Tere Moana Hoe')).toBeUndefined();
    expect(facts('The marchers sang in Hakkanese for an hour before they left.').entity('Hakkanese')).toBeUndefined();
    expect(facts('The company will list on the East African regional exchange next year.').entity('East African')).toBeUndefined();
  });

  it('keeps a name won as part of a longer noun phrase ("won the X contract")', () => {
    expect(facts('Brakwell Steel won the Harbour Link contract in May, the council said.').entity('Brakwell Steel')).toBeDefined();
  });

  it('reads no entity in a rank on a scale or a title abbreviation', () => {
    const f = facts('The Category 3 storm hit the coast on Monday. SecDef spoke to the troops for ten minutes.');
    expect(f.entity('Category')).toBeUndefined();
    expect(f.entity('SecDef')).toBeUndefined();
  });

  it('reads an entry head in capitals by the kind of its normal-case mentions', () => {
    const f = facts('TARLETON, Wednesday night\nFirefighters put out a fire in an empty house in Tarleton. Nobody was hurt.');
    expect(f.entity('Tarleton')?.kind).toBe('PLACE');
  });

  it('reads the home of a ranked organisation in brackets as a place, and a ranked club with a country as no place', () => {
    const f = facts('RESULTS\n1. Faaroa Va\'a Club (Tupai) 7h41m12s\n2. Kahuna Outrigger (New Zealand) 7h45m03s\n');
    expect(f.entity('Tupai')?.kind).toBe('PLACE');
    expect(f.entity('Kahuna Outrigger')?.kind).not.toBe('PLACE');
  });

  it('knows major aid charities whose names are phrases', () => {
    expect(facts('Save the Children, which runs clinics in the camps, warned of malnutrition.').entity('Save the Children')?.kind).toBe('ORGANIZATION');
  });
});
