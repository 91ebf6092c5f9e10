import path from 'node:path';

/** The schema as printed now: the contract the console, partners and mobile apps build against. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

/** The schema as partners last received it, and what changed since (`schema-contract.ts`). */
export const RELEASED_SCHEMA = path.resolve(__dirname, '../../contract/released.graphql');
export const CHANGELOG = path.resolve(__dirname, '../../contract/CHANGELOG.md');
