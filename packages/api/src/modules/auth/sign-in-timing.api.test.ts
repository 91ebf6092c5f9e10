import { randomUUID } from 'node:crypto';
import { StaffRole } from '@clientele/shared';
import { createTestDatabase, type TestDatabase } from '../../../test/db';
import { createStaffUser } from '../../../test/users';
import { createServices } from '../../app/context';
import { hashPassword } from './password-hashing';
import { SessionKind } from './session.entity';

/**
 * In a file of its own, so this process has signed nobody in before: what is
 * measured is the very first unknown sign-in after the service starts.
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
    const { auth } = createServices(db.dataSource);
    // Start-up comes a while before the first request.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const origin = { ip: null, userAgent: null };
    // Counted in CPU time, not on the clock: the work done, whatever else loads the machine meanwhile.
    const timed = async (login: string) => {
      const started = process.cpuUsage();
      await auth.signIn(login, 'pas le bon', SessionKind.COOKIE, origin, 'fr').catch(() => undefined);
      const { user, system } = process.cpuUsage(started);
      return user + system;
    };
    // Warm-up that never touches the decoy: each of argon2's worker threads is slow the first
    // time (its 19 MiB are fresh memory), and the queries of a wrong password's path.
    await Promise.all(Array.from({ length: 8 }, () => hashPassword('échauffement')));
    await timed(user.email);
    const first = await timed(`personne-${randomUUID()}@clientele.test`);
    const wrong: number[] = [];
    for (let i = 0; i < 5; i += 1) wrong.push(await timed(user.email));
    const median = [...wrong].sort((a, b) => a - b)[2]!;
    // A decoy made on first use would make this answer cost two argon2 runs (about twice the work of a wrong password).
    expect(first / median).toBeLessThan(1.5);
  });
});
