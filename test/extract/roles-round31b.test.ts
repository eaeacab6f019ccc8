import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 31b role rules, each on invented sentences. */
describe('roles: a rank word read alone as the title', () => {
  it('keeps the capitalised words up to the name ("Chief Medical Officer X")', () => {
    const roles = facts('Chief Medical Officer Anna Kowal said the outbreak was contained in Lodz.').roles();
    expect(roles).toContain('Anna Kowal | Chief Medical Officer | -');
    expect(roles).not.toContain('Anna Kowal | Chief | -');
  });

  it('does not join two posts when the first is a full title ("Prosecutor Station Sergeant X")', () => {
    const roles = facts('Prosecutor Station Sergeant Dale Harewood told the court the cars were stolen. Harewood asked for a remand.').roles();
    expect(roles.some((r) => r.includes('Prosecutor Station Sergeant'))).toBe(false);
  });
});

describe('roles: a title, then "of" and a name with "of" inside it', () => {
  it('reads "The President of the States of Valmora, X" with the body as owner', () => {
    const roles = facts('The States of Valmora approved the budget on Monday. The President of the States of Valmora, Henri Dupuis, called it a fair plan.').roles();
    expect(roles).toContain('Henri Dupuis | President | States of Valmora');
  });
});

describe('roles: "whose" after an acronym in brackets', () => {
  it('gives the post to the body named before the brackets', () => {
    const roles = facts('The Valmora Rowing Union (VRU), whose president Karl Imhof attended the race, said it would appeal.').roles();
    expect(roles).toContain('Karl Imhof | president | Valmora Rowing Union');
  });
});

describe('roles: an arbiter is a post', () => {
  it('reads "Chief arbiter X" before a name', () => {
    const roles = facts('The game was decided on time. Chief arbiter Paul Moreno ruled that the move was late.').roles();
    expect(roles).toContain('Paul Moreno | Chief arbiter | -');
  });
});

describe('roles: "Its" and a lower-case title with its remit', () => {
  it('reads "Its head of production in the west, X" with the organisation named before', () => {
    const roles = facts('Norsk Kraft runs the plants in Molde. Its head of production in the west, Ola Berg, said the company would wait.').roles();
    expect(roles).toContain('Ola Berg | head of production in the west | Norsk Kraft');
  });

  it('reads "Its head of production, X" too', () => {
    expect(facts('Norsk Kraft runs the plants in Molde. Its head of production, Ola Berg, said the company would wait.').roles()).toContain('Ola Berg | head of production | Norsk Kraft');
  });

  it('does not reach back past the sentence before for the owner', () => {
    const roles = facts('Norsk Kraft runs the plants in Molde. The weather was cold in the north. The lake froze early this year. Its head of production, Ola Berg, said it would wait.').roles();
    expect(roles.some((r) => r.includes('Norsk Kraft'))).toBe(false);
  });

  it('reads no post from a phrase that is not one', () => {
    const roles = facts('Norsk Kraft runs the plants in Molde. Its share of sales in the west, Ola Berg said, fell.').roles();
    expect(roles.some((r) => r.startsWith('Ola Berg'))).toBe(false);
  });
});

describe('roles: a capitalised title, its acronym in brackets, then the name', () => {
  it('reads the title and the place the article names before it', () => {
    const roles = facts('Floods hit the town of Savar in Dhaka. Savar Upazila Nirbahi Officer (UNO) Farhana Akter Ruma told reporters that 30 families had moved.').roles();
    expect(roles).toContain('Farhana Akter Ruma | Upazila Nirbahi Officer | Savar');
  });

  it('reads no title when the bracketed acronym is not the initials of a post', () => {
    const roles = facts('The Gulf Sands Petroleum (GSP) Ali Reza said output rose.').roles();
    expect(roles.some((r) => r.includes('Gulf Sands Petroleum |') && r.startsWith('Ali Reza | Gulf'))).toBe(false);
  });
});
