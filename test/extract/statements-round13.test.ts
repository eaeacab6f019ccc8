import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 13; every sentence is invented for its rule. */
describe('round 13: press reviews (papers as speakers)', () => {
  it('reads a quoted headline as a title, not a statement, and keeps the paper\'s reported clause', () => {
    const text = 'Under the headline "A harbour without ships", the Morvik Herald says in an editorial that the mayor misled voters about the ferry.';
    const got = facts(text).statements();
    expect(got.some((s) => s.startsWith('QUOTE'))).toBe(false);
    expect(got).toContain('PARAPHRASE Morvik Herald: the mayor misled voters about the ferry');
  });

  it('resolves "the paper" and "the weekly\'s editorial" to the publication named before as a speaker', () => {
    const text = [
      'The Morvik Herald says in an editorial that the mayor misled voters about the ferry. But the paper warns that a recall vote would cost the town dearly.',
      '',
      'The Tolvik Evening Post argues that the ferry can still be saved.',
      '',
      '"The numbers are bad, but they are not hopeless," the weekly\'s editorial says.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Morvik Herald: a recall vote would cost the town dearly');
    expect(got).toContain('QUOTE Tolvik Evening Post: The numbers are bad, but they are not hopeless');
  });

  it('gives the quote of "quotes him as saying:" and "X is quoted as saying" to the one quoted', () => {
    const text = [
      'The Morvik Herald leads with Erik Dahlberg. It quotes him as saying on Sunday night: "We will talk to every party in the council."',
      '',
      '"I know how to make thirty people agree on something," Dahlberg is quoted as saying.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('QUOTE Erik Dahlberg: We will talk to every party in the council.');
    expect(got).toContain('QUOTE Erik Dahlberg: I know how to make thirty people agree on something');
  });

  it('reads a restrictive relative as its antecedent speaking: "an unnamed X official who said"', () => {
    const text = 'The paper also quotes an unnamed Harbour Alliance official who said the party would not give up the ferry "without a fight".';
    expect(facts(text).statements()).toContain('PARAPHRASE Harbour Alliance: the party would not give up the ferry "without a fight"');
  });

  it('gives a quote to a name carrying one long appositive before "told"', () => {
    const text = '"Investors do not mind who governs. They mind how long it takes," Petra Lindqvist, president of the Federation of Small Mills of Norrland (FSMN), told the paper.';
    expect(facts(text).statements()).toContain('QUOTE Petra Lindqvist: Investors do not mind who governs. They mind how long it takes');
  });

  it('ends a reported clause before a present-tense act of the speaker: ", and urges X to ..."', () => {
    const text = 'The paper\'s editor, Jonas Ekberg, argues that the north voted for jobs rather than ideology, and urges Dahlberg to "come to Kiruna before he goes to Brussels".';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Jonas Ekberg: the north voted for jobs rather than ideology');
    expect(got).toContain('QUOTE Jonas Ekberg: come to Kiruna before he goes to Brussels');
  });
});

describe('round 13: quotes', () => {
  it('gives no statement for "in what X called "..."" (the writer\'s relative clause)', () => {
    const text = 'Customs officers found 40 rifles in a container of frozen fish, in what police chief Oswin Pereira-Lake called "the largest seizure in the history of this port."';
    expect(facts(text).statements().filter((s) => s.startsWith('QUOTE'))).toEqual([]);
  });

  it('ends a partly quoted clause at the speaker\'s grounds (", pointing to ...") before weighing the quote', () => {
    const text = 'Its columnist, Irena Halvorsen, writes that Dahlberg "lost the vote in the suburbs, not in the old town", pointing to the swing against the council in the east.';
    expect(facts(text).statements()).toContain('QUOTE Irena Halvorsen: lost the vote in the suburbs, not in the old town');
  });

  it('gives a quote opening a sentence to the one reporting in the sentence before, in the same paragraph', () => {
    const text = [
      'Amani Juma Sefu runs two boats from the beach. "Our guests want the real thing," says Amani Juma Sefu.',
      '',
      'Dr Neema Rashid Omar, a historian at the Pemba Institute, has recorded 200 hours of interviews. She says the skills could disappear within a generation. "We have the boats in the museum. What we are losing is the knowledge."',
    ].join('\n');
    expect(facts(text).statements()).toContain('QUOTE Neema Rashid Omar: We have the boats in the museum. What we are losing is the knowledge.');
  });

  it('lets "she" after a title-only attribution continue that title\'s holder, and a later "she" continue the same person', () => {
    const text = [
      'Judge Morwenna Tregarthen-Hale jailed Dorian Penrose for a year. Penrose showed no reaction.',
      '',
      '"You prepared the baits and you returned to remove the evidence," the judge said.',
      '',
      'She said she had read references describing Penrose as a devoted father. She accepted that he had been under pressure from his employer.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Morwenna Tregarthen-Hale: she had read references describing Penrose as a devoted father');
    expect(got).toContain('PARAPHRASE Morwenna Tregarthen-Hale: he had been under pressure from his employer');
  });
});

describe('round 13: releases and bulletins', () => {
  it('reads "wishes to inform/assure X that ..." as the body\'s statement, not a passive notice', () => {
    const text = [
      '1. The Ministry of Fisheries wishes to inform the public that an outbreak of red tide has been confirmed at Kelvey Bay.',
      '',
      '2. The Ministry wishes to assure the public and our trading partners that the outbreak does not affect exports of tinned fish.',
    ].join('\n');
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Ministry of Fisheries: an outbreak of red tide has been confirmed at Kelvey Bay');
    expect(got).toContain('PARAPHRASE Ministry of Fisheries: the outbreak does not affect exports of tinned fish');
    expect(facts('The Brennard Harbour Board was informed that the dredger had sunk near the pier.').statements()).toEqual([]);
  });

  it('reads "accepted that ..." as reported speech, not "accepted the offer"', () => {
    expect(facts('Magistrate Olwen Treharne accepted that the accused had been under pressure from his employer.').statements()).toContain(
      'PARAPHRASE Olwen Treharne: the accused had been under pressure from his employer',
    );
    expect(facts('Magistrate Olwen Treharne accepted the offer of a translator for the second day of the hearing.').statements()).toEqual([]);
  });

  it('reads an inverted attribution "in its 17:00 report" and drops an item\'s [NEW] marker', () => {
    const text = '1. [NEW] At least 12 people have been killed since the storm made landfall, the Ravindra Disaster Office said in its 17:00 report.';
    expect(facts(text).statements()).toContain('PARAPHRASE Ravindra Disaster Office: At least 12 people have been killed since the storm made landfall');
  });

  it('lets a country speak after a numbered item\'s marker: "12. [NEW] France said ..."', () => {
    const text = '12. [NEW] France said a military aircraft would land in the port city on Tuesday with shelter kits.';
    expect(facts(text).statements()).toContain('PARAPHRASE France: a military aircraft would land in the port city on Tuesday with shelter kits');
  });

  it('reads "according to the agency" (a description no name holds) as the body that spoke just before', () => {
    const text =
      'The Valdoria Weather Bureau said the storm had weakened over the highlands. It warned that heavy rain could still cause floods until Wednesday. Winds of 160 km/h were recorded at the port on Sunday, according to the agency.';
    expect(facts(text).statements()).toContain('PARAPHRASE Valdoria Weather Bureau: Winds of 160 km/h were recorded at the port on Sunday');
  });

  it('gives "It asked ..." to the body speaking in the sentence before, after an opening phrase', () => {
    const text = 'Across the river, Zambia\'s Water Resources Authority said it had closed two wells at the Orlak crossing. It asked travellers not to carry water across the border.';
    expect(facts(text).statements()).toContain('PARAPHRASE Water Resources Authority: travellers not to carry water across the border');
  });
});

describe('round 13: sources and documents', () => {
  it('gives "according to the filing" to the company that spoke in its filing', () => {
    const text =
      'In a filing with the Oslo Stock Exchange, Brennvik Tools said it would buy the Italian grinder maker. Its chief executive will join the board, according to the filing.';
    expect(facts(text).statements()).toContain('PARAPHRASE Brennvik Tools: Its chief executive will join the board');
  });

  it('reads "according to customs data from X" and "according to the city\'s X Department"', () => {
    expect(facts('Machine exports fell 6.4 percent last year, according to customs data from the Ministry of Commerce.').statements()).toContain(
      'PARAPHRASE Ministry of Commerce: Machine exports fell 6.4 percent last year',
    );
    expect(facts('Port Ellery received a record 1.2 million visitors in 2031, according to the city\'s Parks and Harbours Department.').statements()).toContain(
      'PARAPHRASE Parks and Harbours Department: Port Ellery received a record 1.2 million visitors in 2031',
    );
  });

  it('gives findings "according to a 12-year study led by ..." and "the team reported" to nobody', () => {
    const got = facts(
      'Sea turtles on the Varna coast lost a tenth of their weight during two warm years, according to a 12-year study led by scientists at the University of Kestrel. Nesting on the north beach fell by 30% over the period, the team reported.',
    ).statements();
    expect(got).toContain('PARAPHRASE -: Sea turtles on the Varna coast lost a tenth of their weight during two warm years');
    expect(got).toContain('PARAPHRASE -: Nesting on the north beach fell by 30% over the period');
  });

  it('gives "The government says ..." to nobody when no named body holds the word', () => {
    const text = 'Ruvana Roads, the state company that runs the motorway, said tolls would rise. The government says the whole route should be finished by 2040.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: the whole route should be finished by 2040');
  });
});

describe('round 13: clause edges', () => {
  it('reads "..., but the builders say ..." as an unnamed plural speaking', () => {
    const text = 'Tourism has kept the boatyards busy, but the builders say few young men want to learn the trade.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: few young men want to learn the trade');
  });

  it('gives no statement for "added X to its register" (an act, not speech)', () => {
    const text = 'In August, the Heritage Board of Kelvania added boat building to its register of intangible heritage and promised grants for apprentices.';
    expect(facts(text).statements()).toEqual([]);
  });

  it('drops "Tuesday morning" before the clause', () => {
    const text = 'The Harbour Residents Union said Tuesday morning that it would collect signatures for a referendum in October.';
    expect(facts(text).statements()).toContain('PARAPHRASE Harbour Residents Union: it would collect signatures for a referendum in October');
  });

  it('keeps "her" as the clause\'s possessive after the one told', () => {
    const text = 'Lavinia Tupou-Marsh, who owns a bakery, told the Assembly her sales dropped by a third in 2032.';
    expect(facts(text).statements()).toContain('PARAPHRASE Lavinia Tupou-Marsh: her sales dropped by a third in 2032');
  });
});
