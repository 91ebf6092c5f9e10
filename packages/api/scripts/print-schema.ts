/** Writes the GraphQL contract to packages/api/schema.graphql. */
import 'reflect-metadata';
import fs from 'node:fs';
import { getSchema, SCHEMA_FILE } from '../src/app/schema';
import { printContract } from '../src/app/schema-printer';

void getSchema().then((schema) => {
  fs.writeFileSync(SCHEMA_FILE, printContract(schema));
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
});
