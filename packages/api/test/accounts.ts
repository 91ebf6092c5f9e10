import { AccessRole, AccessStatus } from '@clientele/shared';
import { SYSTEM_ACTOR } from '../src/app/actor';
import type { Services } from '../src/app/context';
import { AccessGrant } from '../src/modules/access/access-grant.entity';
import { PortalAccount } from '../src/modules/access/portal-account.entity';
import { PartnerInvitation } from '../src/modules/partners/partner-invitation.entity';
import type { PartnerViewer } from '../src/modules/auth/auth.service';
import { hashPassword } from '../src/modules/auth/password-hashing';
import { uniqueName, uniqueTag } from './factories';

/** People who sign in other than staff, made through the services; each call makes new ones. */

const caller = { actor: SYSTEM_ACTOR, requestId: null };

/** A partner organisation with one user, who signs in with `password`. */
export async function createPartnerAccount(
  services: Services,
  password: string,
  name = uniqueName('Partenaire'),
): Promise<PartnerViewer> {
  const partner = await services.partners.createPartner({ name, certifications: [] }, caller);
  const user = await services.partners.createUser(
    { partnerId: partner.id, email: `partenaire-${uniqueTag()}@clientele.test`, displayName: name, password },
    caller,
  );
  return { user, partner };
}

export interface ContactAccount {
  clientId: string;
  contactId: string;
  grant: AccessGrant;
  account: PortalAccount;
  /** What they sign in with (their email). */
  login: string;
}

/** A client contact with an active access to a new client of their own, who signs in with `password`. */
export async function createContactAccount(
  services: Services,
  password: string,
  role: AccessRole = AccessRole.CLIENT_USER,
): Promise<ContactAccount> {
  const login = `contact-${uniqueTag()}@clientele.test`;
  const client = await services.clients.create({ name: uniqueName() } as never, caller);
  const contact = await services.contacts.create(
    { clientId: client.id, firstName: 'Mireille', lastName: 'Couture', email: login } as never,
    caller,
  );
  const { grant } = await services.access.grant(
    { clientId: client.id, contactId: contact.id, role, sendEmail: false } as never,
    caller,
  );
  const { dataSource } = services;
  await dataSource
    .getRepository(PortalAccount)
    .update({ id: grant.accountId }, { passwordHash: await hashPassword(password) });
  await dataSource.getRepository(AccessGrant).update({ id: grant.id }, { status: AccessStatus.ACTIVE });
  return {
    clientId: client.id,
    contactId: contact.id,
    grant: await dataSource.getRepository(AccessGrant).findOneByOrFail({ id: grant.id }),
    account: await dataSource.getRepository(PortalAccount).findOneByOrFail({ id: grant.accountId }),
    login,
  };
}

/**
 * A client a partner adds (seed 001) on `planId`, at an address in `city`,
 * its administrator invited to accept the partner: PENDING until answered.
 */
export function addPartnerClient(
  services: Services,
  partner: PartnerViewer['partner'],
  planId: string,
  { name = uniqueName('Client partenaire'), city = 'Rimouski' }: { name?: string; city?: string } = {},
) {
  return services.partners.createClient(
    partner,
    {
      name,
      planId,
      identityProvider: 'CLIENTELE',
      notificationsEnabled: false,
      address: { line1: '1 rue du Port', city, region: 'QC', postalCode: 'G5L 1A1', country: 'CA' },
      admin: { firstName: 'Annie', lastName: 'Gagnon', email: `annie.${uniqueTag()}@client.test` },
    } as never,
    caller,
  );
}

/** The client's administrator, their access active, answers the partner's invitation. */
export async function answerPartnerInvitation(services: Services, clientId: string, accept: boolean) {
  const { dataSource } = services;
  const grant = await dataSource.getRepository(AccessGrant).findOneByOrFail({ clientId });
  await dataSource.getRepository(AccessGrant).update({ id: grant.id }, { status: AccessStatus.ACTIVE });
  const invitation = await dataSource.getRepository(PartnerInvitation).findOneByOrFail({ clientId });
  await services.partners.respond(grant.accountId, invitation.id, accept, caller);
}
