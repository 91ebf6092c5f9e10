import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DEFAULT_LOCALE, ErrorCode, fieldsForbiddenMessage } from '@clientele/shared';
import { Audience, PARTNER_FIELDS, POLICY, PORTAL_FIELDS } from './authorization';
import type { GraphQLContext } from './context';
import { AppError } from './errors';
import { currentScope } from './request-context';

type FieldLists = Record<string, ReadonlySet<string>>;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The fields of a document outside the caller's lists (`Client.regard`),
 * root fields aside (the policy decides those as they run). The whole
 * document is read, every operation and fragment in it.
 */
export function fieldsOutside(schema: GraphQLSchema, document: DocumentNode, lists: FieldLists): string[] {
  const typeInfo = new TypeInfo(schema);
  const outside = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = node.name.value;
        if (!parent || ROOT_TYPES.has(parent.name) || field.startsWith('__')) return;
        if (!lists[parent.name]?.has(field)) outside.add(`${parent.name}.${field}`);
      },
    }),
  );
  return [...outside].sort();
}

/**
 * Whether the operation only signs someone in or out, or asks who is signed
 * in (public root fields alone): it may answer for another person than the one who
 * asked (a partner's browser signing in as staff), so its fields are checked
 * as they run, for whoever that is (`guardSchema`).
 */
function asksWhoIsAsking(operation: OperationDefinitionNode): boolean {
  const root = operation.operation === 'mutation' ? 'Mutation' : 'Query';
  // Every root field, not some: a public one beside others would let those skip the check.
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && POLICY[`${root}.${selection.name.value}`] === Audience.PUBLIC,
  );
}

/** Each document read once per kind of caller: Apollo hands the same parsed document to every repeat. */
const decided = new WeakMap<DocumentNode, Map<FieldLists, string[]>>();

function outsideOnce(schema: GraphQLSchema, document: DocumentNode, lists: FieldLists): string[] {
  let known = decided.get(document);
  if (!known) decided.set(document, (known = new Map()));
  let outside = known.get(lists);
  if (!outside) known.set(lists, (outside = fieldsOutside(schema, document, lists)));
  return outside;
}

/**
 * Partners and client contacts are refused a request that selects a field
 * they may never read before anything runs: a mutation writes nothing its
 * payload could not show, and a list is never blanked by one field of one row
 * (as GitHub refuses a query needing a scope the token lacks). The answer
 * names the fields (`extensions.forbiddenFields`: `Client.regard`). What a partner may
 * read only once a client accepted it is not refused: it reads null
 * (`partnerAccess`). Staff read every field.
 */
export const fieldRightsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document, operation, schema }) {
        const lists = contextValue.partner ? PARTNER_FIELDS : contextValue.portal ? PORTAL_FIELDS : null;
        if (!lists || !operation || asksWhoIsAsking(operation)) return;
        const outside = outsideOnce(schema, document, lists);
        if (outside.length === 0) return;
        const locale = currentScope()?.locale ?? DEFAULT_LOCALE;
        throw new AppError(ErrorCode.FORBIDDEN, {
          message: fieldsForbiddenMessage[locale](outside),
          details: { forbiddenFields: outside, http: { status: 403 } },
        });
      },
    };
  },
};
