import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Reported-speech patterns, on sentences written for these rules (no fixture's). */
describe('reported speech', () => {
  it('resolves a title-only subject to the person holding the title', () => {
    const f = facts('Finance Minister Ana Torres met the unions on Monday. The minister said the government would raise pensions by 3 percent next year.');
    expect(f.statements()).toEqual(['PARAPHRASE Ana Torres: the government would raise pensions by 3 percent next year']);
  });

  it('reads a verb coordinated with an action, also after a pronoun or a titled name with its place', () => {
    expect(facts('Jalisco Governor Pablo Lemus toured the flooded area and said the state would rebuild every school.').statements()).toEqual(['PARAPHRASE Pablo Lemus: the state would rebuild every school']);
    expect(facts('Maria Lopez spoke first. She thanked the volunteers and said the shelter would stay open all winter.').statements()).toEqual(['PARAPHRASE Maria Lopez: the shelter would stay open all winter']);
  });

  it('gives two statements for two reporting verbs joined by "but"', () => {
    const f = facts('Karin Lindqvist said the bank expected to save 150 million euros a year, but denied that the deal would lead to branch closures.');
    expect(f.statements()).toEqual([
      'PARAPHRASE Karin Lindqvist: the bank expected to save 150 million euros a year',
      'PARAPHRASE Karin Lindqvist: the deal would lead to branch closures',
    ]);
  });

  it('reads "saying" after a clause as the subject speaking again', () => {
    const f = facts('The European Union criticised the tariffs on Friday, saying they would hurt farmers on both sides.');
    expect(f.statements()).toEqual(['PARAPHRASE European Union: they would hurt farmers on both sides']);
  });

  it('reads unnamed speakers, before and after the clause', () => {
    expect(facts('At the harbour in Valparaíso, several fishermen said the catch had halved since March.').statements()).toEqual(['PARAPHRASE -: the catch had halved since March']);
    expect(facts('Storms cut power to 20,000 homes in the north, officials said Thursday.').statements()).toEqual(['PARAPHRASE -: Storms cut power to 20,000 homes in the north']);
    expect(facts('The bridge, which local residents say was never inspected, collapsed in June.').statements()).toEqual([]);
  });

  it('reads "according to" a description or a titled person', () => {
    expect(facts('Unemployment fell to 6.1 percent in May, according to official figures.').statements()).toEqual(['PARAPHRASE -: Unemployment fell to 6.1 percent in May']);
    expect(facts('The deal raises wages by 4.5 percent, according to union leader Tomas Irarrazaval.').statements()).toEqual(['PARAPHRASE Tomas Irarrazaval: The deal raises wages by 4.5 percent']);
    const f = facts('The Ministry of Health opened 12 clinics. Cases fell by half in a week, according to the health ministry.');
    expect(f.statements()).toEqual(['PARAPHRASE Ministry of Health: Cases fell by half in a week']);
  });

  it('drops an unnamed co-speaker and keeps the dateline out of the text', () => {
    expect(facts('Turkey and the Syrian government say they are ready for talks.').statements()).toEqual(['PARAPHRASE Turkey: they are ready for talks']);
    const f = facts('Heading\n\nGUWAHATI, India — Floods have killed at least 40 people in Assam, officials said Tuesday.');
    expect(f.statements()).toEqual(['PARAPHRASE -: Floods have killed at least 40 people in Assam']);
  });

  it('keeps a place that ends a complement from speaking', () => {
    const f = facts('Trade unions in Lithuania and Estonia warned that jobs could move to Sweden.');
    expect(f.statements()).toEqual(['PARAPHRASE -: jobs could move to Sweden']);
  });

  it('reads a short clause after "said" when it has its own subject', () => {
    expect(facts('Daniel Otieno said he had no regrets.').statements()).toEqual(['PARAPHRASE Daniel Otieno: he had no regrets']);
  });

  it('does not split a sentence after a numbering abbreviation', () => {
    const f = facts('Tomas Irarrazaval said the members of Union No. 1 would vote on Monday.');
    expect(f.statements()).toEqual(['PARAPHRASE Tomas Irarrazaval: the members of Union No. 1 would vote on Monday']);
  });

  it('skips a setting or the object of "told" before the that-clause', () => {
    expect(facts('Mayor Carla Benz said on a call with reporters that the bridge would reopen in May.').statements()).toEqual(['PARAPHRASE Carla Benz: the bridge would reopen in May']);
    expect(facts('Mayor Carla Benz told cheering volunteers at the town hall that the bridge would reopen in May.').statements()).toEqual(['PARAPHRASE Carla Benz: the bridge would reopen in May']);
  });

  it('ignores the attribution of a quote whose speaker has an initial', () => {
    const f = facts('"We expect more tremors," agency director Paolo R. Conti said at a briefing in Rome.');
    expect(f.statements()).toEqual(['QUOTE Paolo R. Conti: We expect more tremors']);
  });

  it('reads a participle after a comma as a second statement: ", telling X ...", ", adding that ..."', () => {
    const f = facts('Minister Rosa Kell denied that Malta had been left out, telling Reuters the talks remained open to every member.');
    expect(f.statements()).toEqual(['PARAPHRASE Rosa Kell: Malta had been left out', 'PARAPHRASE Rosa Kell: the talks remained open to every member']);
    const g = facts('"Our members want clarity," director Ivo Sandor said, adding that the union wanted weekly reports from the council.');
    expect(g.statements()).toEqual(['QUOTE Ivo Sandor: Our members want clarity', 'PARAPHRASE Ivo Sandor: the union wanted weekly reports from the council']);
  });

  it('does not read acts as reports: "claimed victory", "pledged money", "threatened springs"', () => {
    expect(facts('The Green Union Party claimed victory in the local elections on Sunday.').statements()).toEqual([]);
    expect(facts('The Nordic Fund has pledged 3 billion crowns for rail links across the region.').statements()).toEqual([]);
    const f = facts('The Saami Council argued that the mine had drained bogs used by reindeer and threatened wells that two villages rely on.');
    expect(f.statements()).toEqual(['PARAPHRASE Saami Council: the mine had drained bogs used by reindeer and threatened wells that two villages rely on']);
  });

  it('gives an unnamed member the body named before it: "A Harbor Transit spokesperson", "EU officials", "X\'s government"', () => {
    expect(facts('Harbor Transit runs the ferries. A Harbor Transit spokesperson said the agency was reviewing the timetable.').statements()).toEqual(['PARAPHRASE Harbor Transit: the agency was reviewing the timetable']);
    expect(facts("Norway's government says it expects gas exports to fall by 2030.").statements()).toEqual(['PARAPHRASE Norway: it expects gas exports to fall by 2030']);
  });

  it('gives a joint description each of the two bodies it stands for', () => {
    const f = facts('The Liberal Party and the Green Party met on Monday. Crime was high last year, and both parties promised to hire more police officers in the capital.');
    expect(f.statements().sort()).toEqual(['PARAPHRASE Green Party: to hire more police officers in the capital', 'PARAPHRASE Liberal Party: to hire more police officers in the capital']);
    expect(facts('The ministers agreed to meet again in June, officials from both sides said.').statements()).toEqual(['PARAPHRASE -: The ministers agreed to meet again in June']);
  });

  it('resolves a title-only subject that qualifies the bare title', () => {
    const f = facts('Secretary Anna Lopes visited the ward.\n\nAsked about vaccines, the health secretary said the government would wait for the regulator.');
    expect(f.statements()).toEqual(['PARAPHRASE Anna Lopes: the government would wait for the regulator']);
  });

  it('reads "according to" with an honorific, "estimates by X", and a clause going on after the source', () => {
    expect(facts('Admissions rose 40% this month, according to Dr. Lena Ortiz, the district health officer.').statements()).toEqual(['PARAPHRASE Lena Ortiz: Admissions rose 40% this month']);
    expect(facts('Floods cost farmers $2 billion last year, according to estimates by the Danube Farmers Federation.').statements()).toEqual(['PARAPHRASE Danube Farmers Federation: Floods cost farmers $2 billion last year']);
    expect(facts('Tin prices fell 30% this year, according to Metal Analytics Group, as new mines opened in Peru.').statements()).toEqual(['PARAPHRASE Metal Analytics Group: Tin prices fell 30% this year, as new mines opened in Peru']);
  });

  it('reads unnamed speakers: quantified plurals, authors, a person with a relative clause', () => {
    expect(facts('Some marine biologists cautioned that the reef recovers very slowly.').statements()).toEqual(['PARAPHRASE -: the reef recovers very slowly']);
    expect(facts('A nurse who asked not to be named said staff had worked double shifts for weeks.').statements()).toEqual(['PARAPHRASE -: staff had worked double shifts for weeks']);
    expect(facts('Parents in Lyon said they were frightened.').statements()).toEqual(['PARAPHRASE -: they were frightened']);
  });

  it('gives "A council spokeswoman said" to the organisation named before with that noun, else to nobody', () => {
    const f = facts('Harbourside Borough Council approved the plan on Monday.\n\nA council spokeswoman said the authority would publish the full costs next month.');
    expect(f.statements()).toEqual(['PARAPHRASE Harbourside Borough Council: the authority would publish the full costs next month']);
    expect(facts('Rangers beat Celtic on Monday.\n\nA council spokeswoman said the authority would publish the full costs next month.').statements()).toEqual(['PARAPHRASE -: the authority would publish the full costs next month']);
  });

  it('reads "the university said" after a name in the same sentence; a qualified description needs the noun in the name', () => {
    expect(facts('Students from Northgate University will survey shoppers before and after the works, the university said.').statements()).toEqual(['PARAPHRASE Northgate University: Students from Northgate University will survey shoppers before and after the works']);
    const f = facts('Real Oviedo drew with Sporting Braga on Thursday.\n\nThe Portuguese club said its captain would be fit for the derby on Sunday.');
    expect(f.statements()).toEqual([]);
  });

  it('keeps both that-clauses after "told X that ... and that ..."', () => {
    const f = facts('Pavel Dorosh, the Wolves coach, told Radio Norte that he had heard of the inquiry from the press and that his club would help investigators.');
    expect(f.statements()).toEqual(['PARAPHRASE Pavel Dorosh: he had heard of the inquiry from the press and that his club would help investigators']);
  });
});

/** Statement rules added for the v4 error categories, on invented sentences. */
describe('reported speech: leads, settings and clause ends', () => {
  it('reads a speaker named after the verb', () => {
    expect(facts('The plant, due to open in 2028, will employ about 1,800 people, said Chen Weiming, Huaxin\'s chairman.').statements()).toEqual(['PARAPHRASE Chen Weiming: The plant, due to open in 2028, will employ about 1,800 people']);
  });

  it('keeps a complete clause before an inserted attribution, and reads a setting after it', () => {
    expect(facts('Turnout was 63%, the Electoral Commission said, down from 2021.').statements()).toEqual(['PARAPHRASE Electoral Commission: Turnout was 63%']);
    expect(facts('The Swedish Energy Agency published a forecast. Demand in the north could double by 2035 as industry grows, it said in a report in March.').statements()).toEqual(['PARAPHRASE Swedish Energy Agency: Demand in the north could double by 2035 as industry grows']);
  });

  it('reads unnamed plural subjects with auxiliaries, and an unnamed subject through a coordinated verb', () => {
    expect(facts('Archaeologists say hundreds of statues were cut from their bases.').statements()).toEqual(['PARAPHRASE -: hundreds of statues were cut from their bases']);
    expect(facts('Some Belgian curators have warned that the country\'s museums lack the staff to examine objects.').statements()).toEqual(['PARAPHRASE -: the country\'s museums lack the staff to examine objects']);
    expect(facts('Weather officials warned that heavy rain would continue over the hills until Friday and urged residents near rivers to move to higher ground.').statements()).toEqual([
      'PARAPHRASE -: heavy rain would continue over the hills until Friday',
      'PARAPHRASE -: residents near rivers to move to higher ground',
    ]);
  });

  it('ends a clause at the speaker\'s next act, a subordinate speaker or the writer\'s appositive', () => {
    expect(facts('Observers from the Organization of American States (OAS) said voting had been orderly but raised concerns about public funds.').statements()).toEqual(['PARAPHRASE Organization of American States: voting had been orderly']);
    expect(facts('Ana Ruiz accused the ruling party of buying votes with food, a claim the party rejected.').statements()).toEqual(['PARAPHRASE Ana Ruiz: the ruling party of buying votes with food']);
    expect(facts('Jon Hale said the batteries could free up 100,000 barrels a day, although he cautioned that the figure depended on prices.').statements()[0]).toBe('PARAPHRASE Jon Hale: the batteries could free up 100,000 barrels a day');
    expect(facts('Pedro Ruiz said unusually warm water off the coast was feeding the storms, a pattern scientists call El Niño.').statements()).toEqual(['PARAPHRASE Pedro Ruiz: unusually warm water off the coast was feeding the storms']);
  });

  it('reads findings before "that": held, found', () => {
    expect(facts('The Bombay High Court met on Monday. The court held that the developer had dumped debris on protected land in the creek. The two sides held talks that lasted a day.').statements()).toEqual(['PARAPHRASE Bombay High Court: the developer had dumped debris on protected land in the creek']);
  });

  it('reads a description subject continued by a participle', () => {
    expect(facts('The Bombay High Court met on Monday. The court rejected that argument, noting that the company had marked the area as protected.').statements()).toEqual(['PARAPHRASE Bombay High Court: the company had marked the area as protected']);
  });

  it('reads "according to" results, bare plural groups, an owned description and a possessive place', () => {
    expect(facts('Dakar has lost about 40 per cent of its mangrove cover since the 1990s, according to environmental groups, although the state government says cover has grown over the last decade.').statements()).toEqual([
      'PARAPHRASE -: Dakar has lost about 40 per cent of its mangrove cover since the 1990s',
      'PARAPHRASE -: cover has grown over the last decade',
    ]);
    expect(facts('The Progressive Party held its congress. Ruiz received 1,184 of the 2,310 votes cast, according to the party\'s electoral committee.').statements()).toEqual(['PARAPHRASE Progressive Party: Ruiz received 1,184 of the 2,310 votes cast']);
    expect(facts('Garcia took 46.8% of the vote, according to preliminary results from the Superior Tribunal of Electoral Justice (TSJE).').statements()).toEqual(['PARAPHRASE Superior Tribunal of Electoral Justice: Garcia took 46.8% of the vote']);
    expect(facts('The storm made landfall at dawn, according to Kenya\'s National Meteorological Institute (NMI).').statements()).toEqual(['PARAPHRASE National Meteorological Institute: The storm made landfall at dawn']);
  });

  it('reads "a spokeswoman for X" as X', () => {
    expect(facts('The Ministry of Health opened 12 clinics on Monday. A spokeswoman for the ministry said the clinics would stay open through the winter.').statements()).toEqual(['PARAPHRASE Ministry of Health: the clinics would stay open through the winter']);
  });

  it('gives a nested report to the described body inside the clause', () => {
    expect(facts('Leicester City Council approved the plan. Councillor Harjit Singh Bains said the council had promised to phase the work so that no section of the road would be closed.').statements()).toEqual(['PARAPHRASE Leicester City Council: to phase the work so that no section of the road would be closed']);
  });
});
