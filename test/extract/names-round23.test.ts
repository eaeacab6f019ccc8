import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 23: field lists, French "des", glottal stops, questions, "between"', () => {
  it("keeps an agency's list of fields before its head word as one name", () => {
    const f = facts('Rangers from the Fisheries, Reefs and Lagoons Division counted the turtles on Sunday.');
    expect(f.entity('Fisheries, Reefs and Lagoons Division')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Reefs and Lagoons Division')).toBeUndefined();
  });

  it('ends a field list at its head word when a title follows', () => {
    const f = facts('Speakers: Premier Tom Hale; Police, Ambulance and Rescue Services Commissioner Maria Lund.');
    expect(f.entity('Police, Ambulance and Rescue Services')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Maria Lund')?.kind).toBe('PERSON');
  });

  it('keeps the French particle "des" inside an institution\'s name', () => {
    const f = facts('The Fédération des Artisans de Bretagne said it would appeal the decision.');
    expect(f.entity('Fédération des Artisans de Bretagne')).toBeDefined();
    expect(f.entity('Artisans de Bretagne')).toBeUndefined();
  });

  it("keeps a name's closing glottal stop, not a closing quote", () => {
    const f = facts("The society Hui Mālama Ka'ū Pono' had asked the council to wait. Critics called it the 'Green Wall' plan.");
    expect(f.entity("Hui Mālama Ka'ū Pono'")).toBeDefined();
    expect(f.entity("Green Wall'")).toBeUndefined();
  });

  it('reads "Will" opening a question before a longer name as the verb', () => {
    const f = facts('Reporter: Will Kelso Harbour Bridge reopen tonight?');
    expect(f.entity('Will Kelso Harbour Bridge')).toBeUndefined();
    expect(f.entity('Kelso Harbour Bridge')).toBeDefined();
  });

  it('splits two names after "between"', () => {
    const f = facts('The highway is closed between Marlow and Stony Gully until Friday.');
    expect(f.entity('Marlow and Stony Gully')).toBeUndefined();
    expect(f.entity('Stony Gully')).toBeDefined();
  });
});
