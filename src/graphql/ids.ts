import { DomainError } from '../errors';

/** The GraphQL types that have global ids. */
export const NODE_TYPES = ['Person', 'Organization', 'Place', 'Article', 'Statement'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Opaque, stable global id: base64url of "Type:databaseId". */
export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global id, or throws BAD_USER_INPUT naming the argument. */
export function fromGlobalId(globalId: string, argument = 'id'): { type: NodeType; id: number } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):(\d{1,15})$/.exec(decoded);
  const type = match?.[1] as NodeType | undefined;
  if (!match || !type || !NODE_TYPES.includes(type) || Buffer.from(decoded, 'utf8').toString('base64url') !== globalId) {
    throw new DomainError('BAD_USER_INPUT', `${argument} "${globalId.slice(0, 100)}" is not a valid newsgraph id`, { argument });
  }
  return { type, id: Number(match[2]) };
}

/** The entity kinds' GraphQL object types. */
export const ENTITY_TYPE_BY_KIND = { PERSON: 'Person', ORGANIZATION: 'Organization', PLACE: 'Place' } as const;

/** Decodes a global id that must name an entity (Person, Organization or Place). */
export function entityIdFrom(globalId: string, argument: string): number {
  const { type, id } = fromGlobalId(globalId, argument);
  if (type !== 'Person' && type !== 'Organization' && type !== 'Place') {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be the id of a Person, Organization or Place, got a ${type} id`, { argument });
  }
  return id;
}

/** Decodes a global id that must name a node of one type. */
export function idOfType(globalId: string, expected: NodeType, argument: string): number {
  const { type, id } = fromGlobalId(globalId, argument);
  if (type !== expected) {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be the id of a ${expected}, got a ${type} id`, { argument });
  }
  return id;
}
