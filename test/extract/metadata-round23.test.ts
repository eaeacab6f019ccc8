import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 23 a Central Asian wire dateline: place, full stop, the wire in capitals', () => {
  const text =
    'Wheat harvest starts early in Torvala region\n\n3 July 2033, 10:15\n\nTORVALA. KABAR – Farmers in the Torvala region began the wheat harvest ten days early, the agriculture ministry said on Monday.\n\nThe ministry said yields were up.\n\nKabar';
  it('splits the place from the wire', () => {
    const m = meta(text);
    expect(m.dateline).toBe('TORVALA');
    expect(m.agency).toBe('KABAR');
  });
  it("drops the wire's bare sign-off at the foot", () => {
    expect(boilerplateLines(text)).toContain('Kabar');
  });
  it('keeps a capitals word after the full stop that is no wire', () => {
    const m = meta('Port reopens\n\nMERIVALE. UPDATE – The port reopened on Monday, officials said.');
    expect(m.agency).toBeUndefined();
  });
});

describe("round 23 a government transcript's disclaimer and a report's data credit", () => {
  const text =
    'TRANSCRIPT: Press conference on the Kelby floods\n\nDate: Monday 4 March 2033\n\nE&OE – proof copy only\n\nPremier: Good morning. The river at Kelby peaked overnight and is now falling slowly.\n\nJournalist: When will the road open?\n\nPremier: We expect the road to open on Wednesday once engineers have checked it.\n\nPrices supplied by Dunmore Livestock Centre. All prices per head unless stated.\n\nENDS';
  it('drops the E&OE line and reads no organisation from it', () => {
    expect(boilerplateLines(text)).toContain('E&OE – proof copy only');
    expect(names(text)).not.toContain('OE');
  });
  it('drops the data credit line', () => {
    expect(boilerplateLines(text)).toContain('Prices supplied by Dunmore Livestock Centre. All prices per head unless stated.');
  });
  it('keeps a sentence about prices as body text', () => {
    const body = 'Cattle sale\n\nPrices rose at Dunmore on Tuesday, the auctioneer said.\n\nFigures supplied by farmers were higher than last year.\n\nPrices supplied by Dunmore Mart rose by a tenth.';
    expect(boilerplateLines(body)).toEqual([]);
  });
});
