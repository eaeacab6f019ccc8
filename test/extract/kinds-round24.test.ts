import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entity kinds (round 24): unseen people', () => {
  it('reads a run of unknown name words as a person when the article uses its last word alone as a surname', () => {
    const text = 'The inquiry heard from Tohvri Morsundé on Tuesday. "We were not told," Morsundé said.';
    expect(facts(text).entities()).toContain('PERSON:Tohvri Morsundé');
  });

  it('keeps such a run an organisation when no surname is used alone', () => {
    const text = 'Shares in Vostra Kelmé rose on Tuesday. Vostra said profit doubled.';
    expect(facts(text).entities()).not.toContain('PERSON:Vostra Kelmé');
  });

  it('reads a full name in a list after a person\'s post and a colon as a person', () => {
    const text = 'The federation named its staff for the tournament.\n\nAssistant coaches: Oyelami Dossavi, Kpénou Agbétsi\n\nThe squad leaves on Monday.';
    const found = facts(text).entities();
    expect(found).toContain('PERSON:Oyelami Dossavi');
    expect(found).toContain('PERSON:Kpénou Agbétsi');
  });

  it('reads an appositive opening with a demonym and an occupation as a person', () => {
    const text = 'The lichens are dying. Tiemo Van Quaille, a Danish botanist at the University of Aarhus, said so.';
    expect(facts(text).entities()).toContain('PERSON:Tiemo Van Quaille');
  });
});
