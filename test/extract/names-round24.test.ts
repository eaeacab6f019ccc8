import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 24: honorifics, occupations, owners, acronyms over long names, joint bodies', () => {
  it('drops the Punjabi honorific "Sardar" before a full name', () => {
    const f = facts('The temple committee said its treasurer, Sardar Harjit Singh Mann-Grewal, had welcomed the visitors.');
    expect(f.entity('Harjit Singh Mann-Grewal')?.kind).toBe('PERSON');
    expect(f.entity('Sardar Harjit Singh Mann-Grewal')).toBeUndefined();
  });

  it('drops an occupation compound opening the sentence before a full name', () => {
    const f = facts('The harbour was quiet on Sunday. Boatman Carlos Mendes Ribeiro, 41, said he had not worked for a week.');
    expect(f.entity('Carlos Mendes Ribeiro')?.kind).toBe('PERSON');
    expect(f.entity('Boatman Carlos Mendes Ribeiro')).toBeUndefined();
  });

  it("drops a described owner's possessive before an 'X of Y' institution", () => {
    const f = facts("Buses will run all winter, the Union Territory's Department of Rural Transport announced on Friday.");
    expect(f.entity('Department of Rural Transport')?.kind).toBe('ORGANIZATION');
    expect(f.entities().some((e) => e.includes("Territory's"))).toBe(false);
  });

  it("keeps a name holding 'and' whole when its acronym in brackets (another language's) follows", () => {
    const f = facts('The Pan-Asian Music and Dance Festival of Kuching (FEMUDAK) opened on Friday. FEMUDAK said tickets had sold out.');
    const e = f.entity('Pan-Asian Music and Dance Festival of Kuching');
    expect(e?.kind).toBe('ORGANIZATION');
    expect(e?.aliases).toContain('FEMUDAK');
  });

  it("still splits two bodies when the acronym belongs to the second", () => {
    const f = facts('The Lakeland Water Board and Lakeland Forest Service (LFS) signed the plan on Monday.');
    expect(f.entity('Lakeland Forest Service')?.aliases).toContain('LFS');
  });

  it("keeps 'Mission in the <country>' whole when the bracketed acronym takes letters from both parts", () => {
    const f = facts('The Council renewed the mandate of the United Nations Integrated Peacebuilding Office in the Central African Republic (ONUPCA) for a year.');
    const e = f.entity('United Nations Integrated Peacebuilding Office in the Central African Republic');
    expect(e?.kind).toBe('ORGANIZATION');
    expect(e?.aliases).toContain('ONUPCA');
  });

  it('keeps two countries joined by a hyphen before a joint body in its name', () => {
    const f = facts('The dig was funded by the Norway-Ghana Heritage Project and the Chile-Peru Joint Commission. US-Russia talks ended.');
    expect(f.entity('Norway-Ghana Heritage Project')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Chile-Peru Joint Commission')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Russia')?.kind).toBe('PLACE');
  });
});
