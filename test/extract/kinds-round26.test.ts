import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('entity kinds (round 26): people', () => {
  it('reads a name closed by a Gaelic or Irish Mac/Mc/Nic family name as a person', () => {
    const text = 'The board met on Monday. Eachann MacDhùghaill, the director of the trust, said the plan was sound.';
    expect(facts(text).entities()).toContain('PERSON:Eachann MacDhùghaill');
  });
});

describe('entity kinds (round 26): organisations', () => {
  it('reads the journal a study was published in as an organisation, whatever its last word', () => {
    const text = 'The study, published on 3 May in Coastal Geomorphology Research Series, followed 90 dunes.';
    expect(facts(text).entities()).toContain('ORGANIZATION:Coastal Geomorphology Research Series');
  });
});

describe('entity kinds (round 26): no names', () => {
  it('drops page labels ending in a document noun or "Date"', () => {
    const text = 'Field Assessment Report\n\nJournal Embargo Date\n\nThe river rose by two metres overnight in Varnholt.';
    const found = facts(text).entities();
    expect(found.some((e) => e.includes('Field Assessment Report'))).toBe(false);
    expect(found.some((e) => e.includes('Journal Embargo Date'))).toBe(false);
  });
});
