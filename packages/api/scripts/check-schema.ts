/**
 * `pnpm check:schema`: the schema now against the one partners last received
 * (`contract/released.graphql`). Exits 1 on a breaking change the changelog
 * (`contract/CHANGELOG.md`, `## Unreleased`) does not announce.
 */
import path from 'node:path';
import { CHANGELOG, RELEASED_SCHEMA, SCHEMA_FILE } from '../src/app/contract-files';
import { checkContract, readContractFile } from '../src/app/schema-contract';

async function main(): Promise<void> {
  const check = await checkContract(
    readContractFile(RELEASED_SCHEMA),
    readContractFile(SCHEMA_FILE),
    readContractFile(CHANGELOG),
  );
  const list = (title: string, changes: typeof check.safe) => {
    if (changes.length)
      process.stdout.write(`${title}:\n${changes.map((c) => `  ${c.message}`).join('\n')}\n`);
  };
  list('Breaking, announced in the changelog', check.announced);
  list('Dangerous (callers relying on a detail may notice)', check.dangerous);
  process.stdout.write(`${check.safe.length} safe changes since the released contract.\n`);
  if (check.unannounced.length) {
    list('Breaking, NOT announced', check.unannounced);
    process.stdout.write(
      `\nEach breaking change must be announced under "## Unreleased" in ${path.relative(process.cwd(), CHANGELOG)}: ` +
        'a list item saying **Breaking** that names its coordinate in backticks (`Client.code`). ' +
        'Better still, change by addition: a new field beside the old one, the old one deprecated.\n',
    );
    process.exitCode = 1;
  }
}

void main();
