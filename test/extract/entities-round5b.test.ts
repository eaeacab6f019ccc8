import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entities round 5b: lower-case heads', () => {
  it('reads an unknown name before "party" as the party, and its later bare uses as the same', () => {
    const f = facts('The pro-government Velmor party won most seats. Velmor\'s list leader, Anara Tulekova, said voters wanted calm.');
    expect(f.entity('Velmor')?.kind).toBe('ORGANIZATION');
    expect(f.entities().filter((e) => e.includes('Velmor'))).toEqual(['ORGANIZATION:Velmor']);
  });

  it('keeps a lower-case institution head after a place in the name', () => {
    const f = facts('The opposition said it would file complaints with the Dzhalmor district court on Tuesday.');
    expect(f.entity('Dzhalmor district court')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Dzhalmor')).toBeUndefined();
    expect(facts('Tarvik city council narrowly approved the plan on Tuesday.').entity('Tarvik city council')?.kind).toBe('ORGANIZATION');
  });

  it('does not make the institution in a Markdown headline', () => {
    expect(facts('# Glitches mar Tarvik city council vote\n\nVoters in Tarvik went to the polls.').entity('Tarvik city council')).toBeUndefined();
  });

  it('reads "the City of X" as the town\'s corporation', () => {
    expect(facts('The agency was working with the City of Harlowe on temporary stops.').entity('City of Harlowe')?.kind).toBe('ORGANIZATION');
  });
});

describe('entities round 5b: acronyms', () => {
  it('joins two runs that the bracketed acronym spells', () => {
    const f = facts('Observers from the Organization for Trade and Co-operation in Asia (OTCA) did not come.');
    expect(f.entity('Organization for Trade and Co-operation in Asia')?.aliases).toContain('OTCA');
    expect(f.entity('Asia')).toBeUndefined();
  });

  it('reads an acronym after a Markdown link', () => {
    const f = facts('Turnout was low, the [Central Vote Board](https://example.org) (CVB) said. The CVB will publish results.');
    expect(f.entities()).toEqual(['ORGANIZATION:Central Vote Board']);
  });

  it('joins a bare acronym to the organisation it spells', () => {
    const f = facts('The system was funded by the Norland International Transit Agency last year. A NITA official said it worked.');
    expect(f.entities()).toEqual(['ORGANIZATION:Norland International Transit Agency']);
  });
});

describe('entities round 5b: no names', () => {
  it('drops a lone sentence-opening word that only a cue made a name and the article also writes in lower case', () => {
    expect(facts('Turnout was low. Tamper researchers have long warned that tablets fail, and tamper seals broke.').entities()).toEqual([]);
    expect(facts('Ships sail weekly. Cargo analyst Clara Otieno-Mensah said the line could succeed, as cargo volumes rose.').entities()).toEqual(['PERSON:Clara Otieno-Mensah']);
  });

  it('keeps a name written once before a title or a cue noun', () => {
    expect(facts('Talks stalled. Velgaz spokesman Ilya Sorokin said the deal was off.').entities()).toContain('ORGANIZATION:Velgaz');
    expect(facts('The plant will shut. Nordkraft officials said the cost was too high.').entities()).toContain('ORGANIZATION:Nordkraft');
  });

  it('drops a competition named inside a longer run', () => {
    expect(facts('They hope to reach the knockout stage of the AFC Champions League Elite.').entities()).toEqual([]);
  });
});
