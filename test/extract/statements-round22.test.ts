import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('statements round 22: led-by missions, withheld declarations', () => {
  it('gives a body led by someone described in a second appositive to the organisation before its lower-case noun', () => {
    const f = facts(
      'The Caribbean Community observer mission, led by Odette Marchand-Lewis, a former foreign minister of Dominica, said in a statement that the vote had been calm and orderly.',
    );
    expect(f.statements()).toContain('PARAPHRASE Caribbean Community: the vote had been calm and orderly');
  });

  it('reads "the mission" as the organisation named before', () => {
    const f = facts(
      'The Caribbean Community observer mission, led by Odette Marchand-Lewis, said in a statement that the vote had been calm.\n\n' +
        'The mission urged the electoral office to publish results by polling station, and called for the next parliament to review the law.',
    );
    const s = f.statements();
    expect(s).toContain('PARAPHRASE Caribbean Community: the electoral office to publish results by polling station');
    expect(s).toContain('PARAPHRASE Caribbean Community: the next parliament to review the law');
  });

  it('ends the reported clause before the speaker\'s own "but did not declare"', () => {
    const f = facts('Norvale Gas said it was reviewing its shipping schedule for the coming week but did not declare force majeure on any cargoes.');
    expect(f.statements()).toContain('PARAPHRASE Norvale Gas: it was reviewing its shipping schedule for the coming week');
  });
});
