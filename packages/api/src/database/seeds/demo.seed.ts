import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  AccessRole,
  AccessStatus,
  AccountTier,
  ActorType,
  BusinessNumberScheme,
  ClientKind,
  ClientSource,
  ContactType,
  HealthStatus,
  Language,
  NoteVisibility,
  StaffRole,
} from '@clientele/shared';
import { SYSTEM_ACTOR, type Caller } from '../../app/actor';
import { createServices } from '../../app/context';
import { logger } from '../../app/logger';
import { Client } from '../../modules/clients/client.entity';
import type { CreateClientInput } from '../../modules/clients/client.input';
import { User } from '../../modules/users/user.entity';
import { AccessGrant } from '../../modules/access/access-grant.entity';
import { PortalAccount } from '../../modules/access/portal-account.entity';
import { PartnerInvitation } from '../../modules/partners/partner-invitation.entity';
import { hashPassword } from '../../modules/auth/password-hashing';
import {
  DEMO_ADMIN,
  DEMO_BOOKKEEPER,
  DEMO_BRANCHES,
  DEMO_CLIENTS,
  DEMO_GROUPS,
  DEMO_INDUSTRIES,
  DEMO_PARTNER,
  DEMO_PARTNER_CLIENTS,
  DEMO_PLANS,
  DEMO_SOCIAL,
  DEMO_STAFF,
  frenchVat,
  siren,
  type DemoClient,
  type DemoContact,
} from './demo-data';

export { DEMO_ADMIN } from './demo-data';

const caller: Caller = { actor: SYSTEM_ACTOR, requestId: null };

