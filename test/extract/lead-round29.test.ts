import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';

describe("pronouns, round 29: a gendered honorific tells a person's gender", () => {
  it("passes over 'Mr X' for a later 'She' and goes on with the titled speaker", () => {
    const text =
      'Inquiry findings\n\nINVERNESS - Sheriff Morag Tulloch-Bain has determined that the death of a deckhand could have been avoided.\n\n' +
      'The sheriff recommended that the harbour trust fit rails on the pier.\n\n' +
      'The sheriff declined to order new lights, noting that Mr Sandison had been carrying a torch.\n\n' +
      'She also recommended that the trust publish a written safety plan for the pier every year.';
    const r = extractArticle(text);
    const keyOf = (name: string) => r.entities.find((e) => e.name === name)?.key;
    const last = r.statements.find((s) => s.text.includes('publish a written safety plan'));
    expect(last?.speaker).toBe(keyOf('Morag Tulloch-Bain'));
    expect(last?.speaker).not.toBe(keyOf('Sandison'));
  });
});

describe('abbreviated titles, round 29', () => {
  it("does not end a sentence at 'Engr.' before a name, so the quote keeps its speaker", () => {
    const text =
      'Dam levels fall\n\nBUTUAN, Philippines - Water at the reservoir fell again on Monday. "We are running on what the river gives us," said Engr. Rommel T. Dacanay-Sison, the plant manager. He said rationing would continue.';
    const r = extractArticle(text);
    const speaker = r.entities.find((e) => e.name.includes('Dacanay-Sison'));
    expect(speaker?.kind).toBe('PERSON');
    expect(r.statements.find((s) => s.kind === 'QUOTE')?.speaker).toBe(speaker?.key);
  });
});

describe("kinds, round 29: 'del Norte' and 'del Sur'", () => {
  it('reads a province so named as a place, and a firm named by a plural noun as no place', () => {
    const kinds = (text: string) => new Map(extractArticle(text).entities.map((e) => [e.name, e.kind]));
    expect(kinds('Floods hit the province. Residents of Agusan del Sur were moved to schools, the governor said.').get('Agusan del Sur')).toBe('PLACE');
    expect(kinds('Drought hit Jujuy. The chairman of Transportes del Norte, Ana Ibarra-Quispe, said trucks were idle.').get('Transportes del Norte')).not.toBe('PLACE');
  });
});
