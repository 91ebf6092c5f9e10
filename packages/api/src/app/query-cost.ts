import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_NESTED_LIST } from './connection';
import type { GraphQLContext } from './context';

/**
 * What an answer costs, counted as Shopify counts it, so a partner can see
 * what a query will weigh before it grows: each object 1, a scalar or an enum
 * nothing, and a field that takes `first` (a page, a client's contacts) as many
 * times what one of its items costs as it may return — `first`, or its
 * default. A list without `first` (a file's domains, a delivery's attempts)
 * counts once: those are short by construction. Every answer carries it in
 * `extensions.cost.requestedQueryCost`.
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  // A mutation's own work counts as ten reads: it writes, and logs what it wrote.
  const own = operation.operation === 'mutation' ? 10 * operation.selectionSet.selections.length : 0;
  return own + costOf(schema, operation.selectionSet, root, fragments, variables, new Set());
}

function costOf(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  spreading: ReadonlySet<string>,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments[selection.name.value] : selection;
      // A fragment spread within itself is invalid; the validation that runs first says so.
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && spreading.has(selection.name.value)))
        continue;
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      const type = condition && isCompositeType(condition) ? condition : parent;
      const seen =
        selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...spreading, selection.name.value]) : spreading;
      total += costOf(schema, fragment.selectionSet, type, fragments, variables, seen);
      continue;
    }
    if (selection.name.value.startsWith('__')) continue;
    const field = fieldOf(parent, selection.name.value);
    if (!field || !selection.selectionSet) continue;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) continue;
    const inner = 1 + costOf(schema, selection.selectionSet, type, fragments, variables, spreading);
    total += pageSizeOf(field, selection.arguments ?? [], variables) * inner;
  }
  return total;
}

function fieldOf(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

/**
 * How many items a field may answer: its `first` as asked, else what it
 * answers without one — a page 25, a file's nested list up to 1,000 — else one.
 */
function pageSizeOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): number {
  const first = field.args.find((arg) => arg.name === 'first');
  if (!first) return 1;
  const given = args.find((arg) => arg.name.value === 'first');
  const value = given ? valueFromAST(given.value, first.type, variables) : undefined;
  if (typeof value === 'number') return Math.max(1, value);
  if (typeof first.defaultValue === 'number') return first.defaultValue;
  return isListType(getNullableType(field.type)) ? MAX_NESTED_LIST : DEFAULT_PAGE_SIZE;
}

/** Puts the cost of the operation run on its answer (`extensions.cost`). */
export const queryCostPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    // Nothing runs for a request refused before its operation is known (unparsable, invalid): it costs 0.
    let cost = 0;
    return {
      async didResolveOperation({ schema, operation, document, request }) {
        if (!operation) return;
        const fragments = Object.fromEntries(
          document.definitions
            .filter(
              (definition): definition is FragmentDefinitionNode =>
                definition.kind === Kind.FRAGMENT_DEFINITION,
            )
            .map((definition) => [definition.name.value, definition]),
        );
        cost = queryCost(schema, operation, fragments, request.variables ?? {});
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        response.body.singleResult.extensions = {
          ...response.body.singleResult.extensions,
          cost: { requestedQueryCost: cost },
        };
      },
    };
  },
};
