import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('statements round 24: UN delegates speak as their country, written answers', () => {
  it('gives "the representative of <country> said" to the country, past an appositive', () => {
    const f = facts(
      'The Security Council today renewed the mandate of the mission in Ruritania for six months.\n\n' +
        'Explaining her vote, the representative of Norway, the penholder on the file, said the text struck the right balance between protection and transition.\n\n' +
        'The representative of Brazil, explaining his delegation\'s abstention, said the resolution ignored the progress made by the national authorities.',
    );
    const s = f.statements();
    expect(s).toContain('PARAPHRASE Norway: the text struck the right balance between protection and transition');
    expect(s).toContain('PARAPHRASE Brazil: the resolution ignored the progress made by the national authorities');
  });

  it('gives "<country>\'s representative said" to the country, and a pronoun after it in the paragraph too', () => {
    const f = facts(
      'The Security Council today renewed the mandate of the mission in Ruritania for six months.\n\n' +
        "Japan's representative said her delegation had supported the text because it protected civilians. She added that Tokyo would increase its funding for the mission next year.",
    );
    const s = f.statements();
    expect(s).toContain('PARAPHRASE Japan: her delegation had supported the text because it protected civilians');
    expect(s).toContain('PARAPHRASE Japan: Tokyo would increase its funding for the mission next year');
  });

  it('gives a pronoun to a person named after the delegate phrase, not to the country', () => {
    const f = facts(
      'The Security Council today renewed the mandate of the mission in Ruritania for six months.\n\n' +
        'The representative of Ecuador, Mariela Quintero-Vask, said her country backed the mission. She said the council had acted in time.',
    );
    expect(f.statements()).toContain('PARAPHRASE Mariela Quintero-Vask: the council had acted in time');
  });

  it('reads "Answer (Hon. X):" turns of a written questions paper as quotes of the answerer, with reports nested inside', () => {
    const f = facts(
      'WRITTEN QUESTIONS AND ANSWERS\n\n' +
        'WRITTEN QUESTION No. 12\nAsked by: Ms. Dana Whitcombe-Ray (Harbourside)\nDirected to: Minister of Transport\n\n' +
        'Question (Ms. Whitcombe-Ray): How many ferries are out of service today?\n\n' +
        'Answer (Hon. Marcus Feldhaven-Orr): Two ferries are out of service. The operator has informed me that the larger vessel will return by the end of May.\n\n' +
        'WRITTEN QUESTION No. 13\nAsked by: Ms. Dana Whitcombe-Ray (Harbourside)\nDirected to: Minister of Transport\n\n' +
        'Question (Ms. Whitcombe-Ray): Has the Minister considered a new ferry?\n\n' +
        'Answer (Hon. Marcus Feldhaven-Orr): No. The provincial fleet review found that refitting the two vessels remains the cheapest option.',
    );
    const s = f.statements();
    expect(s).toContain('QUOTE Marcus Feldhaven-Orr: Two ferries are out of service. The operator has informed me that the larger vessel will return by the end of May.');
    expect(s).toContain('QUOTE Marcus Feldhaven-Orr: No. The provincial fleet review found that refitting the two vessels remains the cheapest option.');
    expect(s.filter((x) => x.startsWith('QUOTE Dana Whitcombe-Ray'))).toEqual([]);
  });
});

describe('statements round 24: "said her ..." keeps the possessive', () => {
  it('keeps "her" opening the clause after "said" (a possessive, not an object)', () => {
    const f = facts('Harbour master Ingrid Solheim-Vark said her team had cleared the channel by noon on Tuesday.');
    expect(f.statements()).toContain('PARAPHRASE Ingrid Solheim-Vark: her team had cleared the channel by noon on Tuesday');
  });
});

describe('statements round 24: trailing relative and appositive clauses', () => {
  it('ends a report inside a non-restrictive relative clause where the main verb resumes', () => {
    const f = facts('The Federation of Lake Pilots (FLP), which says it represents about 900 pilots, mates and engineers, called the strike after talks collapsed on Friday.');
    expect(f.statements()).toContain('PARAPHRASE Federation of Lake Pilots: it represents about 900 pilots, mates and engineers');
  });

  it('cuts "a move X said it would ..." off an appeal', () => {
    const f = facts('The Norland Grain Exporters Association said stocks were piling up at the ports. It urged the government to declare rail freight an essential service, a move the union said it would fight in court.');
    const s = f.statements();
    expect(s).toContain('PARAPHRASE Norland Grain Exporters Association: the government to declare rail freight an essential service');
  });
});
