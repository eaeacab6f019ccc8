import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 11: bracketed short names, offices "in Charge of", venues, lists of people', () => {
  it("gives the bracketed acronym to the organisation it follows, not to the titled person before 'of'", () => {
    const f = facts('Deputy Governor Tomas Vikberg of the Central Bank of Estlandia (BCE) said prices rose. The BCE will meet in May.');
    expect(f.entity('Tomas Vikberg')?.kind).toBe('PERSON');
    expect(f.entity('Central Bank of Estlandia')?.aliases).toContain('BCE');
  });

  it("makes a place's bracketed acronym the place's, and a news agency in brackets after a dateline place no acronym", () => {
    const f = facts(
      'Maraval, West Korlandi (ANTARA) - Officials met in Maraval, the capital of West Korlandi (WKR) province. Farmers in WKR welcomed the deal.',
    );
    const place = f.entity('West Korlandi');
    expect(place?.kind).toBe('PLACE');
    expect(place?.aliases).toContain('WKR');
    expect(place?.aliases).not.toContain('ANTARA');
  });

  it("keeps a bracketed acronym that a news agency shares for a spelt-out organisation ('Ruritania's Water Agency (APA)')", () => {
    const f = facts("The plant awaits a licence from Ruritania's Water Agency (APA). The APA said it would decide by June.");
    expect(f.entity("Ruritania's Water Agency")?.aliases).toContain('APA');
  });

  it("joins a bracketed short name made of the name's word openings ('Meteo Ostrava')", () => {
    const f = facts('The Ostrava Meteorology Agency (Meteo Ostrava) had warned of heavy rain. Meteo Ostrava said more was coming.');
    const agency = f.entity('Ostrava Meteorology Agency');
    expect(agency?.kind).toBe('ORGANIZATION');
    expect(agency?.aliases).toContain('Meteo Ostrava');
    expect(f.entities()).not.toContain('ORGANIZATION:Meteo Ostrava');
  });

  it("reads a ministry and a minister 'in Charge of' a portfolio whole", () => {
    const f = facts(
      'Eleven people died, according to the Ministry in Charge of Disaster Management (MIDIRE). ' +
        'On Tuesday, Minister in Charge of Disaster Management Grace Uwamahoro said aid had been sent.',
    );
    expect(f.entity('Ministry in Charge of Disaster Management')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Charge')).toBeUndefined();
    expect(f.entity('Ministry')).toBeUndefined();
    expect(f.entity('Grace Uwamahoro')?.kind).toBe('PERSON');
  });

  it("does not take a place for an organisation's short form when the organisation is its members' ('X Farmers' League')", () => {
    const f = facts(
      "The harvest in Valdoria will fall by a third. Ion Petrache, president of the Valdoria Farmers' League, called the plan weak. " +
        'Every year in Valdoria will look like this one.',
    );
    expect(f.entity('Valdoria')?.kind).toBe('PLACE');
    expect(f.entity("Valdoria Farmers' League")?.aliases).not.toContain('Valdoria');
  });

  it("calls an organisation by its name cut before 'for' ('Karsten Institute' for 'Karsten Institute for Coastal Studies')", () => {
    const f = facts(
      'Scientists from the Karsten Institute for Coastal Studies analysed the samples. ' +
        'The results surprised Ana Lidell, a biologist at the Karsten Institute in Porto Seguro.',
    );
    expect(f.entity('Karsten Institute for Coastal Studies')?.aliases).toContain('Karsten Institute');
  });

  it('reads a name in a comma series beside firm full names as a person', () => {
    const f = facts('Panel: Marta Kowalska-Nowak (presiding), Zbyszko Wrzeciono, Helena Pietrzyk-Zalewska\n\nThe court ruled on Monday.');
    expect(f.entity('Zbyszko Wrzeciono')?.kind).toBe('PERSON');
  });

  it('reads venues named head-first in Portuguese or Spanish, and a cemetery, as places; an honour named with "of" as no entity', () => {
    const f = facts(
      'He played at the Coliseu dos Amigos and at the Adega do Largo Novo. A wake will be held at the Basílica da Luz, ' +
        'and the funeral at the Ribeira Cemetery. The minister will propose him for the Medal of Artistic Merit.',
    );
    expect(f.entity('Coliseu dos Amigos')?.kind).toBe('PLACE');
    expect(f.entity('Adega do Largo Novo')?.kind).toBe('PLACE');
    expect(f.entity('Basílica da Luz')?.kind).toBe('PLACE');
    expect(f.entity('Ribeira Cemetery')?.kind).toBe('PLACE');
    expect(f.entity('Medal')).toBeUndefined();
    expect(f.entity('Artistic Merit')).toBeUndefined();
  });

  it("reads a name set off by commas after a bracketed acronym before 'told' as a person, and its outlet appositive as an organisation", () => {
    const f = facts(
      'The head of the Special Zone of Porto Aberto (ZEPA), Bento Lusitano Cabral, told Notiza, Valdoria\'s national news agency, that 600 families would benefit.',
    );
    expect(f.entity('Bento Lusitano Cabral')?.kind).toBe('PERSON');
    expect(f.entity('Notiza')?.kind).toBe('ORGANIZATION');
  });

  it("reads a lone unknown word right after 'told' as a news outlet, but a known person's surname as the person", () => {
    const f = facts('Rui Castanheira, a local leader, told Ecoreport that the miners had returned. Castanheira told Ecoreport he was afraid.');
    expect(f.entity('Ecoreport')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Rui Castanheira')?.aliases).toContain('Castanheira');
  });

  it("keeps a Spanish double surname ending in an accented '-ós' a person's (no team plural)", () => {
    const f = facts(
      'The match in Zamora was tense. Captain Diego Zamora Solís equalised from the spot, and Zamora Solís was later booked.',
    );
    expect(f.entity('Diego Zamora Solís')?.aliases).toContain('Zamora Solís');
    expect(f.entities()).not.toContain('ORGANIZATION:Zamora Solís');
  });

  it('reads a journal after "published this week in" as an organisation', () => {
    const f = facts('The study was published this week in Coastal Systems Letters. Coastal Systems Letters is peer reviewed.');
    expect(f.entity('Coastal Systems Letters')?.kind).toBe('ORGANIZATION');
  });

  it("reads a mixed-case acronym spelling the connectors ('TfN' of 'Transport for Northumbria')", () => {
    const f = facts('The line is run by Network Rail and Transport for Northumbria (TfN). Fares are frozen, according to TfN.');
    const tfn = f.entity('Transport for Northumbria');
    expect(tfn?.kind).toBe('ORGANIZATION');
    expect(tfn?.aliases).toContain('TfN');
    expect(f.entity('Transport')).toBeUndefined();
  });

  it("drops an adjective made with '-era' or '-style' from the name after it", () => {
    const f = facts('Engineers inspected the Victorian-era Cwmglas tunnel and the Soviet-style Drevno plant.');
    expect(f.entities().some((e) => /Victorian|Soviet/.test(e))).toBe(false);
  });

  it('ends a portfolio title before two unknown words that name its holder, then reads the next name in the list', () => {
    const f = facts(
      'Minister of Territorial Administration and Infrastructure Haykanush Mkrtchyan and Levan Tsikhelashvili, ' +
        'director of the grid operator, signed the deal. Mkrtchyan said the line would open in 2035.',
    );
    expect(f.entity('Haykanush Mkrtchyan')?.kind).toBe('PERSON');
    expect(f.entity('Levan Tsikhelashvili')?.kind).toBe('PERSON');
  });

  it("makes 'legislator' a title before a name", () => {
    const f = facts('Opposition legislator Anupama Borthakur accused the government of delays.');
    expect(f.entity('Anupama Borthakur')?.kind).toBe('PERSON');
  });

  it('reads a lone unknown word after a fixture verb in a sports report as a club', () => {
    const f = facts(
      'Northport beat Eastvale 2-1 in the league on Sunday. The striker scored twice, and the goalkeeper saved a penalty in the match. ' +
        'Northport visit Quebradilla next Sunday, while Eastvale host Montelindo on Saturday.',
    );
    expect(f.entity('Quebradilla')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Montelindo')?.kind).toBe('ORGANIZATION');
  });
});
