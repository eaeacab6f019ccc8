import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('direct quotes', () => {
  it('reads straight and curly marks with the attribution after: "X said", "said X"', () => {
    expect(facts('"We will go on," spokesman John Kirby said.').statements()).toEqual(['QUOTE John Kirby: We will go on']);
    expect(facts('“Brumadinho should have been the last time,” said Luana Castro, a water specialist.').statements()).toEqual(['QUOTE Luana Castro: Brumadinho should have been the last time']);
  });

  it('joins a quote split around its attribution into one statement (seed 002 form, sport article)', () => {
    const f = facts('Coach Joost van der Berg was pleased.\n\n"He has been running these times in training since January," van der Berg said. "He just needed a clean race."');
    expect(f.statements()).toEqual(['QUOTE Joost van der Berg: He has been running these times in training since January, He just needed a clean race.']);
  });

  it('reads "X told Y" before the quote and keeps the addressee (seed 003)', () => {
    const f = facts('Secretary of State John Kerry called Sergey Lavrov.\n\nKerry told Lavrov, “The United States is making preparations to suspend talks,” the State Department said in a statement.');
    const q = f.article.statements[0]!;
    expect([f.nameOf(q.speaker), f.nameOf(q.addressee)]).toEqual(['John Kerry', 'Sergey Lavrov']);
    expect(q.about.map(f.nameOf)).toEqual(['United States']);
  });

  it('reads "according to X" and "X\'s statement said" (seed 004)', () => {
    const f = facts('Secretary of State John Kerry called Sergey Lavrov. State Department spokesman John Kirby briefed reporters.\n\n“The burden remains on Russia,” Kerry told Lavrov, according to State Department spokesman John Kirby.\n\nIn the call, Kerry “expressed grave concern over the situation in Syria,” Kirby’s statement said.');
    expect(f.statements()).toEqual(['QUOTE John Kerry: The burden remains on Russia', 'QUOTE John Kirby: expressed grave concern over the situation in Syria']);
  });

  it('continues the previous speaker in a quote-only paragraph (seed 000)', () => {
    const f = facts('"The secretary made clear the US holds Russia responsible," spokesman John Kirby said.\n\n"The secretary stressed that the burden remains on Russia."');
    expect(f.statements().map((s) => s.split(':')[0])).toEqual(['QUOTE John Kirby', 'QUOTE John Kirby']);
  });

  it('resolves "he said" to the nearest person outside the quotes', () => {
    const f = facts('Spokesman John Kirby spoke on Tuesday.\n\n"Secretary Kerry was clear about Aleppo," he said.');
    expect(f.statements()).toEqual(['QUOTE John Kirby: Secretary Kerry was clear about Aleppo']);
  });

  it('counts quotes introduced by a naming verb, even short ones (seed 002, local article)', () => {
    expect(facts('EU foreign affairs chief Federica Mogherini called the air strikes in Aleppo a “massacre”.').statements()).toEqual(['QUOTE Federica Mogherini: massacre']);
    expect(facts('Council member Rafael Ortiz, who voted against, called the ramp "a 1990s solution to a 2020s problem."').statements()).toEqual(['QUOTE Rafael Ortiz: a 1990s solution to a 2020s problem.']);
  });

  it('skips scare quotes of one or two words with no speech verb', () => {
    expect(facts('Assad crossed the “red line” of using chemical weapons, and so-called “moderate” groups kept ties.').article.statements).toEqual([]);
  });

  it('keeps the speaker of a partial quote that makes up most of a reported clause (sport article)', () => {
    const f = facts('AK chief executive Milcah Koros said the federation would "not protect anyone who cheats, however famous they are".');
    expect(f.statements()).toEqual(['QUOTE Milcah Koros: not protect anyone who cheats, however famous they are']);
  });

  it('leaves a short partial quote inside reported speech to the paraphrase (elections article)', () => {
    const f = facts('Vox\'s candidate, Raúl Herrera, said his party had become "the only real opposition" in Andalusia.');
    expect(f.statements()).toEqual(['PARAPHRASE Raúl Herrera: his party had become "the only real opposition" in Andalusia']);
  });
});

