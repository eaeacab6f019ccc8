import { registerEnumType } from 'type-graphql';

export enum EntityOrderEnum {
  MENTION_COUNT = 'MENTION_COUNT',
  NAME = 'NAME',
  FIRST_APPEARANCE = 'FIRST_APPEARANCE',
}
registerEnumType(EntityOrderEnum, {
  name: 'EntityOrder',
  description: 'How to order entities.',
  valuesConfig: {
    MENTION_COUNT: { description: 'Most mentioned first.' },
    NAME: { description: 'By canonical name, A to Z.' },
    FIRST_APPEARANCE: { description: 'In the order their first article was ingested.' },
  },
});

export enum ArticleOrderEnum {
  INGESTED = 'INGESTED',
  PUBLISHED_NEWEST = 'PUBLISHED_NEWEST',
  PUBLISHED_OLDEST = 'PUBLISHED_OLDEST',
}
registerEnumType(ArticleOrderEnum, {
  name: 'ArticleOrder',
  description: 'How to order articles.',
  valuesConfig: {
    INGESTED: { description: 'In the order they were ingested.' },
    PUBLISHED_NEWEST: { description: 'Newest publication date first; undated articles last.' },
    PUBLISHED_OLDEST: { description: 'Oldest publication date first; undated articles last.' },
  },
});
