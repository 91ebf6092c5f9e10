import { StaffRole } from '@clientele/shared';
import { describeEachDialect } from '../../../test/db';
import { TestServer } from '../../../test/http';
import { createStaffUser } from '../../../test/users';
import { Activity } from '../activity/activity.entity';
import { ApiToken } from './api-token.entity';
import { hashPassword } from './password-hashing';

const PASSWORD = 'une phrase de passe pour les tests';

describeEachDialect('API tokens for partners’ dashboards', (db) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start(db().dataSource);
  });
  afterAll(() => server.stop());

  it('are shown once, stored hashed, scoped, recorded as themselves, and revocable', async () => {
    const admin = await createStaffUser(
      db().dataSource,
      StaffRole.ADMIN,
      'Admin',
      await hashPassword(PASSWORD),
    );
    const console = server.browser();
    await console.graphql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
      i: { login: admin.email, password: PASSWORD },
    });
    const create = (name: string, scope: string) =>
      console.graphql(
        `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token apiToken { id prefix scope } } }`,
        {
          i: { name, scope },
        },
      );
    const read = (await create('Tableau de bord Acme', 'READ')).body.data.createApiToken;
    const write = (await create('Synchro Acme', 'READ_WRITE')).body.data.createApiToken;
    expect(read.token).toMatch(/^ct_/);
    expect(read.token.startsWith(read.apiToken.prefix)).toBe(true);
    const stored = await db().dataSource.getRepository(ApiToken).findOneByOrFail({ id: read.apiToken.id });
    expect(JSON.stringify(stored)).not.toContain(read.token);

    const reader = server.browser({ authorization: `Bearer ${read.token}` });
    expect((await reader.graphql(`{ clients { totalCount } }`)).body.errors).toBeUndefined();
    const refused = await reader.graphql(
      `mutation { createClient(input: { name: "Lecture seule" }) { client { id } } }`,
    );
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(
      (await db().dataSource.getRepository(ApiToken).findOneByOrFail({ id: read.apiToken.id })).lastUsedAt,
    ).not.toBeNull();

    const writer = server.browser({ authorization: `Bearer ${write.token}` });
    const created = await writer.graphql(
      `mutation { createClient(input: { name: "Créé par la synchro" }) { client { id } } }`,
    );
    const clientId = created.body.data.createClient.client.id;
    const entry = await db()
      .dataSource.getRepository(Activity)
      .findOneByOrFail({ clientId, action: 'CREATED' as never });
    expect(entry).toMatchObject({
      actorType: 'API_TOKEN',
      actorId: write.apiToken.id,
      actorName: 'Synchro Acme',
      onBehalfOfType: 'STAFF',
      onBehalfOfId: admin.id,
    });
    // A token cannot mint tokens, even its owner's admin ones.
    const minted = await writer.graphql(`mutation { createApiToken(input: { name: "encore" }) { token } }`);
    expect(minted.body.errors[0].extensions.code).toBe('FORBIDDEN');

    await console.graphql(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } } }`,
      {
        id: write.apiToken.id,
      },
    );
    expect((await writer.graphql(`{ clients { totalCount } }`)).body.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const listed = (await console.graphql(`{ apiTokens { name revokedAt ownerPartnerName } }`)).body.data
      .apiTokens;
    const synchro = listed.find((t: { name: string }) => t.name === 'Synchro Acme');
    expect(synchro.revokedAt).not.toBeNull();
    expect(synchro.ownerPartnerName).toBeNull();
  });
});
