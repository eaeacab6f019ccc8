import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 6; every sentence is invented for its rule. */
describe('quotes: attribution and placement', () => {
  it('reads no quote in a headline or deck line without closing punctuation', () => {
    const text = 'Village life\n\n‘Now the water is clean again’: Kenyan villages take on the river pollution\n\nHealth workers said the clinics had reopened on Monday across the valley.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE -: the clinics had reopened on Monday across the valley']);
  });

  it('attributes a quote with a promise verb after it', () => {
    const text = 'Health Minister Ana Torres visited the clinic on Monday.\n\n"No family will be left without care this winter," the minister pledged.';
    expect(facts(text).statements()).toEqual(['QUOTE Ana Torres: No family will be left without care this winter']);
  });

  it('reads a lower-case title opening a long attribution, and joins the quote after it', () => {
    const text = '"We have documented meetings and cash payments," chief prosecutor Vilma Petraitytė of the Organised Crime and Corruption Investigation Department told a news conference in Vilnius. "This was a system."';
    expect(facts(text).statements()).toEqual(['QUOTE Vilma Petraitytė: We have documented meetings and cash payments, This was a system.']);
  });

  it('keeps a partial quote after "said the deal showed that" in the paraphrase, and the next sentence is no attribution of it', () => {
    const text = 'Nino Beridze, the foreign minister, said the deal showed that the region could "deliver big projects when neighbours trust each other." She added that the grid operator had already begun building a new line to the coast.';
    expect(facts(text).statements()).toEqual([
      'PARAPHRASE Nino Beridze: the deal showed that the region could "deliver big projects when neighbours trust each other.',
      'PARAPHRASE Nino Beridze: the grid operator had already begun building a new line to the coast',
    ]);
  });
});

describe('reported speech: verbs and clause ends', () => {
  it('reads results "published by" a body as that body\'s', () => {
    expect(facts('Maria Kola took 52.4% of the vote on Sunday, according to preliminary results published by the Central Election Commission (CEC) on Monday night.').statements()).toEqual([
      'PARAPHRASE Central Election Commission: Maria Kola took 52.4% of the vote on Sunday',
    ]);
  });

  it('reads no finding in "ruled out"', () => {
    expect(facts('Speaking in Baku, Rauf Aliyev said the study, carried out by the consultancy Tecnoplan, had ruled out sites near Poti because of the risk of landslides.').statements()).toEqual([
      'PARAPHRASE Rauf Aliyev: the study, carried out by the consultancy Tecnoplan, had ruled out sites near Poti because of the risk of landslides',
    ]);
  });

  it('ends a clause at ", while" and a titled speaker of their own', () => {
    expect(facts('Foreign Minister Ana Popescu said Romania would seek more funding from the European Commission, while Hungarian Minister of Foreign Affairs and Trade Peter Kovacs stressed that the cable would cut gas imports.').statements()).toEqual([
      'PARAPHRASE Ana Popescu: Romania would seek more funding from the European Commission',
      'PARAPHRASE Peter Kovacs: the cable would cut gas imports',
    ]);
  });

  it('ends a ruling at the court\'s next order', () => {
    expect(facts('Judge Ana Rojas of the Lima Constitutional Court ruled that the company had violated the rights of the farming communities, and ordered the water authority to test the river every month.').statements()).toEqual([
      'PARAPHRASE Ana Rojas: the company had violated the rights of the farming communities',
    ]);
  });

  it('reads no statement in "told a news conference" or "added the conversion"', () => {
    expect(facts('Chief prosecutor Anna Berg told a news conference in Riga. Fly-half Tom Reed added the conversion from the touchline.').statements()).toEqual([]);
  });

  it('reads no clause in an object followed by a coordinated verb, nor in "urged caution about"', () => {
    expect(facts('Volkswagen confirmed the deal but did not disclose its value.').statements()).toEqual([]);
    expect(facts('Other scientists urged caution about any plan to move the corals to other reefs.').statements()).toEqual([]);
  });

  it('keeps a comma inside the closing quote before ", pointing to"', () => {
    expect(facts('Party leader Oscar Ramirez conceded defeat but said the party remained "the largest party of the country," pointing to its victories in 180 municipalities.').statements()).toEqual([
      'PARAPHRASE Oscar Ramirez: the party remained "the largest party of the country,"',
    ]);
  });

  it('ends a clause before the writer\'s ", a quarter of whom ..."', () => {
    expect(facts('Critics say too little of the revenue reaches ordinary farmers, roughly a quarter of whom live below the poverty line.').statements()).toEqual(['PARAPHRASE -: too little of the revenue reaches ordinary farmers']);
  });

  it("keeps a named body's promise inside a said-clause in that clause", () => {
    expect(facts('Energy Minister Rauf Aliyev spoke in Baku. The minister said the project would cost 3.5 billion euros and that the European Union had promised to cover a fifth of it through grants.').statements()).toEqual([
      'PARAPHRASE Rauf Aliyev: the project would cost 3.5 billion euros and that the European Union had promised to cover a fifth of it through grants',
    ]);
  });
});

