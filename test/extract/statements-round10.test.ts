import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 10; every sentence is invented for its rule. */
describe('round 10: Q&A interviews', () => {
  const interview = [
    'Q&A: Harbour boss on the ferry strike',
    '',
    'Marta Kowalczyk is chief executive of Baltic Ferry Lines, which runs three routes from Gdynia. She spoke to the Coastal Times about the strike.',
    '',
    'Q: How badly will the strike hit you?',
    '',
    'Marta: We have cancelled half our sailings this week, and the bookings for June are down by a fifth.',
    '',
    'Q: Some unions say the pay offer is far too low. Is that fair?',
    '',
    'Marta: The offer is the best we have made in ten years. We cannot go further without cutting routes.',
  ].join('\n');

  it('gives each answer turn labelled by the interviewee\'s given name as one QUOTE', () => {
    const got = facts(interview).statements();
    expect(got).toContain('QUOTE Marta Kowalczyk: We have cancelled half our sailings this week, and the bookings for June are down by a fifth.');
    expect(got).toContain('QUOTE Marta Kowalczyk: The offer is the best we have made in ten years. We cannot go further without cutting routes.');
  });

  it('reads reported speech inside a question turn past its "Q:" label ("Q: Some unions say ...")', () => {
    expect(facts(interview).statements()).toContain('PARAPHRASE -: the pay offer is far too low');
  });

  it('gives no quote for a one-word label no single person\'s name opens or closes', () => {
    const text = 'Q: Why now?\n\nNoor: We had no choice left in the matter at all.\n\nQ: And next?\n\nNoor: We will wait for the ruling and then decide.';
    expect(facts(text).statements().filter((s) => s.startsWith('QUOTE'))).toEqual([]);
  });
});

describe('round 10: who speaks', () => {
  it('resolves "It" opening a sentence to the body the sentence before opens with, not a nearer place', () => {
    const text = 'The Tasman Weather Bureau said Dunedin received 300 mm of rain in two days. It warned that more heavy rain was likely on the coast until Friday.';
    expect(facts(text).statements()).toContain('PARAPHRASE Tasman Weather Bureau: more heavy rain was likely on the coast until Friday');
  });

  it('gives a bare "A spokesperson said" to the organisation the sentence before opens with', () => {
    const text = 'Harbor Energy said on Monday that it would close two of its wells. A spokesperson said the closures would last until March next year.';
    expect(facts(text).statements()).toContain('PARAPHRASE Harbor Energy: the closures would last until March next year');
  });

  it('resolves "the judge" to the person titled Justice', () => {
    const text =
      'Justice Anna Brook of the Court of Appeal said in a decision released Tuesday that the former minister had failed to consider the effects of the dam.\n\nIn her written reasons, the judge said the minister "treated the river as if it stopped at the edge of the licence area."';
    expect(facts(text).statements()).toContain('QUOTE Anna Brook: treated the river as if it stopped at the edge of the licence area.');
  });

  it('gives an unnamed operator no speaker ("..., the airport\'s operator said")', () => {
    const text = 'The only road to Norvik Airport was closed for six hours after a landslide, the airport\'s operator said.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE -: The only road to Norvik Airport was closed for six hours after a landslide']);
  });
});

describe('round 10: what the clause holds', () => {
  it('reads the clause after "told" and a listener named by a common noun ("told council the ...")', () => {
    const text = 'The library\'s director, Greta Holm, told council the library supports the plan.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Greta Holm: the library supports the plan']);
  });

  it('splits "told council X but asked that Y" into two statements', () => {
    const text = 'Greta Holm told council the library supports the plan but asked that two benches be kept near the main entrance.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Greta Holm: the library supports the plan', 'PARAPHRASE Greta Holm: two benches be kept near the main entrance']);
  });

  it('keeps "asked that" inside a said-clause as part of that report', () => {
    const text = 'Coach Ruben Alves said the club had asked that the league release the audio of the exchange with the referee.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Ruben Alves: the club had asked that the league release the audio of the exchange with the referee']);
  });

  it('gives no statement for "asked for" a noun phrase, and ends the told-clause before it', () => {
    const text = 'Omar Haddad told council the bakery supports the plan but asked for a one-year delay.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Omar Haddad: the bakery supports the plan']);
  });

  it('ends the clause before ", while <another name> <past verb>"', () => {
    const text = 'Canada said it would send a transport plane with relief supplies and a team of engineers, while Norway pledged $2 million in aid.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Canada: it would send a transport plane with relief supplies and a team of engineers']);
  });

  it('reads no clause into a reporting period ("announced its results for the nine months ended 30 September")', () => {
    const text = 'Harbor Ltd today announced its financial results for the nine months ended 30 September 2031.';
    expect(facts(text).statements()).toEqual([]);
  });

  it('gives no quote for a term defined in brackets ("(“Harbor” or “the Company”)")', () => {
    const text = 'Harbor Shipping Ltd (“Harbor” or “the Company”), listed on the main market, reported higher profit on Monday.';
    expect(facts(text).statements().filter((s) => s.startsWith('QUOTE'))).toEqual([]);
  });
});

describe('round 10: bulleted items', () => {
  it('reads each bulleted line as its own sentence, without the bullet', () => {
    const text = 'IN BRIEF\n\n• Council agreed to write to the power utility about buried lines.\n• The town\'s first rebate program, launched in June, has approved 41 applications, staff reported.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE -: The town\'s first rebate program, launched in June, has approved 41 applications']);
  });
});
