import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 6: names', () => {
  it('keeps an elided particle inside a place name', () => {
    expect(facts('The company opened a base in Côte d\'Ivoire last year.').entity('Côte d\'Ivoire')?.kind).toBe('PLACE');
  });

  it('ends a ministry\'s portfolio list before "of <country>"', () => {
    const f = facts('It works with the Ministry of Fisheries, Coastal Care and Rural Water Supply of Ghana on boats.');
    expect(f.entity('Ministry of Fisheries, Coastal Care and Rural Water Supply')?.kind).toBe('ORGANIZATION');
  });

  it('reads a given name and a surname initial as a person, period kept', () => {
    const f = facts('Prosecutors named Vaidotas R., head of the firm, and Tomas P., a manager.');
    expect(f.entity('Vaidotas R.')?.kind).toBe('PERSON');
    expect(f.entity('Tomas P.')?.kind).toBe('PERSON');
  });

  it('ends a title running through "of" before a full name opening with a given name', () => {
    expect(facts('Minister of Foreign Affairs and Trade Peter Varkonyi stressed that it mattered.').entity('Peter Varkonyi')?.kind).toBe('PERSON');
    expect(facts('Deputy Minister of Agriculture and Environment Nguyen Thi Minh Hoa warned that it was late.').entity('Nguyen Thi Minh Hoa')?.kind).toBe('PERSON');
  });

  it('reads a double-barrelled surname after a given word as a person', () => {
    expect(facts('Khadija Oumarou-Lemoine, a partner at the fund, said in a statement that it was good.').entity('Khadija Oumarou-Lemoine')?.kind).toBe('PERSON');
  });

  it('keeps only the words the body names from a Title Case headline', () => {
    const f = facts('Korvani Drones Raises $9 Million Series B to Take Blood Deliveries to Togo\n\nLOME -- The start-up said on Monday that Korvani Drones would expand. Since May, Korvani Drones has flown 300 times.');
    expect(f.entity('Korvani Drones')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Korvani Drones Raises')).toBeUndefined();
    expect(f.entity('Take Blood Deliveries')).toBeUndefined();
    expect(f.entity('Series B')).toBeUndefined();
  });
});

describe('entities round 6: kinds', () => {
  it('reads a structure or landform noun after a name as a place', () => {
    expect(facts('The train crossed the 1.2-kilometre Merkys viaduct on Tuesday.').entity('Merkys')?.kind).toBe('PLACE');
    expect(facts('It could damage the protected Supsa wetlands south of the port.').entity('Supsa')?.kind).toBe('PLACE');
    expect(facts('The bridge at Kanvoro has collapsed, she says.').entity('Kanvoro')?.kind).toBe('PLACE');
  });

  it('reads a name whose appositive is a route as a place', () => {
    expect(facts('Trains will use Nordlinja, the high-speed line that is to link Oslo with Bergen.').entity('Nordlinja')?.kind).toBe('PLACE');
  });

  it('reads a sports centre as a place', () => {
    expect(facts('The race at the Kaarli Sports Centre was held in snow.').entity('Kaarli Sports Centre')?.kind).toBe('PLACE');
  });

  it('reads a name after a place preposition and a country\'s possessive as a place', () => {
    expect(facts('The squad trained at altitude in Italy\'s Val Senales in January.').entity('Val Senales')?.kind).toBe('PLACE');
  });

  it('reads a name with a capital inside one word as an organisation', () => {
    expect(facts('Rosa Quispe, who works for the Lima-based nonprofit AguaViva, advised the families.').entity('AguaViva')?.kind).toBe('ORGANIZATION');
  });

  it('reads a journal after "published in" as an organisation, ampersand kept', () => {
    expect(facts('The study, published in Polar Biology & Ecology, was long.').entity('Polar Biology & Ecology')?.kind).toBe('ORGANIZATION');
  });

  it('knows legislatures by their native name', () => {
    expect(facts('He was asked to appear before a commission of the Seimas on Monday.').entity('Seimas')?.kind).toBe('ORGANIZATION');
  });

  it('reads a lone name after "the" and a participle at the end of a clause as a region', () => {
    expect(facts('It is a symbol of the warming Arctic, they said.').entity('Arctic')?.kind).toBe('PLACE');
  });

  it('takes a short name into the organisation written with a legal form before it', () => {
    const f = facts('The viaduct was built by the contractor UAB Dauguva Tiltai. Dauguva Tiltai said it would pay.');
    expect(f.entities()).toContain('ORGANIZATION:UAB Dauguva Tiltai');
    expect(f.entity('Dauguva Tiltai')?.name).toBe('UAB Dauguva Tiltai');
  });
});

describe('entities round 6: not entities', () => {
  it('drops funding rounds, weather events, product codes and demonym compounds', () => {
    const f = facts('It raised $14 million in a Series A round. A weak La Niña pattern could follow. The country introduced the Q17 malaria vaccine on the European-gauge line.');
    expect(f.entities()).toEqual([]);
  });

  it('keeps a code that names a broadcaster', () => {
    expect(facts('The club president told Moldovan broadcaster ZX5 before the match that it was fine.').entity('ZX5')).toBeDefined();
  });

  it('splits a known organisation from a designation after it', () => {
    const f = facts('El Jem is best known for its amphitheatre, a UNESCO World Heritage Site.');
    expect(f.entity('UNESCO')?.kind).toBe('ORGANIZATION');
    expect(f.entity('UNESCO World Heritage Site')).toBeUndefined();
  });

  it('keeps compass words and adjectives before a title in the title, and an acronym apart from it', () => {
    const f = facts('"Roads flood," said Dr. Ama Boateng, Northern Regional Director, Ghana Health Service. "It works," said Kofi Mensah, IFC Country Manager for Togo.');
    expect(f.entity('Northern Regional')).toBeUndefined();
    expect(f.entity('IFC Country')).toBeUndefined();
  });

  it('drops a common verb opening a sentence before an object pronoun', () => {
    expect(facts('Support us just once.').entities()).toEqual([]);
  });

  it('credits a photographer on a caption line to nobody', () => {
    expect(facts('Officers leave the building on Monday. Photo: Rimas Dovydaitis / BNS').entity('Rimas Dovydaitis')).toBeUndefined();
  });
});

describe('entities round 6: routes', () => {
  it('reads a route opener and one proper word as a place, not a title before a name', () => {
    expect(facts('Work on Rail Baltica resumed on Monday.').entities()).toEqual(['PLACE:Rail Baltica']);
    expect(facts('Rail Minister Petra Lindqvist said repairs would take a week.').entities()).toContain('PERSON:Petra Lindqvist');
    expect(facts('Rail Minister Petra Lindqvist said repairs would take a week.').entities()).not.toContain('PLACE:Rail Minister');
  });
});
