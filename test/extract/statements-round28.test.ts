import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Statement rules from the twelve articles that joined development in round 28; every sentence is invented for its rule. */
describe('round 28: a family speaks as no named entity', () => {
  it('gives "..., the family said." no speaker, not the relative named before', () => {
    const text = 'BRISTOL, England (Reuters) - A cyclist, Tom Barlow, died on Sunday after a crash on the A38, police said. '
      + 'The family of Mr Barlow released a statement through police. "Tom loved that road. He did nothing wrong," the family said.';
    const got = facts(text).statements();
    expect(got).toContain('QUOTE -: Tom loved that road. He did nothing wrong');
    expect(got.some((s) => s.startsWith('QUOTE Tom Barlow'))).toBe(false);
  });
});

describe('round 28: a study and its unnamed researchers', () => {
  const text = 'OSLO, May 3 (Reuters) - Sea ice off Svalbard is thinning fast, scientists said on Monday.\n\n'
    + 'The study, published in the journal Polar Research, mapped 40 fjords near Longyearbyen using radar images.\n\n'
    + 'It found that the ice cover had shrunk by a third since 2000.\n\n'
    + 'The researchers, who worked with the University of Bergen, said monitoring covered only five of the fjords.';
  it('gives "It found that ..." after a sentence opening with the study no speaker, not a place named before', () => {
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE -: the ice cover had shrunk by a third since 2000');
    expect(got.some((s) => s.startsWith('PARAPHRASE Longyearbyen'))).toBe(false);
  });
  it('gives "The researchers, who worked with X, said" no speaker, not the organisation inside the relative clause', () => {
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE -: monitoring covered only five of the fjords');
    expect(got.some((s) => s.startsWith('PARAPHRASE University of Bergen'))).toBe(false);
  });
});

describe('round 28: a finite verb after an infinitive report returns to the main clause', () => {
  it('cuts "threatened to ... but has ..." before "but has"', () => {
    const text = 'MOGADISHU (Reuters) - Voting went ahead in Baidoa on Sunday.\n\n'
      + 'Hassan Warsame, the opposition leader, had threatened to boycott the count in every district but has little support in Jubaland, where his party also operates.';
    const got = facts(text).statements();
    expect(got).toContain('PARAPHRASE Hassan Warsame: to boycott the count in every district');
    expect(got.some((s) => s.includes('little support'))).toBe(false);
  });
});
