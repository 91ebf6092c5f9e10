import fs from 'node:fs';
import { CHANGELOG, RELEASED_SCHEMA, SCHEMA_FILE } from './contract-files';
import { announcedBreaks, checkContract } from './schema-contract';

const released = fs.readFileSync(RELEASED_SCHEMA, 'utf8');
const current = fs.readFileSync(SCHEMA_FILE, 'utf8');
const changelog = fs.readFileSync(CHANGELOG, 'utf8');

/** The released schema with `name: String!` gone from Client: what a careless change would ship. */
const withoutClientName = (schema: string) => {
  const changed = schema.replace(
    /(type Client(?: implements \w+)? \{[\s\S]*?)\n(?: {2}"""[^"]*"""\n)? {2}name: String!\n/,
    '$1\n',
  );
  expect(changed).not.toBe(schema);
  return changed;
};

describe('the contract partners build against', () => {
  it('changes since the released schema only as the changelog announces', async () => {
    const check = await checkContract(released, current, changelog);
    expect(check.unannounced.map((change) => change.message)).toEqual([]);
  });

  it('fails on a deliberately breaking change, and passes once the changelog announces it', async () => {
    const broken = withoutClientName(current);
    const refused = await checkContract(released, broken, changelog);
    expect(refused.unannounced.map((change) => change.path)).toEqual(['Client.name']);

    const announced = `${changelog.replace(
      '## Unreleased\n',
      '## Unreleased\n\n- **Breaking**: `Client.name` is gone; read `Client.legalName`.\n',
    )}`;
    expect((await checkContract(released, broken, announced)).unannounced).toEqual([]);
    // Announced in an older, released section does not count.
    const old = `${changelog}\n## 2026-01-01\n\n- **Breaking**: \`Client.name\` is gone.\n`;
    expect((await checkContract(released, broken, old)).unannounced.map((c) => c.path)).toEqual([
      'Client.name',
    ]);
  });

  it('lets additions through without a word, and reads announcements item by item', async () => {
    const added = released.replace('type Client {\n', 'type Client {\n  """New."""\n  nickname: String\n\n');
    const check = await checkContract(released, added, '# Changelog\n\n## Unreleased\n');
    expect(check.unannounced).toEqual([]);
    expect(check.safe.map((change) => change.path)).toContain('Client.nickname');
    expect(
      [
        ...announcedBreaks(
          '## Unreleased\n\n- **Breaking**: `A.b` and\n  `C.d`.\n- Added `E.f`.\n\n## 2026-01-01\n\n- **Breaking** `G.h`\n',
        ),
      ].sort(),
    ).toEqual(['A.b', 'C.d']);
  });
});