describe('direct quotes: v2 generalisation rules', () => {
  it('joins a split quote whose attribution carries a long appositive', () => {
    const f = facts('"The water came up to the roof in minutes," said Teodora Marsh, a 67-year-old beekeeper who left her farm with two goats on a borrowed tractor. "We saved nothing else."');
    expect(f.statements()).toEqual(['QUOTE Teodora Marsh: The water came up to the roof in minutes, We saved nothing else.']);
  });

  it('reads single quotation marks, not apostrophes', () => {
    const f = facts("Coach Bruno Lindahl was angry.\n\n'We gave away two goals and that's on me,' Lindahl said. 'The players deserved better.'");
    expect(f.statements()).toEqual(["QUOTE Bruno Lindahl: We gave away two goals and that's on me, The players deserved better."]);
  });

  it('gives a coordinated speech verb the subject of the clause before it', () => {
    const f = facts('Water Minister Helga Brandt opened the dam on Monday and warned that dry summers were "eating the reserve faster than we can fill it".');
    expect(f.statements()).toEqual(['QUOTE Helga Brandt: eating the reserve faster than we can fill it']);
  });

  it('reads a participle naming verb after a comma: ", calling the decision “X”"', () => {
    const f = facts('Manager Tobias Renner criticised the referee for ignoring a handball, calling the decision "absurd".');
    expect(f.statements()).toEqual(['PARAPHRASE Tobias Renner: the referee for ignoring a handball', 'QUOTE Tobias Renner: absurd']);
  });

  it('reads "warned of “X”" as a quote of the whole complement', () => {
    expect(facts('Councillor Ines Vogel warned of "chaos on Harbour Road".').statements()).toEqual(['QUOTE Ines Vogel: chaos on Harbour Road']);
  });

  it('leaves a partial quote under two thirds of the clause to the paraphrase', () => {
    const f = facts('Judge Oskar Lind wrote that the agency had approved the mine "without reading the hydrology report".');
    expect(f.statements()).toEqual(['PARAPHRASE Oskar Lind: the agency had approved the mine "without reading the hydrology report"']);
  });

  it('takes the person a relative clause follows, not a person named inside it', () => {
    const f = facts('Trade Minister Lena Falk, who opened the port alongside Norway\'s deputy minister, Per Aas, called the berth "a door to the north."');
    expect(f.statements()).toEqual(['QUOTE Lena Falk: a door to the north.']);
  });
});

describe('paraphrases', () => {
  it('reads "X rejected accusations" and "X said that ..." (seed 002, 003)', () => {
    expect(facts('Syria’s UN Ambassador Bashar Ja’afari rejected accusations that his government was killing civilians.').statements()).toEqual([
      'PARAPHRASE Bashar Ja’afari: accusations that his government was killing civilians',
    ]);
    expect(facts('Foreign Minister Sergey Lavrov said that the United States had failed to persuade the rebels.').statements()).toEqual([
      'PARAPHRASE Sergey Lavrov: the United States had failed to persuade the rebels',
    ]);
  });

  it('reads an attribution inserted after the clause (seed 002, 003)', () => {
    expect(facts('The United States is close to suspending talks with Russia, US Secretary of State John Kerry says, as fighting goes on.').statements()).toEqual([
      'PARAPHRASE John Kerry: The United States is close to suspending talks with Russia',
    ]);
    expect(facts('Secretary of State John Kerry was angry. Some of the airstrikes, Kerry said, included incendiary weapons.').statements()).toEqual([
      'PARAPHRASE John Kerry: Some of the airstrikes included incendiary weapons',
    ]);
  });

  it('reads a subject behind an appositive (seed 001, health article)', () => {
    const f = facts("Dmitry Peskov, Russian President Vladimir Putin's spokesperson, said Tuesday his boss took issue with the criticism.");
    expect(f.statements()).toEqual(['PARAPHRASE Dmitry Peskov: his boss took issue with the criticism']);
  });
});

describe('paraphrases: sources and coordination', () => {
  it('reads "according to X" before or after the clause (seed 003, health article)', () => {
    expect(facts('Eleven people have been confirmed dead, according to the Minas Gerais Fire Department.').statements()).toEqual([
      'PARAPHRASE Minas Gerais Fire Department: Eleven people have been confirmed dead',
    ]);
    expect(facts('According to Planned Parenthood, clinics in Oklahoma have seen a surge of patients.').statements()).toEqual([
      'PARAPHRASE Planned Parenthood: clinics in Oklahoma have seen a surge of patients',
    ]);
  });

  it('gives each of two coordinated subjects the statement, and a coordinated verb the same subject', () => {
    const f = facts('The United States and European Union accuse Russia of torpedoing diplomacy to pursue victory.');
    expect(f.statements()).toEqual([
      'PARAPHRASE United States: Russia of torpedoing diplomacy to pursue victory',
      'PARAPHRASE European Union: Russia of torpedoing diplomacy to pursue victory',
    ]);
    const g = facts('Human Rights Watch said last year that fishermen had been beaten and held without charge, and urged the three governments to make sure the patrols are accountable.');
    expect(g.statements()).toEqual([
      'PARAPHRASE Human Rights Watch: fishermen had been beaten and held without charge',
      'PARAPHRASE Human Rights Watch: the three governments to make sure the patrols are accountable',
    ]);
  });

  it('reads a definite description as the organisation named before ("the company said")', () => {
    const f = facts('Toyota Motor Corp recalled cars. The recall covers models built between 2015 and 2017, the company said.');
    expect(f.statements()).toEqual(['PARAPHRASE Toyota Motor Corp: The recall covers models built between 2015 and 2017']);
  });
});

