import fs from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { getSchema, SCHEMA_FILE } from './schema';
import { printContract } from './schema-printer';

describe('the GraphQL contract', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await getSchema();
  });

  it('is printed in schema.graphql (run `pnpm --filter @clientele/api schema:print` after a change)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printContract(schema));
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description && !['Query', 'Mutation'].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('enum columns', () => {
  it('hold every value of every enum the API stores (varchar 32)', async () => {
    const shared = await import('@clientele/shared');
    const tooLong = Object.entries(shared)
      .filter(([, value]) => value && typeof value === 'object' && !Array.isArray(value))
      .flatMap(([name, value]) =>
        Object.values(value as Record<string, unknown>)
          .filter((v): v is string => typeof v === 'string' && /^[A-Z_]+$/.test(v) && v.length > 32)
          .map((v) => `${name}.${v}`),
      );
    expect(tooLong).toEqual([]);
  });
});
