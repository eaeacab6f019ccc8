import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 29 role rules, each on invented sentences. */
describe('roles: a post fronted before its holder set off by commas', () => {
  it('reads "The <title>, Name," opening a sentence, no organisation', () => {
    const roles = facts('The trawler sank on Monday night. The skipper, Angus Rory MacPhail, told the hearing he had tried to turn back.').roles();
    expect(roles).toContain('Angus Rory MacPhail | skipper | -');
  });

  it('reads "A <title> for <people>, Name," keeping only the post', () => {
    const roles = facts('Four guards were charged on Tuesday. A lawyer for three of the guards, Teodor Marinescu, said his clients were innocent.').roles();
    expect(roles).toContain('Teodor Marinescu | lawyer | -');
  });

  it('reads a fronted two-word post', () => {
    const roles = facts('The side lost in Dundee. The head coach, Morag Lindqvist, said the side would rest on Monday.').roles();
    expect(roles).toContain('Morag Lindqvist | head coach | -');
  });

  it('gives no post to a fronted description that is no title', () => {
    const roles = facts('The boat was found on Sunday. The owner, Callum Fraser-Nairn, said it had been stolen.').roles();
    expect(roles.filter((r) => r.startsWith('Callum Fraser-Nairn'))).toEqual([]);
  });
});

describe('roles: a passing state before a fronted post', () => {
  it('leaves a verb form out of the title', () => {
    const roles = facts('The talks resumed. The visiting ambassador, Ilse Vandermeer, said the treaty would be signed.').roles();
    expect(roles).toContain('Ilse Vandermeer | ambassador | -');
    expect(roles).not.toContain('Ilse Vandermeer | visiting ambassador | -');
  });
});
