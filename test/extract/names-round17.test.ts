import { describe, expect, it } from 'vitest';
import { facts } from './facts';
import { lookupDemonym } from '../../src/extract/gazetteer';
import { tokenize } from '../../src/extract/tokens';
import { splitCompound } from '../../src/extract/name-runs';

describe('names round 17: honorifics and titles, articles and verbs at a name, hyphenated places, ordinals, double surnames', () => {
  it('strips Wolof and West African Muslim honorifics before a full name', () => {
    const f = facts('Serigne Moustapha Gueye Sall opened the mosque. Sokhna Awa Ndao Kane, who sells cloth, said she came by bus. Alhaji Ousainou Bojang Ceesay met them.');
    for (const name of ['Moustapha Gueye Sall', 'Awa Ndao Kane', 'Ousainou Bojang Ceesay']) expect(f.entity(name)?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /Serigne|Sokhna|Alhaji/.test(e))).toBe(false);
  });

  it("reads 'Deputy' alone before a name as a member's title, and a Nordic head of government's title", () => {
    const f = facts('During the debate, Deputy Anselm Tostevin-Gray told members the plan was sound. As Deputy Tostevin-Gray put it, "We must build." Lantråd Birgitta Holmqvist-Ek said she would not stand again.');
    expect(f.entity('Anselm Tostevin-Gray')?.aliases).toContain('Tostevin-Gray');
    expect(f.entity('Birgitta Holmqvist-Ek')?.kind).toBe('PERSON');
    expect(f.entities().some((e) => /Deputy|Lantråd/.test(e))).toBe(false);
    expect(f.roles()).toContain('Anselm Tostevin-Gray | Deputy | -');
  });

  it('keeps a post after Deputy a title: Deputy Governor', () => {
    const f = facts('Deputy Governor Halvard Moen Strand said rates would hold.');
    expect(f.entity('Halvard Moen Strand')?.kind).toBe('PERSON');
  });

  it('keeps a Romance article capitalised inside a sentence, and after an honorific, in the name', () => {
    const f = facts('Letters\n\nSir, — Mrs Le Marquand and her neighbours are right. Thanks go to the pupils of Les Vauxbelets Grammar School, who worked hardest.');
    expect(f.entity('Le Marquand')?.kind).toBe('PERSON');
    expect(f.entity('Les Vauxbelets Grammar School')).toBeDefined();
    expect(f.entity('Marquand')).toBeUndefined();
  });

  it('drops an auxiliary opening a question, and a verb glued to a name the article writes without it', () => {
    const f = facts('Ignacio Ventura Paz scored first.\n\nLost Ventura Paz at the back post; otherwise solid. Does Norway\'s oil fund own the stake?');
    expect(f.entity('Ventura Paz')?.name).toBe('Ignacio Ventura Paz');
    expect(f.entity('Norway')?.kind).toBe('PLACE');
    expect(f.entities().some((e) => /Lost|Does/.test(e))).toBe(false);
  });

  it("keeps a name's own first word when the rest is only written after it ('Al ...')", () => {
    const f = facts('MUSCAT — Al Qamar Shipping Company SAOG expects profits to rise. Analysts said Al Qamar Shipping would gain.');
    expect(f.entities()).toContain('ORGANIZATION:Al Qamar Shipping Company SAOG');
  });

  it('keeps the lower-case particle of a hyphenated place name in its surface', () => {
    const text = 'The town of Bourg-sur-Lanthe flooded.';
    const words = tokenize(text, { start: 0, end: text.length }, splitCompound).map((t) => t.raw);
    expect(words).toContain('Bourg-sur-Lanthe');
    expect(facts(text).entity('Bourg-sur-Lanthe')).toBeDefined();
  });

  it("reads an ordinal, 'of' and a name ending in a place noun as one name, not a date with a noun", () => {
    const f = facts('Officials from 15th of May City met on the 15th of May in Cairo.');
    expect(f.entity('15th of May City')?.kind).toBe('PLACE');
    expect(f.entity('May City')).toBeUndefined();
  });

  it("takes no club after a person's name in brackets for an acronym; an organisation's short name stays", () => {
    const f = facts('Pablo Mercado (Platense) – 7. Solid at the back.\n\nThe Comisión Nacional del Agua (Conagua) said levels fell.');
    expect(f.entity('Pablo Mercado')?.aliases ?? []).not.toContain('Platense');
    expect(f.entity('Comisión Nacional del Agua')?.aliases).toContain('Conagua');
  });

  it("keeps a demonym opening an institution's name no table knows after 'the'", () => {
    const f = facts('The grant came from the Danish Arctic Survey, officials said.');
    expect(f.entity('Danish Arctic Survey')).toBeDefined();
    expect(f.entity('Arctic Survey')).toBeUndefined();
  });

  it("joins 'and' in an authority's name opened by a place of two words", () => {
    const f = facts('The Puerto Rico Ferry and Freight Authority said services would resume.');
    expect(f.entity('Puerto Rico Ferry and Freight Authority')?.kind).toBe('ORGANIZATION');
  });

  it("reads no country in the first word of a country's two-word demonym unless the lexicon calls it a demonym", () => {
    expect(lookupDemonym('Costa')).toBeUndefined();
    expect(lookupDemonym('Puerto')).toBeUndefined();
    expect(lookupDemonym('Saudi')).toBe('country:SAU');
  });

  it('joins a given name and father\'s surname to the full double-surnamed name', () => {
    const f = facts('Marta Quiroga Benítez signed the order. Later Marta Quiroga told reporters it was final.');
    expect(f.entity('Marta Quiroga')?.name).toBe('Marta Quiroga Benítez');
  });

  it("keeps a town written alone after 'in' apart from a person whose surname it is", () => {
    const f = facts('Crowds gathered in Kaolack on Friday. Amadou Kaolack, a rice trader, said prices rose. Kaolack is busy this week.');
    expect(f.entity('Kaolack')?.kind).toBe('PLACE');
    expect(f.entity('Amadou Kaolack')?.aliases).not.toContain('Kaolack');
  });
});
