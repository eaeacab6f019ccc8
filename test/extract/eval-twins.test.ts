import { describe, expect, it } from 'vitest';
import { surfaceTwins } from '../../src/eval/score-article';
import type { GoldArticle } from '../../src/eval/gold';

const gold = (entities: GoldArticle['entities']): GoldArticle => ({ file: 'x.json', article: 'x.txt', domain: 'local', meta: { title: null, dateline: null, agency: null, publishedAt: null }, entities, roles: [], statements: [] }) as unknown as GoldArticle;

describe('resolution scoring', () => {
  it('skips gold entities of one kind that share a surface form in one article', () => {
    const g = gold([
      { id: 'leon-city', kind: 'PLACE', name: 'León', aliases: [] },
      { id: 'leon-province', kind: 'PLACE', name: 'León', aliases: ['province of León'] },
      { id: 'leon-fc', kind: 'ORGANIZATION', name: 'León', aliases: [] },
      { id: 'burgos', kind: 'PLACE', name: 'Burgos', aliases: [] },
    ]);
    expect([...surfaceTwins(g)].sort()).toEqual(['leon-city', 'leon-province']);
  });
});
