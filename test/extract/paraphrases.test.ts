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