const DEFAULT_NOTE = 'Dossier repris de l’ancien système de facturation ; coordonnées vérifiées.';
const FIRST_NAMES = ['Nathalie', 'Pierre', 'Geneviève', 'Olivier', 'Chantal', 'Étienne', 'Sylvie', 'Mathieu'];
const LAST_NAMES = ['Bouchard', 'Pelletier', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Ouellet', 'Girard'];

/** A plausible primary contact for a demo client that lists none. */
function defaultContact(demo: DemoClient, index: number): DemoContact {
  const firstName = demo.firstName ?? FIRST_NAMES[index % FIRST_NAMES.length]!;
  const lastName = demo.lastName ?? LAST_NAMES[index % LAST_NAMES.length]!;
  const domain = demo.domains?.[0] ?? 'courriel.demo';
  const local = `${firstName}.${lastName}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return {
    firstName,
    lastName,
    email: `${local}${demo.domains?.[0] ? '' : index}@${domain}`,
    phone: demo.phone,
    title: demo.kind === ClientKind.INDIVIDUAL ? 'Titulaire' : 'Responsable administratif',
    department: 'Administration',
    type: ContactType.BILLING,
    primary: true,
  };
}

async function createUsers(dataSource: DataSource): Promise<Map<string, string>> {
  const passwordHash = await hashPassword(DEMO_ADMIN.password);
  const now = new Date();
  const ids = new Map<string, string>();
  const users = [{ key: 'admin', ...DEMO_ADMIN, role: StaffRole.ADMIN }, ...DEMO_STAFF];
  for (const user of users) {
    const id = randomUUID();
    ids.set(user.key, id);
    await dataSource.getRepository(User).insert({
      id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      passwordHash,
      locale: Language.FR,
      createdAt: now,
      updatedAt: now,
    });
  }
  return ids;
}

function infoInput(demo: DemoClient, groupIds: Map<string, string>): CreateClientInput {
  const sirenNumber = demo.siren8 ? siren(demo.siren8) : null;
  return {
    code: demo.code,
    name: demo.name,
    kind: demo.kind ?? ClientKind.COMPANY,
    firstName: demo.firstName,
    lastName: demo.lastName,
    legalName: demo.legalName,
    status: demo.status,
    lifecycle: demo.lifecycle,
    language: demo.language ?? Language.FR,
    currency: demo.country === 'FR' ? 'EUR' : 'CAD',
    timeZone: demo.country === 'FR' ? 'Europe/Paris' : 'America/Toronto',
    website: demo.website,
    email: demo.domains?.[0] ? `info@${demo.domains[0]}` : undefined,
    phone: demo.phone,
    billingAddress: {
      line1: demo.line1,
      line2: demo.line2,
      city: demo.city,
      region: demo.region,
      postalCode: demo.postalCode,
      country: demo.country,
    },
    domains: demo.domains,
    tags: demo.tags,
    description: demo.description,
    regard: demo.regard,
    notificationsEnabled: demo.notificationsEnabled,
    registeredAt: new Date('2024-02-22T14:05:00Z'),
    businessNumbers: [
      ...(demo.neq ? [{ scheme: BusinessNumberScheme.NEQ, value: demo.neq }] : []),
      ...(sirenNumber
        ? [
            { scheme: BusinessNumberScheme.SIREN_SIRET, value: sirenNumber },
            { scheme: BusinessNumberScheme.VAT, value: frenchVat(sirenNumber) },
          ]
        : []),
    ],
    accountGroupIds: (demo.groups ?? []).map((g) => groupIds.get(g) as string),
  } as CreateClientInput;
}

/**
 * A partner with the plans its certification allows, one of its clients
 * still waiting for its administrator's answer and one that accepted it, so
 * the partner side and the invitation statuses show from the first start.
 */
async function seedPartners(services: ReturnType<typeof createServices>): Promise<Client[]> {
  const created: Client[] = [];
  const partner = await services.partners.createPartner(
    { name: DEMO_PARTNER.name, certifications: [...DEMO_PARTNER.certifications] },
    caller,
  );
  const plans = [];
  for (const plan of DEMO_PLANS) plans.push(await services.partners.createPlan(plan, caller));
  const user = await services.partners.createUser(
    {
      partnerId: partner.id,
      email: DEMO_PARTNER.userEmail,
      displayName: DEMO_PARTNER.userName,
      password: DEMO_ADMIN.password,
    },
    caller,
  );
  const partnerCaller: Caller = {
    actor: { type: ActorType.PARTNER, id: user.id, name: `${user.displayName} (${partner.name})` },
    requestId: null,
  };
  for (const [index, demo] of DEMO_PARTNER_CLIENTS.entries()) {
    const client = await services.partners.createClient(
      partner,
      {
        name: demo.name,
        address: demo.address,
        admin: demo.admin,
        identityProvider: demo.identityProvider,
        planId: plans[index % plans.length]!.id,
        notificationsEnabled: false,
      } as never,
      partnerCaller,
    );
    created.push(client);
    // Each administrator has chosen a password (the demo one), so the portal can be tried as either:
    // one still has the partner's invitation to answer, the other accepted it.
    const grant = (await services.access.grantsOf(client.id))[0]!;
    await activateWithDemoPassword(services, grant);
    if (DEMO_PARTNER_CLIENTS[index]!.accepted) {
      const invitation = await services.dataSource
        .getRepository(PartnerInvitation)
        .findOneByOrFail({ clientId: client.id });
      await services.partners.respond(grant.accountId, invitation.id, true, caller);
    }
  }
  return created;
}

/** Lets a demo portal account in with the demo password, its invitation taken as answered. */
async function activateWithDemoPassword(services: ReturnType<typeof createServices>, grant: AccessGrant) {
  await services.dataSource
    .getRepository(PortalAccount)
    .update({ id: grant.accountId }, { passwordHash: await hashPassword(DEMO_ADMIN.password) });
  await services.dataSource
    .getRepository(AccessGrant)
    .update({ id: grant.id }, { status: AccessStatus.ACTIVE });
}

/** The bookkeeper of two clients: one person, one sign-in, a client user at each company. */
async function seedBookkeeper(services: ReturnType<typeof createServices>, clients: Client[]): Promise<void> {
  const [first, ...others] = clients;
  if (!first) return;
  const contact = await services.contacts.create(
    {
      clientId: first.id,
      firstName: DEMO_BOOKKEEPER.firstName,
      lastName: DEMO_BOOKKEEPER.lastName,
      email: DEMO_BOOKKEEPER.email,
      link: { title: DEMO_BOOKKEEPER.title, type: ContactType.BILLING },
      primary: false,
    },
    caller,
  );
  for (const client of others) {
    await services.contacts.link({ clientId: client.id, contactId: contact.id, primary: false }, caller);
  }
  for (const client of clients) {
    const { grant } = await services.access.grant(
      { clientId: client.id, contactId: contact.id, role: AccessRole.CLIENT_USER, sendEmail: false },
      caller,
    );
    await activateWithDemoPassword(services, grant);
  }
}

/**
 * Fills an empty database with the demo book — staff, lists, and clients with
 * every tab filled — through the same services the API uses, so the activity
 * log tells the story too. Does nothing when the database has a user or a
 * client: a database is seeded once, on its first start, and never overwritten.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(User).exists()) || (await dataSource.getRepository(Client).exists())) {
    return false;
  }
  const services = createServices(dataSource);
  const userIds = await createUsers(dataSource);
  const industryIds = new Map<string, string>();
  for (const name of DEMO_INDUSTRIES)
    industryIds.set(name, (await services.lists.create('Industry', { name }, caller)).id);
  const groupIds = new Map<string, string>();
  for (const name of DEMO_GROUPS)
    groupIds.set(name, (await services.lists.create('AccountGroup', { name }, caller)).id);
  for (const branch of DEMO_BRANCHES) await services.lists.create('Branch', branch, caller);

  const demoClients: Client[] = [];
  for (const [index, demo] of DEMO_CLIENTS.entries()) {
    const client = await services.clients.create(infoInput(demo, groupIds), caller);
    demoClients.push(client);
    const sirenNumber = demo.siren8 ? siren(demo.siren8) : null;
    await services.terms.update(
      {
        clientId: client.id,
        version: client.version,
        ...demo.terms,
        creditHold: Boolean(demo.terms.creditHoldReason),
        vatNumber: sirenNumber ? frenchVat(sirenNumber) : undefined,
        qstNumber:
          demo.country === 'CA' && demo.kind !== ClientKind.INDIVIDUAL ? '1218765432TQ0001' : undefined,
        billingEmail: demo.domains?.[0] ? `factures@${demo.domains[0]}` : undefined,
      },
      caller,
    );
    await services.crm.update(
      {
        clientId: client.id,
        version: client.version + 1,
        health: demo.crm.health,
        tier: demo.crm.tier,
        renewalDate: demo.crm.renewalDate,
        industryId: industryIds.get(demo.crm.industry),
        accountOwnerId: userIds.get(demo.crm.owner),
        salespersonIds: (demo.crm.salespeople ?? []).map((s) => userIds.get(s) as string),
        source: demo.crm.source,
      },
      caller,
    );
    for (const note of demo.notes ?? [{ body: DEFAULT_NOTE }]) {
      await services.notes.create(
        {
          clientId: client.id,
          body: note.body,
          pinned: note.pinned ?? false,
          visibility: note.visibility ?? NoteVisibility.INTERNAL,
        },
        caller,
      );
    }
    for (const contact of demo.contacts ?? [defaultContact(demo, index)]) {
      await services.contacts.create(
        {
          clientId: client.id,
          firstName: contact.firstName,
          lastName: contact.lastName,
          email: contact.email,
          phone: contact.phone,
          mobile: contact.mobile,
          socialHandles: contact.linkedin ? [{ network: DEMO_SOCIAL, handle: contact.linkedin }] : [],
          link: { title: contact.title, department: contact.department, type: contact.type },
          primary: contact.primary ?? false,
        },
        caller,
      );
    }
  }
  await seedBookkeeper(services, demoClients.slice(0, 2));
  for (const client of await seedPartners(services)) {
    await services.crm.update(
      {
        clientId: client.id,
        version: client.version,
        health: HealthStatus.HAPPY,
        tier: AccountTier.BASIC,
        industryId: industryIds.get('Santé') ?? industryIds.values().next().value,
        accountOwnerId: userIds.get('sophie'),
        source: ClientSource.PARTNER,
      },
      caller,
    );
    await services.notes.create(
      {
        clientId: client.id,
        body: `Client apporté par ${DEMO_PARTNER.name}.`,
        pinned: false,
        visibility: NoteVisibility.SHARED,
      },
      caller,
    );
  }
  logger.info({ clients: DEMO_CLIENTS.length }, 'demo data seeded');
  return true;
}
