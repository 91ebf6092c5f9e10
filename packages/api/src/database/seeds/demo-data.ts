import {
  AccountTier,
  ClientKind,
  ClientRegard,
  ClientSource,
  ClientStatus,
  ContactType,
  HealthStatus,
  IdentityProvider,
  InvoiceDelivery,
  Language,
  Lifecycle,
  NoteVisibility,
  PaymentTerms,
  SocialNetwork,
  StaffRole,
} from '@clientele/shared';

/**
 * The demo book: clients in Québec and France, each with every tab filled,
 * so a newcomer sees the product as its users do.
 */

export const DEMO_ADMIN = {
  email: 'admin@clientele.demo',
  password: 'Clientele-demo-2026',
  displayName: 'Admin Démo',
} as const;

export const DEMO_STAFF = [
  {
    key: 'sophie',
    email: 'sophie.tremblay@clientele.demo',
    displayName: 'Sophie Tremblay',
    role: StaffRole.STAFF,
  },
  { key: 'marc', email: 'marc.gagnon@clientele.demo', displayName: 'Marc Gagnon', role: StaffRole.STAFF },
  {
    key: 'claire',
    email: 'claire.dubois@clientele.demo',
    displayName: 'Claire Dubois',
    role: StaffRole.STAFF,
  },
  { key: 'julien', email: 'julien.roy@clientele.demo', displayName: 'Julien Roy', role: StaffRole.VIEWER },
] as const;
export type StaffKey = (typeof DEMO_STAFF)[number]['key'];

export const DEMO_INDUSTRIES = [
  'Agroalimentaire',
  'Commerce de détail',
  'Construction',
  'Édition et médias',
  'Hôtellerie et restauration',
  'Santé',
  'Services professionnels',
  'Technologies de l’information',
  'Transport et logistique',
  'Vins et spiritueux',
] as const;
export type IndustryName = (typeof DEMO_INDUSTRIES)[number];

export const DEMO_GROUPS = ['Comptes clés', 'Québec — Capitale-Nationale', 'France', 'Revendeurs'] as const;
export type GroupName = (typeof DEMO_GROUPS)[number];

export const DEMO_BRANCHES = [
  { name: 'ACT BL Solutions — Montréal', city: 'Montréal' },
  { name: 'ACT BL Solutions — Québec', city: 'Québec' },
  { name: 'ACT BL Solutions — Lyon', city: 'Lyon' },
] as const;

export const DEMO_PARTNER = {
  name: 'Solutions Informatiques Laurentides',
  certifications: ['MANAGED_IT'],
  userEmail: 'partenaire@clientele.demo',
  userName: 'Julie Lavoie',
} as const;

export const DEMO_PLANS = [
  { code: 'ESSENTIEL', name: 'Essentiel', requiredCertification: null },
  { code: 'GESTION-COMPLETE', name: 'Gestion complète', requiredCertification: 'MANAGED_IT' },
  { code: 'SECURITE-AVANCEE', name: 'Sécurité avancée', requiredCertification: 'SECURITY' },
];

/** Clients a partner brought: one waiting for its administrator's answer, one that accepted. */
export const DEMO_PARTNER_CLIENTS = [
  {
    name: 'Centre dentaire des Laurentides',
    address: {
      line1: '455, rue Principale',
      city: 'Saint-Sauveur',
      region: 'QC',
      postalCode: 'J0R 1R0',
      country: 'CA',
    },
    admin: { firstName: 'Nathalie', lastName: 'Gauthier', email: 'n.gauthier@dentairelaurentides.demo' },
    identityProvider: IdentityProvider.AZURE_AD,
    accepted: false,
  },
  {
    name: 'Quincaillerie Mont-Tremblant',
    address: {
      line1: '1200, rue de Saint-Jovite',
      city: 'Mont-Tremblant',
      region: 'QC',
      postalCode: 'J8E 3J9',
      country: 'CA',
    },
    admin: { firstName: 'Pierre', lastName: 'Morin', email: 'pierre.morin@quincaillerie-tremblant.demo' },
    identityProvider: IdentityProvider.CLIENTELE,
    accepted: true,
  },
];

