import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { facts } from './facts';

describe('in-document coreference', () => {
  it('makes Kerry, John Kerry and Secretary Kerry one entity named by the fullest form', () => {
    const f = facts('Secretary of State John Kerry called Moscow. Kerry was angry. "Secretary Kerry expressed concern," Kirby said.');
    const kerry = f.entity('John Kerry')!;
    expect(kerry.aliases.sort()).toEqual(['John Kerry', 'Kerry']);
    expect(kerry.mentions).toHaveLength(3);
    expect(f.article.entities.filter((e) => e.kind === 'PERSON')).toHaveLength(2);
  });

  it('joins spelling variants of one person in an article (seed 003, 004)', () => {
    const f = facts('Syrian President Bashar Assad met Sergey Lavrov. Assad’s forces advanced. Critics of Bashar al-Assad objected.');
    expect(f.article.entities.filter((e) => e.kind === 'PERSON').map((e) => e.name).sort()).toEqual(['Bashar al-Assad', 'Sergey Lavrov']);
  });

  it('keeps people who share a surname apart and gives a lone surname to the one named last', () => {
    const f = facts('Marieke de Jong runs the firm. Sander de Jong, an analyst, disagreed. Later De Jong said the board agreed.');
    expect(f.entity('Sander de Jong')?.aliases).toContain('De Jong');
  });

  it("keeps a place named alone apart from a longer place that opens with its word", () => {
    const f = facts('Storms killed four people on Upolu, the main island. More rain could fall on Upolu and Manono until Friday. Farms on the Upolu Plains were cut off.');
    expect(f.entity('Upolu Plains')?.aliases ?? []).not.toContain('Upolu');
    expect(f.entity('Upolu')?.mentions).toHaveLength(2);
  });

  it('reads a short form of an organisation as the organisation (technology article)', () => {
    const f = facts('An outage at Lumora Networks hit payments. Lumora said it was sorry.');
    expect(f.entity('Lumora')?.name).toBe('Lumora Networks');
  });

  it('resolves a pronoun speaker to the nearest person of fitting gender (local article)', () => {
    const f = facts('Council member Rafael Ortiz voted against. Resident Karen Marsh spoke after him.\n\n"They had made up their minds," she said.');
    expect(f.statements()).toEqual(['QUOTE Karen Marsh: They had made up their minds']);
  });

  it('resolves a title-only speaker through the article\'s roles', () => {
    const f = facts('Sander de Jong, an analyst at ING, was cautious.\n\n"Power is the real constraint," the analyst said.');
    expect(f.statements()).toEqual(['QUOTE Sander de Jong: Power is the real constraint']);
  });

  it("reads a town's short name as the town the article named in full, with that town's id", () => {
    const text = 'Carnival opens\n\nRio de Janeiro opened its carnival on Friday. Rio expects two million visitors, the city said.';
    const towns = extractArticle(text).entities.filter((e) => e.kind === 'PLACE');
    expect(towns.map((e) => [e.name, e.gazetteerId])).toEqual([['Rio de Janeiro', 'city:rio de janeiro']]);
  });
});
