import { describe, expect, it } from 'vitest';
import { meta, names, boilerplateLines } from './metadata-helpers';

describe('round 20 header', () => {
  it('reads a Gulf wire dateline whose Hijri date comes before the Gregorian date and the bare agency', () => {
    const text = [
      'Asir honey producers report a record season',
      '',
      'Abha, Shawwal 3, 1461, November 2, 2039, SPA -- Beekeepers in the mountains of Asir Region harvested about 900 tonnes of honey this season, the ministry said.',
      '',
      'The ministry said 4,000 new hives had been distributed.',
      '--SPA',
    ].join('\n');
    const m = meta(text);
    expect(m.dateline).toBe('Abha');
    expect(m.agency).toBe('SPA');
    expect(m.publishedAt).toBe('2039-11-02');
    // The agency in the dateline and the sign-off is a credit, no entity.
    expect(names(text)).not.toContain('SPA');
  });
  it('reads the same dateline without the other calendar, and only a wire counts as the agency', () => {
    const wire = meta('Tabuk farmers plant new olive groves\n\nTabuk, May 2, 2031, SPA -- Farmers near Tabuk planted 20,000 olive trees this spring, the ministry said.');
    expect(wire.dateline).toBe('Tabuk');
    expect(wire.agency).toBe('SPA');
    const notWire = meta('Tabuk farmers plant new olive groves\n\nTabuk, May 2, 2031, OLIVE -- Farmers near Tabuk planted 20,000 olive trees this spring, the ministry said.');
    expect(notWire.agency).toBeUndefined();
  });
  it("takes a review's 'Reviewed by' line for the critic's byline, never the agency", () => {
    const text = [
      'HARBOUR ARTS',
      'Theatre and music from the coast',
      '',
      'Reviews › Theatre',
      '',
      'The Wild Duck review – a family drowning in polite lies',
      '',
      '★★★☆☆',
      '',
      'Reviewed by Lise Haugland · Saturday 4 May 2041',
      '',
      'Torvik Playhouse opens its season with a careful, chilly staging of the play.',
    ].join('\n');
    const m = meta(text);
    expect(m.agency).toBeUndefined();
    expect(m.publishedAt).toBe('2041-05-04');
    expect(m.title).toBe('The Wild Duck review – a family drowning in polite lies');
  });
});

describe('round 20 boilerplate', () => {
  it("drops a 'More reviews:' list of links like any 'More stories:' list", () => {
    const text = [
      'Torvik Playhouse opens its season with a chilly staging.',
      '',
      'More reviews:',
      'Ghosts at the Lindberg Theatre in Malmo – patient and grim',
      'A Midsummer Night in Aarhus goes back to the woods',
    ].join('\n');
    const lines = boilerplateLines(text);
    expect(lines).toContain('More reviews:');
    expect(lines).toContain('Ghosts at the Lindberg Theatre in Malmo – patient and grim');
    expect(names(text)).not.toContain('Lindberg Theatre');
  });
  it("drops an embedded post's platform links and counters", () => {
    const text = 'The mayor wrote on social media that the bridge would reopen.\n\nView on X\n\n1,204 likes · 318 reposts\n\nPosted on Instagram';
    expect(boilerplateLines(text)).toEqual(['View on X', '1,204 likes · 318 reposts', 'Posted on Instagram']);
    // A sentence about views or likes is body text.
    expect(boilerplateLines('The post had 1,204 likes by Tuesday, the council said.')).toEqual([]);
  });
  it("drops a firm's author field with the writers' posts and its legal-advice disclaimer", () => {
    const authors = 'Authors: Mere Tawhiri, Partner · Sam Lowe-Adeyemi, Senior Associate';
    const disclaimer = 'This update is a general summary of the law and does not constitute legal advice.';
    const text = `High Court rules on gig workers\n\n12 March 2040\n\n${authors}\n\nThe High Court ruled on Monday that couriers were employees.\n\n${disclaimer}`;
    const lines = boilerplateLines(text);
    expect(lines).toContain(authors);
    expect(lines).toContain(disclaimer);
    expect(names(text)).not.toContain('Mere Tawhiri');
    // A sentence naming authors is body text.
    expect(boilerplateLines('The authors said the study was small.')).toEqual([]);
  });
});
