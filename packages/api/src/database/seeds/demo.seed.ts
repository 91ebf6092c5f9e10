import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { ClientKind, ClientStatus, Lifecycle, StaffRole } from '@clientele/shared';
import { logger } from '../../app/logger';
import { ClientService } from '../../modules/clients/client.service';
import { Client } from '../../modules/clients/client.entity';
import { User } from '../../modules/users/user.entity';
import type { CreateClientInput } from '../../modules/clients/client.input';

/** The first administrator of a demo database; the start command prints this login. */
export const DEMO_ADMIN = {
  email: 'admin@clientele.demo',
  password: 'Clientele-demo-2026',
  displayName: 'Admin Démo',
} as const;

type DemoClient = Pick<CreateClientInput, 'name' | 'kind' | 'status' | 'lifecycle' | 'billingAddress'> & {
  code?: string;
};

const company = (
  name: string,
  address: CreateClientInput['billingAddress'],
  extra: Partial<DemoClient> = {},
): DemoClient => ({
  name,
  kind: ClientKind.COMPANY,
  status: ClientStatus.ACTIVE,
  lifecycle: Lifecycle.CUSTOMER,
  billingAddress: address,
  ...extra,
});

/** A small, realistic book of clients in Québec and France. */
export const DEMO_CLIENTS: DemoClient[] = [
  company(
    'Hervé David Rénovations',
    {
      line1: '1250, rue Sainte-Catherine Ouest',
      city: 'Montréal',
      region: 'QC',
      postalCode: 'H3G 1P1',
      country: 'CA',
    },
    { code: '8005551' },
  ),
  company('Érablière du Lac-Beauport', {
    line1: '88, chemin du Brûlé',
    city: 'Lac-Beauport',
    region: 'QC',
    postalCode: 'G3B 0A1',
    country: 'CA',
  }),
  company('Boulangerie Saint-Honoré', {
    line1: '12, rue du Faubourg Saint-Honoré',
    city: 'Paris',
    region: 'Île-de-France',
    postalCode: '75008',
    country: 'FR',
  }),
  company('Cliniques Vétérinaires Québécoises', {
    line1: '2600, boulevard Laurier',
    line2: 'Bureau 300',
    city: 'Québec',
    region: 'QC',
    postalCode: 'G1V 4M6',
    country: 'CA',
  }),
  company('Société Générale d’Ingénierie Lyonnaise', {
    line1: '45, quai Perrache',
    city: 'Lyon',
    region: 'Auvergne-Rhône-Alpes',
    postalCode: '69002',
    country: 'FR',
  }),
  company(
    'Câblodistribution Gaspésienne',
    { line1: '150, boulevard de Gaspé', city: 'Gaspé', region: 'QC', postalCode: 'G4X 1A9', country: 'CA' },
    { status: ClientStatus.SUSPENDED },
  ),
  company('Les Entreprises Côté & Frères', {
    line1: '975, boulevard Talbot',
    city: 'Saguenay',
    region: 'QC',
    postalCode: 'G7H 4B5',
    country: 'CA',
  }),
  company(
    'Château Montrose Vignobles',
    {
      line1: '2, route de Saint-Estèphe',
      city: 'Saint-Estèphe',
      region: 'Nouvelle-Aquitaine',
      postalCode: '33180',
      country: 'FR',
    },
    { lifecycle: Lifecycle.PROSPECT },
  ),
  company('Pharmacie Lévesque-Gagné', {
    line1: '5401, boulevard des Galeries',
    city: 'Québec',
    region: 'QC',
    postalCode: 'G2K 1N4',
    country: 'CA',
  }),
  company(
    'Atelier Mécanique Bélanger',
    { line1: '320, rue King Ouest', city: 'Sherbrooke', region: 'QC', postalCode: 'J1H 1R4', country: 'CA' },
    { status: ClientStatus.INACTIVE },
  ),
  company('Transports Frontenac', {
    line1: '1000, rue Wellington',
    city: 'Trois-Rivières',
    region: 'QC',
    postalCode: 'G9A 5J6',
    country: 'CA',
  }),
  company('Éditions du Vieux-Port', {
    line1: '18, rue de la République',
    city: 'Marseille',
    region: 'Provence-Alpes-Côte d’Azur',
    postalCode: '13002',
    country: 'FR',
  }),
  company(
    'Menuiserie Ouellet',
    { line1: '77, rue Racine Est', city: 'Chicoutimi', region: 'QC', postalCode: 'G7H 1R9', country: 'CA' },
    { lifecycle: Lifecycle.PROSPECT },
  ),
  company('Laboratoires Pasteur-Garnier', {
    line1: '9, rue de la Paix',
    city: 'Strasbourg',
    region: 'Grand Est',
    postalCode: '67000',
    country: 'FR',
  }),
  company('Coopérative Agricole de la Beauce', {
    line1: '555, boulevard Vachon Nord',
    city: 'Sainte-Marie',
    region: 'QC',
    postalCode: 'G6E 1M1',
    country: 'CA',
  }),
  company('Hôtel Le Germain Charlevoix', {
    line1: '50, rue de la Ferme',
    city: 'Baie-Saint-Paul',
    region: 'QC',
    postalCode: 'G3Z 0G2',
    country: 'CA',
  }),
  company(
    'Bistrot Chez Léontine',
    {
      line1: '31, rue Nationale',
      city: 'Lille',
      region: 'Hauts-de-France',
      postalCode: '59800',
      country: 'FR',
    },
    { lifecycle: Lifecycle.PROSPECT },
  ),
  company('Groupe Informatique Lévis', {
    line1: '5700, rue J.-B.-Michaud',
    city: 'Lévis',
    region: 'QC',
    postalCode: 'G6V 0B1',
    country: 'CA',
  }),
  {
    name: 'Mireille Couture',
    kind: ClientKind.INDIVIDUAL,
    status: ClientStatus.ACTIVE,
    lifecycle: Lifecycle.CUSTOMER,
    billingAddress: {
      line1: '14, rue des Érables',
      city: 'Rimouski',
      region: 'QC',
      postalCode: 'G5L 2S4',
      country: 'CA',
    },
  },
  {
    name: 'François Lefèvre',
    kind: ClientKind.INDIVIDUAL,
    status: ClientStatus.ACTIVE,
    lifecycle: Lifecycle.CUSTOMER,
    billingAddress: {
      line1: '3, place Bellecour',
      city: 'Lyon',
      region: 'Auvergne-Rhône-Alpes',
      postalCode: '69002',
      country: 'FR',
    },
  },
];

/**
 * Fills an empty database with the demo book and its first administrator.
 * Does nothing when there is already a user or a client: a database is seeded
 * once, on its first start, and never overwritten.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const hasUsers = await dataSource.getRepository(User).exists();
  const hasClients = await dataSource.getRepository(Client).exists();
  if (hasUsers || hasClients) return false;

  const now = new Date();
  await dataSource.getRepository(User).insert({
    id: randomUUID(),
    email: DEMO_ADMIN.email,
    displayName: DEMO_ADMIN.displayName,
    role: StaffRole.ADMIN,
    passwordHash: await argon2.hash(DEMO_ADMIN.password, { type: argon2.argon2id }),
    locale: 'fr',
    createdAt: now,
    updatedAt: now,
  });
  const clients = new ClientService(dataSource);
  for (const demo of DEMO_CLIENTS) {
    await clients.create({ ...demo } as CreateClientInput);
  }
  logger.info({ clients: DEMO_CLIENTS.length }, 'demo data seeded');
  return true;
}
