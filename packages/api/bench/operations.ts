/**
 * The operations measured, written as the console and a partner's dashboard
 * would send them, with their variables. The same bodies go to the API and
 * to the raw twin, for the equality checks and for the load; the twin knows
 * each operation by its `operationName` (it does not parse GraphQL).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import { CREATED_NAME_PREFIX, type Fixtures } from './dataset';

export type Role = 'staff' | 'partner';
export type OperationId = 'Q1a' | 'Q1b' | 'Q2a' | 'Q2b' | 'Q3' | 'Q4';
export const OPERATION_IDS: OperationId[] = ['Q1a', 'Q1b', 'Q2a', 'Q2b', 'Q3', 'Q4'];

/** What the code under test's printed schema offers (the lead may add page arguments to lists). */
export interface SchemaFeatures {
  contactsFirst: boolean;
  notesFirst: boolean;
  /**
   * How the client list's `totalCount` is counted, when its description says
   * it is exact only up to a bound and recounted at most every so often
   * beyond: the twin then counts that way too. Null: exact every time.
   */
  countRule: CountRule | null;
}

export interface CountRule {
  exactUpTo: number;
  recountAfterMs: number;
}

export function schemaFeatures(file = path.resolve(__dirname, '../schema.graphql')): SchemaFeatures {
  const schema: GraphQLSchema = buildSchema(fs.readFileSync(file, 'utf8'));
  const client = schema.getType('Client');
  const args = (field: string) =>
    isObjectType(client) ? (client.getFields()[field]?.args.map((a) => a.name) ?? []) : [];
  const connection = schema.getType('ClientConnection');
  const description = isObjectType(connection) ? (connection.getFields().totalCount?.description ?? '') : '';
  const rule = /exact up to ([\d,]+).*?at most (\d+) seconds/s.exec(description);
  return {
    contactsFirst: args('contacts').includes('first'),
    notesFirst: args('notes').includes('first'),
    countRule: rule
      ? { exactUpTo: Number(rule[1]!.replace(/,/g, '')), recountAfterMs: Number(rule[2]) * 1000 }
      : null,
  };
}

/** Where page 40 starts for a role (a partner with fewer pages gets its deepest one). */
export interface DeepPage {
  page: number;
  after: string;
}

export interface Operation {
  id: OperationId;
  role: Role;
  title: string;
  /** How answers are compared: values, or only keys and types (Q4 creates a new client each time). */
  compare: 'values' | 'shape';
  /** The request body; `seq` makes each Q4 request new (a new name and idempotency key). */
  body(server: 'api' | 'twin', seq: number): string;
  /** True when every request is the same (it can be sent as a fixed body). */
  fixed: boolean;
  headers: Record<string, string>;
}

const rowFields = (f: SchemaFeatures) => `
  id
  code
  name
  kind
  status
  lifecycle
  email
  phone
  createdAt
  updatedAt
  billingAddress { city region country }
  crm { health tier renewalDate accountOwner { id displayName } }
  contacts${f.contactsFirst ? '(first: 5)' : ''} {
    id
    type
    title
    isPrimary
    contact { id firstName lastName email }
  }`;

const page = (f: SchemaFeatures) => `
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {${rowFields(f)}
      }
    }`;

export const clientPageQuery = (f: SchemaFeatures) => `query BenchClientPage($first: Int!, $after: String) {
  clients(first: $first, after: $after) {${page(f)}
  }
}`;

export const clientSearchQuery = (
  f: SchemaFeatures,
) => `query BenchClientSearch($first: Int!, $search: String!) {
  clients(first: $first, filter: { search: $search }) {${page(f)}
  }
}`;

const address = '{ line1 line2 city region postalCode country }';

