import { describe, expect, it } from 'vitest';
import { facts } from './facts';

/** Round 8 role rules, each on invented sentences. */
describe('roles: appointments and posts given with is/was', () => {
  it('gives the appointing organisation the post: "X named Y as chief executive"', () => {
    const roles = facts('Harbour Mutual Insurance named Lena Sorvik as chief executive from March 3.').roles();
    expect(roles).toContain('Lena Sorvik | chief executive | Harbour Mutual Insurance');
  });

  it('reads no post from "named Y as" with a non-title', () => {
    expect(facts('Harbour Mutual Insurance named Lena Sorvik as a reason for the delay.').roles()).toEqual([]);
  });

  it('reads "Y, 51, was previously deputy chief executive at the insurer" and keeps both posts', () => {
    const roles = facts('Harbour Mutual Insurance named Lena Sorvik as chief executive from March 3. Sorvik, 51, was previously deputy chief executive at the insurer.').roles();
    expect(roles).toEqual(expect.arrayContaining(['Lena Sorvik | chief executive | Harbour Mutual Insurance', 'Lena Sorvik | deputy chief executive | Harbour Mutual Insurance']));
  });

  it('reads no post at a described place ("was mayor of the town")', () => {
    expect(facts('Tomas Berg was previously a teacher at the school.').roles()).toEqual([]);
  });
});
