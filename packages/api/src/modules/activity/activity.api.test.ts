import { ActivityAction, ActorType, StaffRole } from '@clientele/shared';
import { TestClock } from '../../../test/clock';
import { describeEachDialect } from '../../../test/db';
import { UPDATE_CLIENT, createClient, type ClientData } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { createStaffUser } from '../../../test/users';
import type { User } from '../users/user.entity';
import { recordActivity } from './activity.service';

const LOG = `
  query ($id: ID!, $filter: ActivityFilter) {
    client(id: $id) {
      activity(first: 100, filter: $filter) {
        totalCount
        actors {
          id
          type
          name
        }
        edges {
          node {
            action
            actorId
            actorName
            clientVersion
            changes {
              field
              after
            }
          }
        }
      }
    }
  }
`;

describeEachDialect('activity log', (db) => {
  // The log reads newest first: each change comes a second after the one before, on this clock.
  const clock = new TestClock();
  let api: TestClient;
  let sophie: User;
  let marc: User;
  beforeAll(async () => {
    api = await TestClient.create(db().dataSource, { clock });
    sophie = await createStaffUser(db().dataSource, StaffRole.STAFF, 'Sophie Tremblay');
    marc = await createStaffUser(db().dataSource, StaffRole.STAFF, 'Marc Gagnon');
  });
  afterAll(() => api.stop());

  const update = async (as: User, client: ClientData, input: Record<string, unknown>) => {
    clock.advance(1000);
    const result = await api.run<any>(
      UPDATE_CLIENT,
      { input: { id: client.id, version: client.version, ...input } },
      { as },
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.updateClient.client as ClientData;
  };
  const log = async (clientId: string, filter?: Record<string, unknown>) => {
    const result = await api.run<any>(LOG, { id: clientId, filter });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.client.activity;
  };

  it('names everyone in a client’s log, once each, by the name they last used, whatever the filter', async () => {
    let client = await createClient(api);
    client = await update(sophie, client, { phone: '+15145550101' });
    client = await update(marc, client, { phone: '+15145550102' });
    // Sophie renamed since her first change: the list follows her latest name (a second later on the clock).
    client = await update({ ...sophie, displayName: 'Sophie Tremblay-Roy' } as User, client, {
      website: 'https://exemple.test',
    });

    const everything = await log(client.id);
    const people = [
      { id: marc.id, type: 'STAFF', name: 'Marc Gagnon' },
      { id: sophie.id, type: 'STAFF', name: 'Sophie Tremblay-Roy' },
      { id: api.admin.id, type: 'STAFF', name: 'Test Admin' },
    ];
    expect(everything.actors).toEqual(people);

    const marcs = await log(client.id, { actorId: marc.id });
    expect(marcs.totalCount).toBe(1);
    expect(marcs.edges.map((edge: any) => edge.node.actorName)).toEqual(['Marc Gagnon']);
    // The choices stay whole while one of them is chosen.
    expect(marcs.actors).toEqual(people);

    const sophies = await log(client.id, { actorId: sophie.id, actions: ['UPDATED'] });
    expect(sophies.edges.map((edge: any) => edge.node.actorName)).toEqual([
      'Sophie Tremblay-Roy',
      'Sophie Tremblay',
    ]);
  });

  it('names who was acted for, as they are now, and only the client’s own people', async () => {
    const client = await createClient(api);
    const other = await createClient(api);
    await update(sophie, other, { phone: '+15145550103' });
    const contactId = '00000000-0000-4000-8000-00000000c0de';
    await db().dataSource.transaction((manager) =>
      recordActivity(
        manager,
        {
          actor: {
            type: ActorType.CONTACT,
            id: contactId,
            name: 'Jean Tremblay',
            onBehalfOf: { type: ActorType.STAFF, id: marc.id },
          },
          requestId: null,
        },
        {
          at: clock.advance(1000),
          clientId: client.id,
          entityType: 'Client',
          entityId: client.id,
          action: ActivityAction.UPDATED,
          changes: [{ field: 'website', before: null, after: 'https://jean.test' }],
        },
      ),
    );

    const { actors } = await log(client.id);
    expect(actors).toEqual([
      { id: contactId, type: 'CONTACT', name: 'Jean Tremblay' },
      { id: marc.id, type: 'STAFF', name: 'Marc Gagnon' },
      { id: api.admin.id, type: 'STAFF', name: 'Test Admin' },
    ]);
    // Filtering by the person acted for finds what was done on their behalf.
    expect((await log(client.id, { actorId: marc.id })).totalCount).toBe(1);
  });

  it('tells what changed since a version, for the conflict dialog', async () => {
    let client = await createClient(api);
    const read = client.version;
    client = await update(sophie, client, { phone: '+15145550104' });
    client = await update(marc, client, { website: 'https://depuis.test' });

    const since = await log(client.id, { afterClientVersion: read });
    expect(since.edges.map((edge: any) => [edge.node.actorName, edge.node.changes])).toEqual([
      ['Marc Gagnon', [{ field: 'website', after: 'https://depuis.test' }]],
      ['Sophie Tremblay', [{ field: 'phone', after: '+15145550104' }]],
    ]);
    expect((await log(client.id, { afterClientVersion: client.version })).totalCount).toBe(0);
  });
});
