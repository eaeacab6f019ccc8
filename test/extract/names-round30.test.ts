import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('names round 30: post owners after a title, profession words before a split name, divisions with portfolio lists', () => {
  it('splits an acronym owner written between a title and a full name', () => {
    const f = facts('The Punjab Emergency Service (PES) said two rescue teams had been sent. Director General PES Tariq Mehmood Rana told reporters the roads were closed.');
    expect(f.entity('Tariq Mehmood Rana')?.kind).toBe('PERSON');
    expect(f.entity('PES Tariq Mehmood Rana')).toBeUndefined();
  });

  it('splits a place owner the article names alone, and an honorific, from the name after a title', () => {
    const f = facts('Heavy rain hit villages in Chitral on Monday. Deputy Commissioner Chitral Haji Rehmat Ullah Durrani said food had been sent.');
    expect(f.entity('Rehmat Ullah Durrani')?.kind).toBe('PERSON');
    expect(f.entity('Chitral Haji Rehmat Ullah Durrani')).toBeUndefined();
    expect(f.entity('Chitral')).toBeDefined();
  });

  it('keeps a word used alone as a person (no place context) inside the name after a title', () => {
    const f = facts('Electoral Commissioner Tuilagi Sione Fa\'aola said counting would resume. "It will take days," Tuilagi said.');
    expect(f.entity("Tuilagi Sione Fa'aola")).toBeDefined();
    expect(f.entity("Sione Fa'aola")).toBeUndefined();
  });

  it('drops a profession word opening a sentence before a name that ends at "of"', () => {
    const f = facts('The festival drew large crowds.\n\nArchivist Maela Le Goff-Tanguy of the University of Southern Normandy said the records were old.');
    expect(f.entity('Maela Le Goff-Tanguy')).toBeDefined();
    expect(f.entity('Archivist Maela Le Goff-Tanguy')).toBeUndefined();
  });

  it('keeps a division named with a comma list of portfolios as one organisation', () => {
    const f = facts('The Division of Fisheries, Forestry and Rural Development approved the plan on Tuesday.');
    expect(f.entity('Division of Fisheries, Forestry and Rural Development')?.kind).toBe('ORGANIZATION');
    expect(f.entity('Division of Fisheries')).toBeUndefined();
  });
});
