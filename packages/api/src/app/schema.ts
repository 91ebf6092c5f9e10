import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { ClientResolver } from '../modules/clients/client.resolver';

export const resolvers = [ClientResolver] as const;

/** Where the printed schema lives: the contract partners and the console build against. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (TypeGraphQL metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    // Dates travel as ISO 8601 strings (`DateTimeISO`).
  });
  return built;
}
