import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 27: particles, patronymics, given-name abbreviations and glued runs', () => {
  it('keeps the Faroese particle "á" inside a place-derived surname', () => {
    const f = facts('The party came second. Its chairman, Jógvan Olsen á Heygnum, said talks would start on Monday.');
    expect(f.entity('Jógvan Olsen á Heygnum')?.kind).toBe('PERSON');
    expect(f.entity('Jógvan Olsen')).toBeUndefined();
  });

  it('keeps the Uzbek patronymic "qizi" / "o\'g\'li" inside a full name', () => {
    const f = facts('The museum was reopened. Its curator, Dilnoza Rustam qizi Karimova, said the tiles were made by hand.');
    expect(f.entity('Dilnoza Rustam qizi Karimova')?.kind).toBe('PERSON');
    expect(f.entity('Dilnoza Rustam')).toBeUndefined();
    const g = facts('The plan was backed by Jasur Akmal o\'g\'li Tursunov on Monday.');
    expect(g.entity("Jasur Akmal o'g'li Tursunov")?.kind).toBe('PERSON');
  });

  it('keeps the abbreviated given name "Md" written without a period opening a sentence', () => {
    const f = facts('Md Shahidul Alam Chowdhury, 31, from Rangpur, was injured at the yard on Monday.');
    expect(f.entity('Md Shahidul Alam Chowdhury')?.kind).toBe('PERSON');
    expect(f.entity('Shahidul Alam Chowdhury')).toBeUndefined();
  });

  it('keeps the adjective of a natural feature opening a heading or a sentence', () => {
    const f = facts('Travel advice was updated on Monday.\n\nDead Sea resorts\n\nVisitors should avoid the area after dark.');
    expect(f.entity('Dead Sea')?.kind).toBe('PLACE');
    expect(f.entity('Sea')).toBeUndefined();
    const g = facts('Blue Zone residents live longer than most, the study found.');
    expect(g.entity('Blue Zone')).toBeUndefined();
  });

  it('splits an office ending in its organisation word from the person named right after it', () => {
    const f = facts('Officer-in-charge of Narsingdi Model Police Station Abdul Karim Talukder said two men had been arrested.');
    expect(f.entity('Narsingdi Model Police Station')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Abdul Karim Talukder')?.kind).toBe('PERSON');
    expect(f.entity('Narsingdi Model Police Station Abdul Karim Talukder')).toBeUndefined();
  });
});
