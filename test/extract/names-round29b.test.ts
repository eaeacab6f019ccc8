import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 29b: a full name after a post with "of" or a body', () => {
  it('reads a four-word full name after "Minister of X"', () => {
    const f = facts('According to Minister of Education Dao Thi Thuy Nga, the new plant will cost about 2 billion USD. She said work would start in May.');
    expect(f.entity('Dao Thi Thuy Nga')?.kind).toBe('PERSON');
  });

  it("splits a body ending in a possessive and 'Committee' from the person after it", () => {
    const f = facts("Chairman of the Binh Duong provincial People's Committee Tran Van Long said the road would open in June. Traffic was light.");
    expect(f.entity('Tran Van Long')?.kind).toBe('PERSON');
    expect(f.entity('Committee Tran Van Long')).toBeUndefined();
  });

  it("ends the post at a body's word ('Council') before a three-word name", () => {
    const f = facts('Chairman of the Dong Nai Council Ngo Quoc Binh said the market would move. Traders objected.');
    expect(f.entity('Ngo Quoc Binh')?.kind).toBe('PERSON');
    expect(f.entity('Council Ngo Quoc Binh')).toBeUndefined();
  });

  it('keeps a plural portfolio word and honorifics out of the name', () => {
    const f = facts('Minister of Tourism and Fine Arts Sok Vanna said the museum would reopen. Minister of Health Dato Seri Setia Dr Haji Omar bin Haji Ali spoke too.');
    expect(f.entity('Sok Vanna')?.kind).toBe('PERSON');
    expect(f.entity('Arts Sok Vanna')).toBeUndefined();
    expect(f.entity('Dato Seri Setia')).toBeUndefined();
  });
});

describe('names round 29b: Korean given names', () => {
  it('keeps a given name whose second half is an English word', () => {
    const f = facts('"Orders will slow next year," said Park Hye-young, an analyst at a Seoul brokerage. Lee Soo-sun agreed.');
    expect(f.entity('Park Hye-young')?.kind).toBe('PERSON');
    expect(f.entity('Park Hye')).toBeUndefined();
  });

  it("still drops an adjective's suffix after a capitalised word", () => {
    const f = facts('The Osaka-based firm Tanaka Holdings said sales rose in Kyoto.');
    expect(f.entity('Osaka-based')).toBeUndefined();
  });
});
