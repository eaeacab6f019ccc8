import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** What a walk over a selection set finds: its deepest nesting and its fields once fragments are expanded. */
interface Shape {
  depth: number;
  fields: number;
}

/**
 * Depth and expanded field count of the document's operations, following fragment spreads.
 * Runs before validation, so fragment cycles are cut rather than followed, and each fragment
 * is measured once: a "fragment bomb" (each fragment spreading the next twice) costs linear
 * time here, though its expansion is exponential.
 */
export function documentShape(document: DocumentNode): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const measured = new Map<string, Shape>();
  const visiting = new Set<string>();
  const shapeOf = (set: SelectionSetNode | undefined): Shape => {
    const shape = { depth: 0, fields: 0 };
    if (!set) return shape;
    for (const selection of set.selections) {
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const child = shapeOf(selection.selectionSet);
        // Introspection's `ofType` unwraps a type's list and non-null wrappers: a chain a few
        // links long that ends in null, not a step into the graph. Not counting it lets the
        // standard introspection query (and so Sandbox and codegen) through a depth limit of 10.
        const step = selection.name.value === 'ofType' ? 0 : 1;
        inner = { depth: child.depth + step, fields: child.fields + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = shapeOf(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        let known = measured.get(name);
        if (!known) {
          visiting.add(name);
          known = shapeOf(fragment.selectionSet);
          visiting.delete(name);
          measured.set(name, known);
        }
        inner = known;
      }
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.fields = Math.min(shape.fields + inner.fields, Number.MAX_SAFE_INTEGER);
    }
    return shape;
  };
  const total = { depth: 0, fields: 0 };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const shape = shapeOf(def.selectionSet);
    total.depth = Math.max(total.depth, shape.depth);
    total.fields = Math.min(total.fields + shape.fields, Number.MAX_SAFE_INTEGER);
  }
  return total;
}

/** The deepest field nesting of any operation in the document (`{ a { b } }` is 2). */
export function documentDepth(document: DocumentNode): number {
  return documentShape(document).depth;
}
