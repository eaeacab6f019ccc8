import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('kinds round 29: Vietnamese names, compound person nouns, cricket places, Incorporated, New Year', () => {
  it("reads three capitalised words with the Vietnamese middle name 'Thị' or 'Văn' as a person", () => {
    const f = facts('Officials met Nguyễn Văn Hùng on Monday, and the shop was run by Đỗ Thị Hoa.');
    expect(f.entity('Nguyễn Văn Hùng')?.kind).toBe('PERSON');
    expect(f.entity('Đỗ Thị Hoa')?.kind).toBe('PERSON');
  });

  it("reads a full name after a lower-case '-woman' or '-man' compound as a person", () => {
    const f = facts('"The nets came up empty again," said ferrywoman Kalinda Marrow Teague.');
    expect(f.entity('Kalinda Marrow Teague')?.kind).toBe('PERSON');
  });

  it("reads a full name after the cricket noun 'opener' as a person", () => {
    const f = facts('The visitors were in control after opener Tamer Oskan Baloch made 81 off 90 balls.');
    expect(f.entity('Tamer Oskan Baloch')?.kind).toBe('PERSON');
  });

  it("reads a name ending in 'Incorporated' as an organisation", () => {
    const f = facts('The grant went to Harrowgate Old Quarter Heritage Incorporated, which restores shophouses.');
    expect(f.entity('Harrowgate Old Quarter Heritage Incorporated')?.kind).toBe('ORGANIZATION');
  });

  it("does not read a festival ending in 'Year' as an entity", () => {
    const f = facts('Sales of paper kites peak before the Lunar New Year, stallholders in Velport said.');
    expect(f.entity('Lunar New Year')).toBeUndefined();
  });
});
