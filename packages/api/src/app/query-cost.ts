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
 * default; `nodes` as many times as the ids it is given. A list without
 * `first` (a file's domains, a delivery's attempts) counts once: those are
 * short by construction. Every answer carries it in
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
  const walk: Walk = { schema, fragments, variables, fragmentCosts: new Map(), spreading: new Set() };
  return own + costOf(walk, operation.selectionSet, root);
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /**
   * Each named fragment's cost, counted once however often it is spread: a
   * fragment spreading another twice, forty deep, would otherwise be counted
   * 2⁴⁰ times before the request was even looked at.
   */
  fragmentCosts: Map<string, number>;
  /** The fragments being counted: one spread within itself is invalid, and skipped. */
  spreading: Set<string>;
}

function costOf(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLCompositeType): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      total += fragmentCost(walk, selection.name.value);
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? walk.schema.getType(selection.typeCondition.name.value)
        : parent;
      total += costOf(
        walk,
        selection.selectionSet,
        condition && isCompositeType(condition) ? condition : parent,
      );
      continue;
    }
    if (selection.name.value.startsWith('__')) continue;
    const field = fieldOf(parent, selection.name.value);
    if (!field || !selection.selectionSet) continue;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) continue;
    const inner = 1 + costOf(walk, selection.selectionSet, type);
    total += pageSizeOf(field, selection.arguments ?? [], walk.variables) * inner;
  }
  return total;
}

function fragmentCost(walk: Walk, name: string): number {
  const known = walk.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments[name];
  const type = fragment ? walk.schema.getType(fragment.typeCondition.name.value) : undefined;
  if (!fragment || !type || !isCompositeType(type) || walk.spreading.has(name)) return 0;
  walk.spreading.add(name);
  const cost = costOf(walk, fragment.selectionSet, type);
  walk.spreading.delete(name);
  walk.fragmentCosts.set(name, cost);
  return cost;
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
  const ids = field.args.find((arg) => arg.name === 'globalIds');
  if (ids) {
    const given = args.find((arg) => arg.name.value === 'globalIds');
    const value = given ? valueFromAST(given.value, ids.type, variables) : undefined;
    return Array.isArray(value) ? Math.max(1, value.length) : 1;
  }
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
