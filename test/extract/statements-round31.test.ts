import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 31; every sentence is invented for its rule. */
describe('round 31: requests and explanations', () => {
  it('reads a request with a that-clause (subjunctive) as a paraphrase', () => {
    const text = 'Mayor Petra Lindqvist met the rail operator on Monday. Mayor Lindqvist requested that the operator restore the night service to Vasterby.';
    expect(facts(text).statements()).toContain('PARAPHRASE Petra Lindqvist: the operator restore the night service to Vasterby');
  });

  it('reads no statement in a request for a thing', () => {
    const text = 'Mayor Petra Lindqvist met the rail operator on Monday. Mayor Lindqvist requested a meeting with the board of the rail company.';
    expect(facts(text).statements()).toEqual([]);
  });

  it('reads "explained <noun phrase>" as an act, "explained that ..." as a report', () => {
    const text = 'Minister Tomas Varga spoke with his counterpart. Minister Varga explained the government\'s position on the fishing quotas. Minister Varga explained that a patrol vessel would visit the harbour in May.';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Tomas Varga: a patrol vessel would visit the harbour in May']);
  });
});

describe('round 31: findings of a document with named authors', () => {
  it('gives a study by a named institute a null speaker', () => {
    const text = 'Director Ilse Marten runs the Coastal Research Institute of Valdoria. A study by the Coastal Research Institute of Valdoria found that the bay had lost a fifth of its sea grass since 1990.';
    expect(facts(text).statements()).toContain('PARAPHRASE -: the bay had lost a fifth of its sea grass since 1990');
  });

  it('gives a survey by named researchers a null speaker', () => {
    const text = 'A survey by researchers at Holmgard University published last year found that most of the town\'s wells were below their usual level.';
    expect(facts(text).statements()).toEqual(["PARAPHRASE -: most of the town's wells were below their usual level"]);
  });
});
