import { describe, expect, it } from 'vitest';
import { facts } from './facts';

describe('roles', () => {
  it('reads the issue examples: person, title and organisation; the title never stays in the name', () => {
    expect(facts('US Secretary of State John Kerry called.').roles()).toEqual(['John Kerry | Secretary of State | US']);
    expect(facts('Kremlin spokesman Dmitry Peskov said nothing.').roles()).toEqual(['Dmitry Peskov | spokesman | Kremlin']);
    // The country owning the post is the organisation; the body it sits in stays in the title.
    expect(facts('Syria’s UN Ambassador Bashar Ja’afari rejected accusations.').roles()).toEqual(['Bashar Ja’afari | UN Ambassador | Syria']);
    expect(facts('John Kirby, the State Department spokesman, said in a statement that talks were over.').roles()).toEqual(['John Kirby | spokesman | State Department']);
  });

  it('reads a demonym before the title as the country', () => {
    expect(facts('Kerry called Russian Foreign Minister Sergey Lavrov. Russia refused.').roles()).toEqual(['Sergey Lavrov | Foreign Minister | Russia']);
  });

  it('reads appositive titles with an organisation after "at" (science article)', () => {
    const f = facts('Researchers led by Ingrid Halvorsen, a professor of epidemiology at the University of Bergen in Norway, analysed samples.');
    expect(f.roles()).toEqual(['Ingrid Halvorsen | professor of epidemiology | University of Bergen']);
  });

  it('gives no organisation for a title held under a person', () => {
    expect(facts("Dmitry Peskov, Russian President Vladimir Putin's spokesperson, said Tuesday his boss was angry.").roles()).toContain('Dmitry Peskov | spokesperson | -');
  });

  it('reads a lower-case title with its modifiers before a comma and the name (courts article)', () => {
    const f = facts('Ferrosul’s chief executive, Ricardo Menezes, said the company was cooperating.');
    expect(f.roles()).toEqual(['Ricardo Menezes | chief executive | Ferrosul']);
    expect(f.entity('Ricardo Menezes')?.kind).toBe('PERSON');
  });
});

describe('roles: qualifiers', () => {
  it('keeps generic words between a known qualifier and the title in the title', () => {
    expect(facts('U.S. Transportation Secretary Pete Buttigieg welcomed the move.').roles()).toEqual(['Pete Buttigieg | Transportation Secretary | U.S.']);
    expect(facts('Technology Secretary Olivia Grant spoke.').roles()).toEqual(['Olivia Grant | Technology Secretary | -']);
  });

  it('reads "the group\'s president" as the organisation named before, and no kinship as a title', () => {
    const f = facts('According to Planned Parenthood, clinics were full. "This is a relief," said Alexis McGill Johnson, the group\'s president.');
    expect(f.roles()).toEqual(['Alexis McGill Johnson | president | Planned Parenthood']);
    expect(facts('Chief executive Akio Toyoda, the grandson of the company\'s founder, spoke.').roles()).toEqual(['Akio Toyoda | Chief executive | -']);
  });
});

describe('roles: owners named elsewhere', () => {
  it('reads "Its <title>, <name>" as the organisation named before, past an honorific (technology, diplomacy articles)', () => {
    const f = facts('Worst hit was Thames Valley Hospitals NHS Foundation Trust. Its chief executive, Dr. Priya Raman, said staff coped.');
    expect(f.roles()).toEqual(['Priya Raman | chief executive | Thames Valley Hospitals NHS Foundation Trust']);
  });

  it('reads "<title> <name> of the <organisation>" (courts article)', () => {
    expect(facts('Judge Luiza Bittencourt of the 2nd Criminal Court of Pará de Minas ruled on Friday.').roles()).toEqual([
      'Luiza Bittencourt | Judge | 2nd Criminal Court of Pará de Minas',
    ]);
  });

  it('reads two titles joined by "and", and drops a short form of a longer title', () => {
    expect(facts('Aleksandr Vetrov, Lumora Networks’s founder and chief executive, apologised.').roles()).toEqual([
      'Aleksandr Vetrov | founder | Lumora Networks',
      'Aleksandr Vetrov | chief executive | Lumora Networks',
    ]);
    expect(facts('Secretary of State John Kerry spoke. "Secretary Kerry was clear," Kirby said.').roles()).toEqual(['John Kerry | Secretary of State | -']);
  });
});
