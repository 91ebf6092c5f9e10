import { ActorType } from '@clientele/shared';
import type { PortalViewer } from '../modules/auth/auth.service';
import type { User } from '../modules/users/user.entity';
import { portalActor } from './context';

describe('who is recorded as acting', () => {
  const portal = {
    account: { id: 'account-1' },
    contact: { firstName: 'Mireille', lastName: 'Couture' },
    clientIds: [],
    actingFor: null,
  } as unknown as PortalViewer;

  it('records a client contact as themselves', () => {
    expect(portalActor(portal)).toEqual({
      type: ActorType.CONTACT,
      id: 'account-1',
      name: 'Mireille Couture',
      onBehalfOf: null,
    });
  });

  it('records an administrator acting as a contact with both identities', () => {
    const admin = { id: 'admin-1' } as User;
    expect(portalActor({ ...portal, actingFor: admin })).toMatchObject({
      type: ActorType.CONTACT,
      id: 'account-1',
      onBehalfOf: { type: ActorType.STAFF, id: 'admin-1' },
    });
  });
});
