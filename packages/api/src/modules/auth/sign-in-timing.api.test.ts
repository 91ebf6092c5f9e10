import { randomUUID } from 'node:crypto';
import { StaffRole } from '@clientele/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { passwordWork } from '../../../test/password-work';
import { createStaffUser } from '../../../test/users';
import { createServices, type Services } from '../../app/context';
import { hashPassword } from './password-hashing';
import { SessionKind } from './session.entity';

/**
 * The very first unknown sign-in after the services start: a decoy hash made
 * on first use would make it cost a hash on top of the verification, and
 * answer later than a wrong password would. The work is counted, not timed.
 */
describe('the first sign-in of an unknown account after start-up', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
  });
  afterAll(() => db.drop());

  it('costs one argon2 verification, like a wrong password: the decoy hash is made at start-up', async () => {
    const user = await createStaffUser(
      db.dataSource,
      StaffRole.STAFF,
      'Sophie',
      await hashPassword('le bon'),
    );
    let services: Services | undefined;
    // Start-up makes the decoy, and is ready once it is made (main.ts waits for it before listening).
    const startUp = await passwordWork(async () => {
      services = createServices(db.dataSource);
      await services.auth.ready();
    });
    expect(startUp).toEqual({ hashes: 1, verifications: 0 });
    const { auth } = services!;
    const origin = { ip: null, userAgent: null };
    const refused = (login: string) =>
      passwordWork(() =>
        expect(auth.signIn(login, 'pas le bon', SessionKind.COOKIE, origin, 'fr')).rejects.toMatchObject({
          code: 'UNAUTHENTICATED',
        }),
      );
    const unknown = await refused(`personne-${randomUUID()}@clientele.test`);
    const wrongPassword = await refused(user.email);
    expect(wrongPassword).toEqual({ hashes: 0, verifications: 1 });
    expect(unknown).toEqual(wrongPassword);
  });
});
