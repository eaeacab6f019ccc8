export { Alias } from './alias.entity';
export { Article } from './article.entity';
export { EntityKey } from './entity-key.entity';
export { Mention } from './mention.entity';
export { ENTITY_KINDS, NewsEntity } from './news-entity.entity';
export { RELATIONSHIP_TYPES, Relationship } from './relationship.entity';
export { RelationshipEvidence } from './relationship-evidence.entity';
export { Role } from './role.entity';
export { STATEMENT_KINDS, Statement } from './statement.entity';

import { Alias } from './alias.entity';
import { Article } from './article.entity';
import { EntityKey } from './entity-key.entity';
import { Mention } from './mention.entity';
import { NewsEntity } from './news-entity.entity';
import { Relationship } from './relationship.entity';
import { RelationshipEvidence } from './relationship-evidence.entity';
import { Role } from './role.entity';
import { Statement } from './statement.entity';

/** Every MikroORM entity class, for the ORM's configuration. */
export const ALL_ENTITIES = [Article, NewsEntity, Alias, EntityKey, Mention, Statement, Role, Relationship, RelationshipEvidence];
