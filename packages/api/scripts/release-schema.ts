/**
 * `pnpm schema:release`: the schema now becomes the one partners have
 * (`contract/released.graphql`), and the changelog's `## Unreleased` section
 * is dated, with a new empty one above it.
 */
import fs from 'node:fs';
import { CHANGELOG, RELEASED_SCHEMA, SCHEMA_FILE } from '../src/app/contract-files';

const day = new Date().toISOString().slice(0, 10);
fs.copyFileSync(SCHEMA_FILE, RELEASED_SCHEMA);
const changelog = fs.readFileSync(CHANGELOG, 'utf8');
fs.writeFileSync(CHANGELOG, changelog.replace(/^## Unreleased[ \t]*$/m, `## Unreleased\n\n## ${day}`));
process.stdout.write(`released the contract of ${day}: ${RELEASED_SCHEMA}\n`);
