import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Reported-speech rules added for less common verbs, unnamed and joint speakers; sentences invented for the rules. */
describe('reported speech: verbs and nouns', () => {
  it('reads complained and objected before "that"', () => {
    expect(facts('European farmers have long complained that imported grain benefits from cheap subsidies.').statements()).toEqual(['PARAPHRASE -: imported grain benefits from cheap subsidies']);
  });

  it('reads "called for" and "called on" with what they ask for', () => {
    expect(facts('The lakes straddle the border, and the researchers called for a shared monitoring network across both provinces.').statements()).toEqual(['PARAPHRASE -: a shared monitoring network across both provinces']);
    expect(facts('Maria Lopez spoke first. She has called for them to be listed as protected sites in the coming year.').statements()).toEqual(['PARAPHRASE Maria Lopez: them to be listed as protected sites in the coming year']);
  });

  it("reads a possessive and a speech noun: X's declaration that ...", () => {
    expect(facts("Few believed President John Miller's declaration that the army would leave the valley before winter.").statements()).toEqual(['PARAPHRASE John Miller: the army would leave the valley before winter']);
  });

  it('reads "reported" with a short object and a participle', () => {
    expect(facts('Shelling hit the market on Monday. Medics reported several people killed.').statements()).toEqual(['PARAPHRASE -: several people killed']);
  });

  it('reads a three-word clause with a noun subject after said', () => {
    expect(facts('Fans filled the streets after the final, and police said celebrations were peaceful.').statements()).toEqual(['PARAPHRASE -: celebrations were peaceful']);
  });
});

describe('reported speech: speakers', () => {
  it('continues an unnamed subject with "they", in the sentence or the next', () => {
    expect(facts('Volunteers reported heavy flooding near the river. They said at least two bridges were no longer passable.').statements()).toEqual([
      'PARAPHRASE -: heavy flooding near the river',
      'PARAPHRASE -: at least two bridges were no longer passable',
    ]);
    expect(facts('Rebel fighters have pushed towards the northern town, where they said they had taken two villages on Friday.').statements()).toEqual(['PARAPHRASE -: they had taken two villages on Friday']);
  });

  it('continues an unnamed subject after an action or a described one with a participle', () => {
    expect(facts('Privacy campaigners welcomed the ruling but said it had arrived far too late.').statements()).toEqual(['PARAPHRASE -: it had arrived far too late']);
    expect(facts('The naval task force shelled a coastal depot, saying later that it had been hit in error by its gunners.').statements()).toEqual(['PARAPHRASE -: it had been hit in error by its gunners']);
  });

  it('reads unnamed subjects with an appositive or a participle modifier', () => {
    expect(facts('A senior European diplomat, speaking on condition of anonymity, said several states wanted stronger safeguards.').statements()).toEqual(['PARAPHRASE -: several states wanted stronger safeguards']);
    expect(facts('The talks stalled over fishing quotas, two negotiators involved in the talks said.').statements()).toEqual(['PARAPHRASE -: The talks stalled over fishing quotas']);
    expect(facts('Cocoa output is set to fall by a fifth this season, growers and exporters said.').statements()).toEqual(['PARAPHRASE -: Cocoa output is set to fall by a fifth this season']);
  });

  it('gives both speakers a sentence opens with to "each" and to a participle', () => {
    expect(facts('John Miller and Peter Novak, old rivals, traded blame at the summit last week, but each then said that the talks could continue.').statements()).toEqual([
      'PARAPHRASE John Miller: the talks could continue',
      'PARAPHRASE Peter Novak: the talks could continue',
    ]);
    expect(facts('John Miller and Peter Novak voted against, arguing that the money would be better spent on schools.').statements()).toEqual([
      'PARAPHRASE John Miller: the money would be better spent on schools',
      'PARAPHRASE Peter Novak: the money would be better spent on schools',
    ]);
  });

  it('prefers the person before an appositive naming the body they speak for', () => {
    expect(facts('Anna Berg, a spokeswoman for the World Health Organization, said the risk to the region remained high.').statements()).toEqual(['PARAPHRASE Anna Berg: the risk to the region remained high']);
  });

  it('lets the antecedent of "which" or "whose secretariat" speak', () => {
    expect(facts('The river rose overnight, according to the Bangladesh Water Development Board, which warned that levels would keep rising for two days.').statements()).toContain('PARAPHRASE Bangladesh Water Development Board: levels would keep rising for two days');
  });

  it('reads a postposed speaker who told reporters somewhere, and a possessive name before it', () => {
    expect(facts('The plant will start producing vaccines in 2029, managing director Anna Berg told reporters in Jakarta.').statements()).toEqual(['PARAPHRASE Anna Berg: The plant will start producing vaccines in 2029']);
  });

  it('reads a description with a "-based" modifier as the organisation named before', () => {
    expect(facts('The International Coffee Organization met in May. Uganda is the largest coffee exporter in Africa, the London-based body said.').statements()).toEqual(['PARAPHRASE International Coffee Organization: Uganda is the largest coffee exporter in Africa']);
  });
});

describe('quotes inside reported clauses', () => {
  it('leaves a short quote closing a longer clause to the paraphrase', () => {
    const f = facts('Some parents in the town were hesitant after rumours that the vaccine caused "infertility", said John Miller, a headteacher.');
    expect(f.statements()).toEqual(['PARAPHRASE John Miller: Some parents in the town were hesitant after rumours that the vaccine caused "infertility"']);
  });

  it('does not take a prepositional phrase after a quote as its attribution', () => {
    const f = facts('Anna Berg warned that insurers were already "quietly walking away" from parts of the suburb and said families deserved an honest timeline.');
    expect(f.statements()).toEqual([
      'PARAPHRASE Anna Berg: insurers were already "quietly walking away" from parts of the suburb',
      'PARAPHRASE Anna Berg: families deserved an honest timeline',
    ]);
  });
});
