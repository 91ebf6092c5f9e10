import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { StaffRole } from '@clientele/shared';
import { createTestDatabase, type TestDatabase } from '../../test/db';
import { TestClient } from '../../test/graphql';
import { createStaffUser } from '../../test/users';
import type { User } from '../modules/users/user.entity';
import { Audience, POLICY } from './authorization';
import { getSchema } from './schema';

/**
 * Generated from the schema itself: every query and mutation, called as each
 * role, must be refused exactly when the policy says so. A new operation that
 * is not in the policy fails here before it can ship unguarded.
 */

type Role = 'admin' | 'staff' | 'viewer' | 'anonymous';
const ALLOWED: Record<Audience, Role[]> = {
  [Audience.PUBLIC]: ['admin', 'staff', 'viewer', 'anonymous'],
  [Audience.SIGNED_IN]: ['admin', 'staff', 'viewer'],
  [Audience.STAFF_READ]: ['admin', 'staff', 'viewer'],
  [Audience.STAFF_WRITE]: ['admin', 'staff'],
  [Audience.ADMIN]: ['admin'],
};
/** Operations that answer UNAUTHENTICATED on their own terms (a wrong password). */
const AUTHENTICATING = new Set(['Mutation.signIn']);

/** A value of the type that passes GraphQL's own checks (services may still refuse it). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'ID':
        return '00000000-0000-0000-0000-000000000000';
      case 'DateTimeISO':
        return new Date().toISOString();
      default:
        return 'sample';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type));
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returns = getNamedType(getNullableType(field.type));
  const selection = isObjectType(returns) ? ' { __typename }' : '';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type)])),
  };
}

describe('authorization, for every operation of the schema and every role', () => {
  let db: TestDatabase;
  let api: TestClient;
  let schema: GraphQLSchema;
  const users: Partial<Record<Role, User | null>> = {};

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    api = await TestClient.create(db.dataSource);
    schema = await getSchema();
    users.admin = api.admin;
    users.staff = await createStaffUser(db.dataSource, StaffRole.STAFF);
    users.viewer = await createStaffUser(db.dataSource, StaffRole.VIEWER);
    users.anonymous = null;
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  const rootFields = (schema: GraphQLSchema) => [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => ['query', 'Query', f] as const),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => ['mutation', 'Mutation', f] as const),
  ];

  it('lists every query and mutation in the policy', async () => {
    const unlisted = rootFields(await getSchema())
      .map(([, parent, field]) => `${parent}.${field.name}`)
      .filter((name) => !POLICY[name]);
    expect(unlisted).toEqual([]);
  });

  it('refuses each role exactly what the policy keeps from it', async () => {
    const mismatches: string[] = [];
    for (const [kind, parent, field] of rootFields(schema)) {
      const name = `${parent}.${field.name}`;
      const audience = POLICY[name]!;
      const { query, variables } = operationFor(kind, field);
      for (const role of ['anonymous', 'viewer', 'staff', 'admin'] as Role[]) {
        const result = await api.run(query, variables, { as: users[role] ?? null });
        const code = result.errors?.[0]?.extensions?.code;
        const allowed = ALLOWED[audience].includes(role);
        const refused = code === 'FORBIDDEN' || (code === 'UNAUTHENTICATED' && !AUTHENTICATING.has(name));
        const expected = role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        if (allowed && refused) mismatches.push(`${name} refused to ${role} (${code})`);
        if (!allowed && code !== expected)
          mismatches.push(`${name} let ${role} through (${code ?? 'no error'})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
