import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { StaffRole } from '@clientele/shared';
import { User } from '../src/modules/users/user.entity';

/** A staff user of the given role, with an unusable password (tests act as them directly). */
export async function createStaffUser(
  dataSource: DataSource,
  role: StaffRole = StaffRole.ADMIN,
  displayName = `Test ${role.toLowerCase()}`,
  passwordHash = 'not-a-password-hash',
): Promise<User> {
  const now = new Date();
  return dataSource.getRepository(User).save({
    id: randomUUID(),
    email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@clientele.test`,
    displayName,
    role,
    passwordHash,
    locale: 'fr',
    createdAt: now,
    updatedAt: now,
    failedSignIns: 0,
    lockedUntil: null,
    lastSignInAt: null,
  });
}
