import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

export interface PageSizes {
  defaultPageSize: number;
  maxPageSize: number;
}

/** How many items a list or connection field may return, read from its arguments. */
function itemsRequested(args: Record<string, unknown>, sizes: PageSizes): number {
  const asked = [args.first, args.last, args.limit].find((v): v is number => typeof v === 'number');
  if (asked !== undefined) return Math.max(0, Math.min(asked, sizes.maxPageSize));
  if (Array.isArray(args.ids)) return args.ids.length;
  return sizes.defaultPageSize;
}

/**
 * One field's cost given its selection's cost: 1 plus the selection, which a list or
 * connection field multiplies by the items it may return (`first`/`last`, else the default
 * page size; unpaged lists count as one page). Edges inside a connection are not multiplied
 * again. Introspection is held in memory and bounded by the depth limit: not multiplied.
 * A number in the field's `complexity` extension (type-graphql's `complexity` option) replaces the 1.
 */
function fieldCost(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, selection: number, sizes: PageSizes): number {
  const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 1;
  if (parent.name.startsWith('__') || field.name.startsWith('__') || parent.name.endsWith('Connection')) return own + selection;
  const many = isListType(getNullableType(field.type)) || getNamedType(field.type).name.endsWith('Connection');
  return own + (many ? itemsRequested(args, sizes) : 1) * selection;
}

function lookupField(schema: GraphQLSchema, parent: GraphQLNamedType, node: FieldNode): GraphQLField<unknown, unknown> | undefined {
  const name = node.name.value;
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * The computed cost of the operation with these variables (see fieldCost), or null when the
 * variables do not fit the operation (execution then reports that as a 400). Each fragment
 * is costed once, so repeated spreads cost a multiplication, not a walk. Selections on the
 * several types of an abstract field are added, not maxed: an over-estimate, never an under.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  sizes: PageSizes,
): number | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const values = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const fragmentCosts = new Map<string, number>();
  const visiting = new Set<string>();

  const skipped = (node: FieldNode | { directives?: FieldNode['directives'] }): boolean =>
    getDirectiveValues(GraphQLSkipDirective, node as FieldNode, values)?.if === true || getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, values)?.if === false;

  const costOf = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): number => {
    if (!set || !parent) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (skipped(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = lookupField(schema, parent, selection);
        if (!field) {
          total += 1; // __typename, or a field validation has already refused
          continue;
        }
        const args = getArgumentValues(field, selection, values);
        total += fieldCost(parent, field, args, costOf(selection.selectionSet, getNamedType(field.type)), sizes);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += costOf(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        let cost = fragmentCosts.get(name);
        if (cost === undefined) {
          visiting.add(name);
          cost = costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
          visiting.delete(name);
          fragmentCosts.set(name, cost);
        }
        total += cost;
      }
    }
    return Math.min(total, Number.MAX_SAFE_INTEGER);
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return costOf(operation.selectionSet, root ?? undefined);
}