describe('quotes: subjects behind appositives and that-clauses', () => {
  it('finds the speaker behind two appositives (science article taught it; a seed-style sentence here)', () => {
    const f = facts('Dmitry Peskov, a Kremlin spokesman, who spoke to reporters in Moscow, called the remarks "an insult to the Russian people".');
    expect(f.statements()).toEqual(['QUOTE Dmitry Peskov: an insult to the Russian people']);
  });

  it('leaves a quote that is a small part of a that-clause to the paraphrase (courts article taught it)', () => {
    const f = facts('Foreign Minister Sergey Lavrov said on Tuesday that "the door remains open" and that talks could resume next month in Geneva.');
    expect(f.article.statements.map((s) => s.kind)).toEqual(['PARAPHRASE']);
    expect(f.nameOf(f.article.statements[0]!.speaker)).toBe('Sergey Lavrov');
  });
});

describe('quotes: attribution in the next sentence', () => {
  it('reads the attribution after a quote that ends its own sentence with ? or !', () => {
    const f = facts('Inter Miami won again.\n\n"What can I say?" Inter Miami coach Gerardo Martino said after the match. "He makes everyone better."');
    expect(f.statements()).toEqual(['QUOTE Gerardo Martino: What can I say? He makes everyone better.']);
  });
});

describe('quote text', () => {
  it('leaves the comma that precedes the attribution out of the text', () => {
    expect(facts('"The talks must resume without preconditions," the minister Jane Doe said.').article.statements.map((s) => s.text)).toEqual(['The talks must resume without preconditions']);
    expect(facts('“We were too passive; they deserved it,” Gustavo Quinteros told reporters.').article.statements.map((s) => s.text)).toEqual(['We were too passive; they deserved it']);
  });

  it('keeps a full stop and a question mark that end the quoted sentence', () => {
    const f = facts('"Who pays for this?" asked Maria Lopez. "Nobody has told us."');
    expect(f.article.statements.map((s) => s.text)).toEqual(['Who pays for this? Nobody has told us.']);
  });

  it('continues an unnamed speaker with "she said", not the woman named before', () => {
    const f = facts('Mayor Laura Brennan said the bridge would reopen in May.\n\nA cashier who asked not to be named because she feared losing her job said customers had stopped coming.\n\n"We are barely holding on," she said.');
    expect(f.statements().filter((s) => s.startsWith('QUOTE'))).toEqual(['QUOTE -: We are barely holding on']);
  });

  it('gives a quote-only paragraph to the speaker of the reported clause right before it', () => {
    const f = facts('"The line is closed," said Omar Haddad, a union official.\n\nRail Minister Petra Lindqvist said in a statement that repairs would take a week.\n\n"Nobody should travel to the coast this weekend unless they must."');
    expect(f.statements().filter((s) => s.startsWith('QUOTE')).map((s) => s.split(':')[0])).toEqual(['QUOTE Omar Haddad', 'QUOTE Petra Lindqvist']);
  });

  it('gives "the panel wrote" to the organisation the description stands for, not the person last named', () => {
    const f = facts('The Baltic Sailing Tribunal reduced skipper Jonas Mikkelsen\'s suspension on Monday.\n\n"The rules leave no room for doubt," the tribunal wrote. "But the penalty was too harsh."\n\n"He did not mean to cheat," the panel wrote.');
    expect(f.statements().map((s) => s.split(':')[0])).toEqual(['QUOTE Baltic Sailing Tribunal', 'QUOTE Baltic Sailing Tribunal']);
  });
});

/** Quote rules added for the v4 error categories, on invented sentences. */
describe('quotes: clause shares and participle speakers', () => {
  it('measures a quote against the clause after "told <addressee> that" and up to the next act', () => {
    const f = facts('Party chairman Ana Ruiz told local radio station Radio Sol that the party would "analyse what happened in the capital with humility." The head of the mission, Maria Souto, said in a statement that "the line between the state and the party must be clearer" and recommended stricter limits on spending.');
    expect(f.statements()).toEqual(['QUOTE Ana Ruiz: analyse what happened in the capital with humility.', 'QUOTE Maria Souto: the line between the state and the party must be clearer']);
  });

  it('gives a naming participle the sentence subject, after a normal-case dateline', () => {
    const f = facts('Pune, Sep 14 (PTI) The Bombay High Court on Tuesday ordered a developer to restore 14 hectares of mangroves, calling the destruction "a deliberate and calculated act."');
    expect(f.statements()).toEqual(['QUOTE Bombay High Court: a deliberate and calculated act.']);
  });

  it('ends a quoted clause at "but" and a reporting verb', () => {
    const f = facts('Observers from the Organization of American States (OAS) said voting was "well administered and peaceful," but noted that campaign finance rules were weak.');
    expect(f.statements()).toEqual(['QUOTE Organization of American States: well administered and peaceful', 'PARAPHRASE Organization of American States: campaign finance rules were weak']);
  });

  it('leaves a scare quote inside a reported clause to the paraphrase when a later attribution names nobody', () => {
    const f = facts('The Kenya Rugby Union (KRU) banned him. The KRU said in a statement it "accepted" the ruling but kept its original sanction, which it said had been applied "in full accordance with the national code."');
    expect(f.statements().filter((s) => s.startsWith('QUOTE -'))).toEqual([]);
    expect(f.statements()).toContain('PARAPHRASE Kenya Rugby Union: it "accepted" the ruling but kept its original sanction');
  });
});
