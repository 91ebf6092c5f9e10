import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * What a query asks for below a field, by field name (aliases and fragments
 * merged): a list resolver reads it to fetch, in the statement that reads the
 * page, what the page's fields will want (a client's CRM row, its owner),
 * instead of leaving each to a query of its own.
 */
export class Selection {
  private readonly children = new Map<string, Selection>();

  /** The selection under `name`, if the query asks for that field. */
  get(name: string): Selection | undefined {
    return this.children.get(name);
  }

  has(name: string): boolean {
    return this.children.has(name);
  }

  /** The names of the fields asked for here. */
  names(): string[] {
    return [...this.children.keys()];
  }

  /** The selection under a path of fields (`edges`, `node`), if asked. */
  at(...path: string[]): Selection | undefined {
    return path.reduce<Selection | undefined>((here, name) => here?.get(name), this);
  }

  /** @internal */
  child(name: string): Selection {
    let child = this.children.get(name);
    if (!child) this.children.set(name, (child = new Selection()));
    return child;
  }
}

/** The selection below the field being resolved. */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const root = new Selection();
  const visit = (set: SelectionSetNode | undefined, into: Selection, seen: Set<string>) => {
    for (const node of set?.selections ?? []) {
      if (node.kind === 'Field') visit(node.selectionSet, into.child(node.name.value), new Set());
      else if (node.kind === 'InlineFragment') visit(node.selectionSet, into, seen);
      else if (!seen.has(node.name.value)) {
        // A fragment spread twice into one selection (or in a cycle, which validation refuses) is read once.
        seen.add(node.name.value);
        visit(info.fragments[node.name.value]?.selectionSet, into, seen);
      }
    }
  };
  for (const field of info.fieldNodes as readonly FieldNode[]) visit(field.selectionSet, root, new Set());
  return root;
}