/** Every tab of a client file; a partner leaves out what it may not read (access list, history). */
export const clientFileQuery = (f: SchemaFeatures, role: Role) => `query ${
  role === 'staff' ? 'BenchClientFile' : 'BenchClientFilePartner'
}($id: ID!) {
  client(id: $id) {
    id
    code
    name
    legalName
    kind
    status
    lifecycle
    language
    currency
    timeZone
    website
    email
    phone
    mobile
    createdAt
    updatedAt
    version
    billingAddress ${address}
    shippingAddress ${address}
    domains
    tags
    terms {
      paymentTerms
      paymentTermsDays
      billingCurrency
      creditLimit
      creditHold
      discountPercent
      taxExempt
      gstHstNumber
      qstNumber
      invoiceDelivery
      billingEmail
      priceList
      contractStart
      contractEnd
    }
    crm {
      health
      tier
      renewalDate
      source
      industry { id name }
      accountOwner { id displayName }
      salespeople { id displayName }
    }
    contacts${f.contactsFirst ? '(first: 50)' : ''} {
      id
      type
      title
      department
      isPrimary
      linkedAt
      contact { id firstName lastName email phone mobile language }
    }
    notes${f.notesFirst ? '(first: 20)' : ''} {
      id
      body
      authorType
      authorName
      pinned
      visibility
      createdAt
      editedAt
      version
    }${
      role === 'staff'
        ? `
    accessGrants {
      id
      role
      status
      ipAllowList
      invitedAt
      lastSignInAt
      createdAt
      contact { id firstName lastName }
      account { id userCode email lastSignInAt }
    }
    activity(first: 50) {
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node { id at actorType actorName action entityType entityId clientVersion changes { field before after } }
      }
    }`
        : ''
    }
  }
}`;

export const createClientMutation = `mutation BenchCreateClient($input: CreateClientInput!) {
  createClient(input: $input) {
    client { id code name status createdAt }
  }
}`;

const json = (operationName: string, query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ operationName, query, variables });

/** Every operation of every role, in the order they are measured (Q4, which writes, last). */
export function buildOperations(
  fixtures: Fixtures,
  features: SchemaFeatures,
  deepPages: Record<Role, DeepPage>,
  /** Tells this run's created clients apart from another's. */
  runTag: string,
): Operation[] {
  const ops: Operation[] = [];
  for (const role of ['staff', 'partner'] as const) {
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${role === 'staff' ? fixtures.staffToken : fixtures.partnerToken}`,
    };
    const constant = (id: OperationId, title: string, body: string): Operation => ({
      id,
      role,
      title,
      compare: 'values',
      body: () => body,
      fixed: true,
      headers,
    });
    ops.push(
      constant(
        'Q1a',
        'list: first page of 50, CRM and contacts',
        json('BenchClientPage', clientPageQuery(features), { first: 50 }),
      ),
      constant(
        'Q1b',
        `list: page ${deepPages[role].page} by cursor`,
        json('BenchClientPage', clientPageQuery(features), { first: 50, after: deepPages[role].after }),
      ),
      constant(
        'Q2a',
        `search by name prefix "${fixtures.searchPrefix}"`,
        json('BenchClientSearch', clientSearchQuery(features), { first: 50, search: fixtures.searchPrefix }),
      ),
      constant(
        'Q2b',
        "search by a contact's email",
        json('BenchClientSearch', clientSearchQuery(features), { first: 50, search: fixtures.searchEmail }),
      ),
      constant(
        'Q3',
        'one client, every tab',
        json(
          role === 'staff' ? 'BenchClientFile' : 'BenchClientFilePartner',
          clientFileQuery(features, role),
          { id: fixtures.fullFileClientId },
        ),
      ),
    );
    // A READ token may not write, and a partner's own create (createPartnerClient) also invites
    // the client's administrator by email: no fair twin of it here, so Q4 is staff's.
    if (role === 'staff') {
      ops.push({
        id: 'Q4',
        role,
        title: 'createClient with an idempotency key',
        compare: 'shape',
        fixed: false,
        headers,
        body: (server, seq) =>
          json('BenchCreateClient', createClientMutation, {
            input: {
              name: `${CREATED_NAME_PREFIX} ${runTag} ${server} ${seq}`,
              billingAddress: {
                line1: '1234, rue Principale',
                city: 'Montréal',
                region: 'QC',
                postalCode: 'H2X 1Y4',
                country: 'CA',
              },
              idempotencyKey: `bench-${runTag}-${server}-${seq}`,
            },
          }),
      });
    }
  }
  const order = (op: Operation) => OPERATION_IDS.indexOf(op.id) * 2 + (op.role === 'staff' ? 0 : 1);
  return ops.sort((a, b) => order(a) - order(b));
}