describe('reported speech: speakers', () => {
  it('reads "today announced" after a press-release dateline, and "the company" as the one an appositive called a company', () => {
    const text =
      'NAIROBI, Kenya, Nov. 21, 2028 /PRNewswire/ -- Kibo Drones Ltd, a medical logistics company based in Nairobi, today announced that it has raised $14 million in a round led by Savanna Capital.\n\n' +
      'Jane Otieno, a partner at Savanna Capital, said the firm was pleased with the progress.\n\n' +
      'The company said it expected to receive operating approval from the aviation authority next year.';
    expect(facts(text).statements()).toEqual([
      'PARAPHRASE Kibo Drones Ltd: it has raised $14 million in a round led by Savanna Capital',
      'PARAPHRASE Jane Otieno: the firm was pleased with the progress',
      'PARAPHRASE Kibo Drones Ltd: it expected to receive operating approval from the aviation authority next year',
    ]);
  });

  it('reads "according to the authority" as the authority named before', () => {
    expect(facts('The Halvik Port Authority opened a new terminal. According to the authority, Halvik handled 10.2 million containers last year, making it the busiest port in the region.').statements()).toEqual([
      'PARAPHRASE Halvik Port Authority: Halvik handled 10.2 million containers last year, making it the busiest port in the region',
    ]);
  });

  it('gives a person "of the consultancy X" the words, not X', () => {
    expect(facts('Freight analyst Clara Mensah of the consultancy Drewry said the line could succeed if it won steady contracts from supermarkets.').statements()).toEqual([
      'PARAPHRASE Clara Mensah: the line could succeed if it won steady contracts from supermarkets',
    ]);
  });

  it('reads unnamed subjects with a possessive plural or a pair of nationality words', () => {
    expect(facts("Quinoa production in the southern region will fall by about 35% this season, growers' organizations and agriculture officials said on Wednesday.").statements()).toEqual([
      'PARAPHRASE -: Quinoa production in the southern region will fall by about 35% this season',
    ]);
    expect(facts('Lake Kivu releases about twice as much methane as previously estimated, Rwandan and Congolese scientists have found.').statements()).toEqual([
      'PARAPHRASE -: Lake Kivu releases about twice as much methane as previously estimated',
    ]);
  });

  it('reads "the statement said" inserted in a clause as the maker of the statement named before', () => {
    const text =
      'Smith told Jones, "We are ready to suspend all talks unless the shelling of the city stops," the Foreign Ministry said in a statement.\n\n' +
      'Smith also "voiced deep concern," to Jones, the statement said, about attacks on hospitals and schools in the city.';
    expect(facts(text).statements()).toContain('PARAPHRASE Foreign Ministry: Smith also "voiced deep concern," to Jones about attacks on hospitals and schools in the city');
  });
});