/**
 * An outside bookkeeper who keeps the books of the first two demo clients: a
 * client user at both, so the portal's choice of company can be tried.
 */
export const DEMO_BOOKKEEPER = {
  firstName: 'Sylvie',
  lastName: 'Bergeron',
  email: 's.bergeron@comptabilite-bergeron.demo',
  title: 'Comptable externe',
} as const;

/** A SIREN with its Luhn check digit, from its first eight digits. */
export function siren(first8: string): string {
  for (let d = 0; d <= 9; d += 1) {
    const digits = `${first8}${d}`;
    let sum = 0;
    for (let i = 0; i < 9; i += 1) {
      let n = Number(digits[8 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return digits;
  }
  throw new Error('unreachable');
}

/** The French VAT number of a SIREN: FR + key + SIREN. */
export function frenchVat(sirenNumber: string): string {
  const key = (12 + 3 * (Number(sirenNumber) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${sirenNumber}`;
}

export interface DemoContact {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  mobile?: string;
  title: string;
  department: string;
  type: ContactType;
  primary?: boolean;
  linkedin?: string;
}

export interface DemoClient {
  code?: string;
  name?: string;
  kind?: ClientKind;
  firstName?: string;
  lastName?: string;
  legalName?: string;
  status?: ClientStatus;
  lifecycle?: Lifecycle;
  language?: Language;
  country: 'CA' | 'FR';
  line1: string;
  line2?: string;
  city: string;
  region: string;
  postalCode: string;
  phone: string;
  website?: string;
  domains?: string[];
  tags?: string[];
  description?: string;
  regard?: ClientRegard;
  notificationsEnabled?: boolean;
  neq?: string;
  siren8?: string;
  groups?: GroupName[];
  terms: {
    paymentTerms: PaymentTerms;
    paymentTermsDays?: number;
    creditLimit?: string;
    discountPercent?: string;
    invoiceDelivery?: InvoiceDelivery;
    creditHoldReason?: string;
    priceList?: string;
    contractStart?: string;
    contractEnd?: string;
  };
  crm: {
    health: HealthStatus;
    tier: AccountTier;
    renewalDate?: string;
    industry: IndustryName;
    owner: StaffKey;
    salespeople?: StaffKey[];
    source: ClientSource;
  };
  notes?: { body: string; pinned?: boolean; visibility?: NoteVisibility }[];
  contacts?: DemoContact[];
}

export const DEMO_SOCIAL = SocialNetwork.LINKEDIN;

export const DEMO_CLIENTS: DemoClient[] = [
  {
    code: '8005551',
    name: 'Hervé David Rénovations',
    legalName: 'Rénovations Hervé David inc.',
    country: 'CA',
    line1: '1250, rue Sainte-Catherine Ouest',
    city: 'Montréal',
    region: 'QC',
    postalCode: 'H3G 1P1',
    phone: '514 555-0142',
    website: 'hervedavid.com',
    domains: ['hervedavid.com'],
    tags: ['Rénovation', 'Contrat de service'],
    description: 'Entrepreneur général en rénovation résidentielle et commerciale, 45 employés.',
    neq: '1167834521',
    groups: ['Comptes clés'],
    notificationsEnabled: true,
    terms: {
      paymentTerms: PaymentTerms.NET_30,
      creditLimit: '25000.00',
      discountPercent: '5.00',
      contractStart: '2024-01-01',
      contractEnd: '2026-12-31',
      priceList: 'Entreprises 2026',
    },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.PREMIUM,
      renewalDate: '2026-12-31',
      industry: 'Construction',
      owner: 'sophie',
      salespeople: ['sophie', 'marc'],
      source: ClientSource.REFERRAL,
    },
    notes: [
      {
        body: 'Renouvellement à discuter en novembre : souhaite ajouter la sauvegarde hors site.',
        pinned: true,
      },
      {
        body: 'Préférence pour les interventions tôt le matin (avant 9 h).',
        visibility: NoteVisibility.SHARED,
      },
    ],
    contacts: [
      {
        firstName: 'Mireille',
        lastName: 'Couture',
        email: 'mireille.couture@hervedavid.com',
        phone: '514 555-0188',
        title: 'Responsable stock',
        department: 'Logistique',
        type: ContactType.OPERATIONS,
        primary: true,
      },
      {
        firstName: 'Hervé',
        lastName: 'David',
        email: 'herve@hervedavid.com',
        mobile: '514 555-0101',
        title: 'Président',
        department: 'Direction',
        type: ContactType.EXECUTIVE,
        linkedin: 'herve-david',
      },
      {
        firstName: 'Lucie',
        lastName: 'Bérubé',
        email: 'comptabilite@hervedavid.com',
        title: 'Contrôleuse',
        department: 'Finances',
        type: ContactType.BILLING,
      },
    ],
  },
  {
    name: 'Érablière du Lac-Beauport',
    country: 'CA',
    line1: '88, chemin du Brûlé',
    city: 'Lac-Beauport',
    region: 'QC',
    postalCode: 'G3B 0A1',
    phone: '418 555-0123',
    website: 'erabliere-lacbeauport.ca',
    domains: ['erabliere-lacbeauport.ca'],
    tags: ['Saisonnier'],
    neq: '1145678902',
    groups: ['Québec — Capitale-Nationale'],
    terms: { paymentTerms: PaymentTerms.DUE_ON_RECEIPT, invoiceDelivery: InvoiceDelivery.PORTAL },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.BASIC,
      renewalDate: '2027-03-01',
      industry: 'Agroalimentaire',
      owner: 'marc',
      source: ClientSource.WEBSITE,
    },
    notes: [
      {
        body: 'Activité concentrée de février à avril : prévoir du soutien renforcé pendant la saison des sucres.',
      },
    ],
    contacts: [
      {
        firstName: 'Gilles',
        lastName: 'Paradis',
        email: 'gilles@erabliere-lacbeauport.ca',
        phone: '418 555-0124',
        title: 'Propriétaire',
        department: 'Direction',
        type: ContactType.EXECUTIVE,
        primary: true,
      },
    ],
  },
  {
    name: 'Boulangerie Saint-Honoré',
    language: Language.FR,
    country: 'FR',
    line1: '12, rue du Faubourg Saint-Honoré',
    city: 'Paris',
    region: 'Île-de-France',
    postalCode: '75008',
    phone: '01 42 68 53 00',
    website: 'boulangerie-sainthonore.fr',
    domains: ['boulangerie-sainthonore.fr'],
    siren8: '41230956',
    groups: ['France'],
    terms: { paymentTerms: PaymentTerms.NET_45, creditLimit: '8000.00' },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.BASIC,
      renewalDate: '2026-06-30',
      industry: 'Agroalimentaire',
      owner: 'claire',
      source: ClientSource.PARTNER,
    },
    notes: [
      {
        body: 'Trois points de vente à Paris ; la caisse du 8e est prioritaire en cas de panne.',
        pinned: true,
      },
    ],
    contacts: [
      {
        firstName: 'Amélie',
        lastName: 'Fournier',
        email: 'amelie.fournier@boulangerie-sainthonore.fr',
        phone: '01 42 68 53 01',
        title: 'Gérante',
        department: 'Direction',
        type: ContactType.EXECUTIVE,
        primary: true,
      },
    ],
  },
  {
    name: 'Cliniques Vétérinaires Québécoises',
    country: 'CA',
    line1: '2600, boulevard Laurier',
    line2: 'Bureau 300',
    city: 'Québec',
    region: 'QC',
    postalCode: 'G1V 4M6',
    phone: '418 555-0190',
    domains: ['cvq.ca', 'cliniquesveterinaires.qc.ca'],
    tags: ['Multi-sites', 'Santé animale'],
    neq: '1178456320',
    groups: ['Comptes clés', 'Québec — Capitale-Nationale'],
    regard: ClientRegard.PREFERRED,
    terms: {
      paymentTerms: PaymentTerms.NET_30,
      creditLimit: '50000.00',
      discountPercent: '7.50',
      contractStart: '2023-09-01',
      contractEnd: '2027-08-31',
    },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.ENTERPRISE,
      renewalDate: '2027-08-31',
      industry: 'Santé',
      owner: 'sophie',
      salespeople: ['sophie'],
      source: ClientSource.EVENT,
    },
    contacts: [
      {
        firstName: 'Dre Isabelle',
        lastName: 'Lévesque',
        email: 'i.levesque@cvq.ca',
        title: 'Directrice générale',
        department: 'Direction',
        type: ContactType.EXECUTIVE,
        primary: true,
      },
      {
        firstName: 'Kevin',
        lastName: 'Nguyen',
        email: 'k.nguyen@cvq.ca',
        phone: '418 555-0191',
        title: 'Technicien TI',
        department: 'Informatique',
        type: ContactType.TECHNICAL,
      },
    ],
  },
  {
    name: 'Société Générale d’Ingénierie Lyonnaise',
    legalName: 'SGIL SAS',
    country: 'FR',
    line1: '45, quai Perrache',
    city: 'Lyon',
    region: 'Auvergne-Rhône-Alpes',
    postalCode: '69002',
    phone: '04 72 56 12 30',
    domains: ['sgil.fr'],
    siren8: '50712348',
    groups: ['France', 'Comptes clés'],
    terms: { paymentTerms: PaymentTerms.NET_60, creditLimit: '120000.00' },
    crm: {
      health: HealthStatus.AT_RISK,
      tier: AccountTier.ENTERPRISE,
      renewalDate: '2026-03-31',
      industry: 'Services professionnels',
      owner: 'claire',
      salespeople: ['claire'],
      source: ClientSource.OUTBOUND,
    },
    notes: [
      {
        body: 'Insatisfaits des délais du dernier projet ; réunion de suivi prévue avec la direction.',
        pinned: true,
      },
    ],
    contacts: [
      {
        firstName: 'Thomas',
        lastName: 'Mercier',
        email: 'thomas.mercier@sgil.fr',
        phone: '04 72 56 12 31',
        title: 'DSI',
        department: 'Systèmes d’information',
        type: ContactType.TECHNICAL,
        primary: true,
      },
    ],
  },
  {
    name: 'Câblodistribution Gaspésienne',
    status: ClientStatus.SUSPENDED,
    country: 'CA',
    line1: '150, boulevard de Gaspé',
    city: 'Gaspé',
    region: 'QC',
    postalCode: 'G4X 1A9',
    phone: '418 555-0150',
    regard: ClientRegard.WATCH,
    terms: {
      paymentTerms: PaymentTerms.NET_15,
      creditLimit: '5000.00',
      creditHoldReason: 'Deux factures impayées de plus de 90 jours.',
    },
    crm: {
      health: HealthStatus.AT_RISK,
      tier: AccountTier.BASIC,
      industry: 'Édition et médias',
      owner: 'marc',
      source: ClientSource.OTHER,
    },
    notes: [{ body: 'Compte suspendu le temps du règlement des factures en souffrance.' }],
  },
  {
    name: 'Les Entreprises Côté & Frères',
    country: 'CA',
    line1: '975, boulevard Talbot',
    city: 'Saguenay',
    region: 'QC',
    postalCode: 'G7H 4B5',
    phone: '418 555-0175',
    domains: ['cotefreres.ca'],
    terms: { paymentTerms: PaymentTerms.CUSTOM, paymentTermsDays: 20 },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.PREMIUM,
      renewalDate: '2026-09-15',
      industry: 'Construction',
      owner: 'marc',
      source: ClientSource.REFERRAL,
    },
    contacts: [
      {
        firstName: 'Jean-François',
        lastName: 'Côté',
        email: 'jf.cote@cotefreres.ca',
        title: 'Associé',
        department: 'Direction',
        type: ContactType.EXECUTIVE,
        primary: true,
      },
    ],
  },
  {
    name: 'Château Montrose Vignobles',
    lifecycle: Lifecycle.PROSPECT,
    country: 'FR',
    line1: '2, route de Saint-Estèphe',
    city: 'Saint-Estèphe',
    region: 'Nouvelle-Aquitaine',
    postalCode: '33180',
    phone: '05 56 59 30 12',
    domains: ['chateau-montrose.fr'],
    groups: ['France'],
    terms: { paymentTerms: PaymentTerms.NET_30 },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.PREMIUM,
      industry: 'Vins et spiritueux',
      owner: 'claire',
      source: ClientSource.EVENT,
    },
    notes: [{ body: 'Rencontrés au salon Vinexpo ; intéressés par la gestion de parc pour trois domaines.' }],
  },
  {
    name: 'Pharmacie Lévesque-Gagné',
    country: 'CA',
    line1: '5401, boulevard des Galeries',
    city: 'Québec',
    region: 'QC',
    postalCode: 'G2K 1N4',
    phone: '418 555-0133',
    groups: ['Québec — Capitale-Nationale'],
    terms: { paymentTerms: PaymentTerms.NET_30, creditLimit: '10000.00' },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.PREMIUM,
      renewalDate: '2027-01-15',
      industry: 'Santé',
      owner: 'sophie',
      source: ClientSource.WEBSITE,
    },
  },
  {
    name: 'Atelier Mécanique Bélanger',
    status: ClientStatus.INACTIVE,
    country: 'CA',
    line1: '320, rue King Ouest',
    city: 'Sherbrooke',
    region: 'QC',
    postalCode: 'J1H 1R4',
    phone: '819 555-0162',
    terms: { paymentTerms: PaymentTerms.DUE_ON_RECEIPT },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.BASIC,
      industry: 'Transport et logistique',
      owner: 'marc',
      source: ClientSource.OTHER,
    },
    notes: [{ body: 'Entreprise vendue en 2025 ; dossier conservé pour l’historique.' }],
  },
  {
    name: 'Transports Frontenac',
    country: 'CA',
    line1: '1000, rue Wellington',
    city: 'Trois-Rivières',
    region: 'QC',
    postalCode: 'G9A 5J6',
    phone: '819 555-0110',
    domains: ['transportsfrontenac.ca'],
    terms: { paymentTerms: PaymentTerms.NET_45, creditLimit: '30000.00' },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.PREMIUM,
      renewalDate: '2026-11-30',
      industry: 'Transport et logistique',
      owner: 'sophie',
      source: ClientSource.OUTBOUND,
    },
  },
  {
    name: 'Éditions du Vieux-Port',
    country: 'FR',
    line1: '18, rue de la République',
    city: 'Marseille',
    region: 'Provence-Alpes-Côte d’Azur',
    postalCode: '13002',
    phone: '04 91 90 12 34',
    siren8: '38291045',
    groups: ['France'],
    terms: { paymentTerms: PaymentTerms.NET_30 },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.BASIC,
      renewalDate: '2027-02-28',
      industry: 'Édition et médias',
      owner: 'claire',
      source: ClientSource.REFERRAL,
    },
  },
  {
    name: 'Menuiserie Ouellet',
    lifecycle: Lifecycle.PROSPECT,
    country: 'CA',
    line1: '77, rue Racine Est',
    city: 'Chicoutimi',
    region: 'QC',
    postalCode: 'G7H 1R9',
    phone: '418 555-0177',
    terms: { paymentTerms: PaymentTerms.NET_30 },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.BASIC,
      industry: 'Construction',
      owner: 'marc',
      source: ClientSource.WEBSITE,
    },
  },
  {
    name: 'Laboratoires Pasteur-Garnier',
    country: 'FR',
    line1: '9, rue de la Paix',
    city: 'Strasbourg',
    region: 'Grand Est',
    postalCode: '67000',
    phone: '03 88 52 14 00',
    siren8: '44017823',
    groups: ['France'],
    terms: { paymentTerms: PaymentTerms.NET_60, creditLimit: '60000.00' },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.ENTERPRISE,
      renewalDate: '2027-06-30',
      industry: 'Santé',
      owner: 'claire',
      source: ClientSource.PARTNER,
    },
  },
  {
    name: 'Coopérative Agricole de la Beauce',
    country: 'CA',
    line1: '555, boulevard Vachon Nord',
    city: 'Sainte-Marie',
    region: 'QC',
    postalCode: 'G6E 1M1',
    phone: '418 555-0155',
    groups: ['Revendeurs'],
    terms: { paymentTerms: PaymentTerms.NET_30, creditLimit: '15000.00' },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.PREMIUM,
      renewalDate: '2026-12-15',
      industry: 'Agroalimentaire',
      owner: 'sophie',
      source: ClientSource.REFERRAL,
    },
  },
  {
    name: 'Hôtel Le Germain Charlevoix',
    country: 'CA',
    line1: '50, rue de la Ferme',
    city: 'Baie-Saint-Paul',
    region: 'QC',
    postalCode: 'G3Z 0G2',
    phone: '418 555-0140',
    website: 'hotel-charlevoix.ca',
    domains: ['hotel-charlevoix.ca'],
    terms: { paymentTerms: PaymentTerms.NET_30 },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.PREMIUM,
      renewalDate: '2027-04-30',
      industry: 'Hôtellerie et restauration',
      owner: 'marc',
      source: ClientSource.EVENT,
    },
  },
  {
    name: 'Bistrot Chez Léontine',
    lifecycle: Lifecycle.PROSPECT,
    country: 'FR',
    line1: '31, rue Nationale',
    city: 'Lille',
    region: 'Hauts-de-France',
    postalCode: '59800',
    phone: '03 20 54 12 12',
    terms: { paymentTerms: PaymentTerms.DUE_ON_RECEIPT },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.BASIC,
      industry: 'Hôtellerie et restauration',
      owner: 'claire',
      source: ClientSource.WEBSITE,
    },
  },
  {
    name: 'Groupe Informatique Lévis',
    country: 'CA',
    line1: '5700, rue J.-B.-Michaud',
    city: 'Lévis',
    region: 'QC',
    postalCode: 'G6V 0B1',
    phone: '418 555-0199',
    domains: ['gilevis.ca'],
    groups: ['Revendeurs'],
    terms: { paymentTerms: PaymentTerms.NET_30, discountPercent: '15.00' },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.ENTERPRISE,
      renewalDate: '2027-05-31',
      industry: 'Technologies de l’information',
      owner: 'sophie',
      source: ClientSource.PARTNER,
    },
  },
  {
    kind: ClientKind.INDIVIDUAL,
    firstName: 'Mireille',
    lastName: 'Couture',
    country: 'CA',
    line1: '14, rue des Érables',
    city: 'Rimouski',
    region: 'QC',
    postalCode: 'G5L 2S4',
    phone: '418 555-0114',
    terms: { paymentTerms: PaymentTerms.DUE_ON_RECEIPT },
    crm: {
      health: HealthStatus.HAPPY,
      tier: AccountTier.BASIC,
      industry: 'Services professionnels',
      owner: 'marc',
      source: ClientSource.REFERRAL,
    },
  },
  {
    kind: ClientKind.INDIVIDUAL,
    firstName: 'François',
    lastName: 'Lefèvre',
    country: 'FR',
    line1: '3, place Bellecour',
    city: 'Lyon',
    region: 'Auvergne-Rhône-Alpes',
    postalCode: '69002',
    phone: '06 12 34 56 78',
    terms: { paymentTerms: PaymentTerms.DUE_ON_RECEIPT },
    crm: {
      health: HealthStatus.DOING_OKAY,
      tier: AccountTier.BASIC,
      industry: 'Services professionnels',
      owner: 'claire',
      source: ClientSource.WEBSITE,
    },
  },
];
