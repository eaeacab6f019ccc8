import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Group and pronoun speakers (round stm5b); sentences invented for the rules. */
describe('group speakers', () => {
  it('reads "the three countries" as the last list of three places', () => {
    const f = facts('Summit ends\n\nPeru, Chile and Bolivia agreed on Monday to share river data. In a joint note, the three countries said the drought had become "a threat to every farm in the Andes" and called on the World Bank to fund new reservoirs.');
    expect(f.statements()).toEqual([
      'QUOTE Peru: a threat to every farm in the Andes',
      'QUOTE Chile: a threat to every farm in the Andes',
      'QUOTE Bolivia: a threat to every farm in the Andes',
      'PARAPHRASE Peru: the World Bank to fund new reservoirs',
      'PARAPHRASE Chile: the World Bank to fund new reservoirs',
      'PARAPHRASE Bolivia: the World Bank to fund new reservoirs',
    ]);
  });

  it('reads a description and a government after a comma as two speakers', () => {
    expect(facts("Plant deal\n\nKorlan Motors will build an assembly plant near the port of Gdansk, the company and Poland's government said on Monday.").statements()).toEqual([
      'PARAPHRASE Korlan Motors: Korlan Motors will build an assembly plant near the port of Gdansk',
      'PARAPHRASE Poland: Korlan Motors will build an assembly plant near the port of Gdansk',
    ]);
  });

  it("reads a place's possessive body opening the sentence", () => {
    expect(facts("Court halts dam\n\nPeru's Supreme Court on Monday halted work on a dam, ruling that the ministry had failed to consult the villages downstream.").statements()).toEqual([
      'PARAPHRASE Supreme Court: the ministry had failed to consult the villages downstream',
    ]);
  });

  it('reads an indefinite described body as the one named body that fits its words', () => {
    const text = 'Mine told to stop\n\nA Peruvian mining court on Monday ordered Andes Copper to stop pumping, ruling that the company had ignored the permits. The Third Mining Court said the order would last a year. The Supreme Court will hear an appeal.';
    expect(facts(text).statements()[0]).toBe('PARAPHRASE Third Mining Court: the company had ignored the permits');
    const two = 'Mine told to stop\n\nA Peruvian court on Monday ordered Andes Copper to stop pumping, ruling that the company had ignored the permits. The Third Mining Court said the order would last a year. The Supreme Court will hear an appeal.';
    expect(facts(two).statements()[0]).toBe('PARAPHRASE Third Mining Court: the order would last a year');
  });
});

describe('described speakers', () => {
  it('reads a spokesperson for a body described with a nationality word as the organisation named before', () => {
    const text = 'Supply deal\n\nKessler Motoren AG confirmed the order on Monday. A spokesperson for the German group said the motors would go into vans built in Spain and that the supplier had passed "every test we set".';
    expect(facts(text).statements()).toEqual(['PARAPHRASE Kessler Motoren AG: the motors would go into vans built in Spain and that the supplier had passed "every test we set"']);
  });
});

describe('pronoun speakers', () => {
  it('passes by a person an earlier "she said" made a woman', () => {
    const text = 'Deep sea study\n\nMarine biologist Kaito Morimura led the study. Co-author Dr. Zandile Okonkwo-Reyes said the team had found fibres in every core. "We went to the most remote place and our rubbish got there first," she said. Morimura\'s lab now plans more tests. He said the first results were expected within two years.';
    expect(facts(text).statements().pop()).toBe('PARAPHRASE Kaito Morimura: the first results were expected within two years');
  });
});
