import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 25: honorifics, positions, farm names, field lists, acronyms over X of Y', () => {
  it('drops the Burmese honorifics "Daw" and "U" before a full name', () => {
    const f = facts('The clinic, run by Daw Hnin Wai Phyo, was full on Monday. U Aung Min Thein said more nurses would come.');
    expect(f.entity('Hnin Wai Phyo')?.kind).toBe('PERSON');
    expect(f.entity('Aung Min Thein')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => e.includes('Daw ') || e.includes(':U '))).toBe(false);
  });

  it('drops the clergy\'s "Don" before a given name and a surname', () => {
    const f = facts('The parish priest, Don Marco Bellini-Sartori, welcomed the pilgrims on Sunday.');
    expect(f.entity('Marco Bellini-Sartori')?.kind).toBe('PERSON');
    expect(f.entity('Don Marco Bellini-Sartori')).toBeUndefined();
  });

  it('drops a playing position opening the sentence before a full name', () => {
    const f = facts('The final was tied after nine innings. Shortstop Ramón Ortega Villalba drove in two runs in the tenth.');
    expect(f.entity('Ramón Ortega Villalba')?.kind).toBe('PERSON');
    expect(f.entity('Shortstop Ramón Ortega Villalba')).toBeUndefined();
  });

  it("keeps a German farm name joined by 'am' in the person's name", () => {
    const f = facts('Regional councillor Anna Gruber am Steinhof said the road would open in May.');
    expect(f.entity('Anna Gruber am Steinhof')?.kind).toBe('PERSON');
    expect(f.entity('Anna Gruber')).toBeUndefined();
  });

  it("keeps an office's list of fields whole", () => {
    const f = facts('The island asked the Energy, Climate and Industry Office in Brussels for more money.');
    expect(f.entity('Energy, Climate and Industry Office')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Energy')).toBeUndefined();
  });

  it("keeps 'Mission in <place>' whole when the acronym holds the connector's letter", () => {
    const f = facts('The United Nations Verification Mission in Colombia (UNVMIC) said on Friday that talks resumed.');
    const e = f.entity('United Nations Verification Mission in Colombia');
    expect(e?.kind).toBe('ORGANIZATION');
    expect(e?.aliases).toContain('UNVMIC');
  });

  it("keeps 'X Y of <place>' whole when the acronym after it spells all their initials in another order", () => {
    const f = facts('The president of the Territorial Collectivity of Guadeloupe (CTG), Marc Durand, spoke. The CTG will pay.');
    const e = f.entity('Territorial Collectivity of Guadeloupe');
    expect(e?.kind).toBe('ORGANIZATION');
    expect(e?.aliases).toContain('CTG');
    expect(f.entity('Territorial Collectivity')?.name).not.toBe('Territorial Collectivity');
  });
});
