import { StaffRole } from '@clientele/shared';
import { TestClock } from '../../../test/clock';
import { describeEachDialect } from '../../../test/db';
import { createClient, errorOf } from '../../../test/factories';
import { TestClient } from '../../../test/graphql';
import { createStaffUser } from '../../../test/users';
import type { User } from '../users/user.entity';
import { Activity } from '../activity/activity.entity';
import { Note } from './note.entity';

const NOTE = 'id body pinned visibility authorName authorType authorId editedAt version';

describeEachDialect('notes', (db) => {
  // Notes and the log read by time: each step below comes a second after the one before, on this clock.
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

  const mutate = (user: User, query: string, variables: Record<string, unknown>) => {
    clock.advance(1000);
    return api.run<any>(query, variables, { as: user });
  };
  const as = (user: User) => ({
    create: (input: Record<string, unknown>) =>
      mutate(user, `mutation($i: CreateNoteInput!) { createNote(input: $i) { note { ${NOTE} } } }`, {
        i: input,
      }),
    edit: (input: Record<string, unknown>) =>
      mutate(user, `mutation($i: UpdateNoteInput!) { updateNote(input: $i) { note { ${NOTE} } } }`, {
        i: input,
      }),
    pin: (id: string, pinned: boolean) =>
      mutate(user, `mutation($i: SetNotePinnedInput!) { setNotePinned(input: $i) { note { ${NOTE} } } }`, {
        i: { id, pinned },
      }),
    remove: (id: string) =>
      mutate(user, `mutation($i: DeleteNoteInput!) { deleteNote(input: $i) { note { id } } }`, { i: { id } }),
  });
  const notesOf = async (clientId: string) =>
    (
      await api.run<any>(`query($id: ID!) { client(id: $id) { noteCount notes { body pinned } } }`, {
        id: clientId,
      })
    ).data.client;

  it('writes, edits, pins and deletes notes, pinned first, each step in the activity log', async () => {
    const client = await createClient(api);
    const first = (
      await as(sophie).create({ clientId: client.id, body: '  Premier appel : tout va bien.  ' })
    ).data.createNote.note;
    expect(first).toMatchObject({
      body: 'Premier appel : tout va bien.',
      pinned: false,
      visibility: 'INTERNAL',
      authorName: 'Sophie Tremblay',
      editedAt: null,
    });
    await as(marc).create({
      clientId: client.id,
      body: 'Relancer pour le renouvellement.',
      visibility: 'SHARED',
    });
    expect((await notesOf(client.id)).notes.map((n: { body: string }) => n.body)).toEqual([
      'Relancer pour le renouvellement.',
      'Premier appel : tout va bien.',
    ]);

    const edited = (
      await as(sophie).edit({ id: first.id, version: first.version, body: 'Premier appel : satisfaits.' })
    ).data.updateNote.note;
    expect(edited.editedAt).toBe(clock.now().toISOString());
    await as(marc).pin(first.id, true);
    expect((await notesOf(client.id)).notes[0]).toEqual({
      body: 'Premier appel : satisfaits.',
      pinned: true,
    });

    await as(sophie).remove(first.id);
    expect(await notesOf(client.id)).toMatchObject({
      noteCount: 1,
      notes: [{ body: 'Relancer pour le renouvellement.' }],
    });

    const actions = (
      await db()
        .dataSource.getRepository(Activity)
        .find({ where: { clientId: client.id, entityType: 'Note' }, order: { at: 'ASC' } })
    ).map((a) => `${a.action} by ${a.actorName}`);
    expect(actions).toEqual([
      'CREATED by Sophie Tremblay',
      'CREATED by Marc Gagnon',
      'UPDATED by Sophie Tremblay',
      'PINNED by Marc Gagnon',
      'DELETED by Sophie Tremblay',
    ]);
  });

  it('lets only the author edit or delete a note', async () => {
    const client = await createClient(api);
    const note = (await as(sophie).create({ clientId: client.id, body: 'À moi.' })).data.createNote.note;
    expect(errorOf(await as(marc).edit({ id: note.id, version: note.version, body: 'À Marc.' })).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await as(marc).remove(note.id)).code).toBe('FORBIDDEN');
    expect((await db().dataSource.getRepository(Note).findOneByOrFail({ id: note.id })).body).toBe('À moi.');
  });

  it('refuses an empty or overlong note, a stale edit, and notes on unknown clients', async () => {
    const client = await createClient(api);
    expect(errorOf(await as(sophie).create({ clientId: client.id, body: '   ' })).fields[0]).toMatchObject({
      path: 'input.body',
      code: 'REQUIRED',
    });
    expect(
      errorOf(await as(sophie).create({ clientId: client.id, body: 'x'.repeat(10_001) })).fields[0],
    ).toMatchObject({ code: 'TOO_LONG' });
    expect(errorOf(await as(sophie).create({ clientId: 'nope', body: 'x' })).code).toBe('NOT_FOUND');
    const note = (await as(sophie).create({ clientId: client.id, body: 'v1' })).data.createNote.note;
    await as(sophie).edit({ id: note.id, version: 1, body: 'v2' });
    expect(errorOf(await as(sophie).edit({ id: note.id, version: 1, body: 'v3' }))).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
    });
    expect(await db().dataSource.getRepository(Note).countBy({ clientId: client.id })).toBe(1);
  });
});
