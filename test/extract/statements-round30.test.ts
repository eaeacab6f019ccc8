import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 30; every sentence is invented for its rule. */
describe('round 30: demands with a that-clause', () => {
  it('reports "demanded that X <subjunctive>" as a paraphrase', () => {
    expect(facts('The Liberal Party demanded that the minister appear before the finance committee.').statements()).toEqual([
      'PARAPHRASE Liberal Party: the minister appear before the finance committee',
    ]);
  });

  it('does not report a demanded thing without "that"', () => {
    expect(facts('The Liberal Party demanded the resignation of the finance minister on Tuesday.').statements()).toEqual([]);
  });

  it('ends a report at ", while <other subject> said ..." and keeps both reports', () => {
    const got = facts('The Liberal Party demanded that the minister appear before the committee, while the Green Alliance said the state should buy the plant.').statements();
    expect(got).toContain('PARAPHRASE Liberal Party: the minister appear before the committee');
    expect(got).toContain('PARAPHRASE Green Alliance: the state should buy the plant');
  });
});

describe('round 30: a relative naming clause in quotation marks', () => {
  it('quotes the speaker\'s naming after ", which it called" and ends the paraphrase before it', () => {
    const got = facts('Northwind said in a statement that it respected the decision but would appeal against the ban, which it called "a punishment of thousands for the acts of a few."').statements();
    expect(got).toContain('PARAPHRASE Northwind: it respected the decision but would appeal against the ban');
    expect(got).toContain('QUOTE Northwind: a punishment of thousands for the acts of a few.');
  });
});

describe('round 30: unnamed sources', () => {
  it('reads a bare plural document closing an inverted attribution (", results showed.")', () => {
    expect(facts('In Bergen, the Green Party remained the largest party on the city council, results showed.').statements()).toEqual([
      'PARAPHRASE -: In Bergen, the Green Party remained the largest party on the city council',
    ]);
  });

  it('takes a three-word clause of a pronoun, a past verb and its object ("said they expected cancellations")', () => {
    expect(facts('Tour operators said they expected cancellations.').statements()).toEqual(['PARAPHRASE -: they expected cancellations']);
  });
});
