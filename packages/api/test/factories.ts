import type { TestClient } from './graphql';

/** Operations and builders the API tests share; each test still makes its own data. */

export const CLIENT_FIELDS = /* GraphQL */ `
  fragment ClientFields on Client {
    id
    code
    name
    legalName
    kind
    firstName
    lastName
    lifecycle
    status
    language
    currency
    timeZone
    website
    email
    phone
    mobile
    fax
    clientReference
    description
    regard
    notificationsEnabled
    registeredAt
    registrationIp
    verifiedPhone
    parentId
    billToId
    version
    createdAt
    updatedAt
    deletedAt
    domains
    tags
    businessNumbers {
      scheme
      value
    }
    accountGroups {
      id
      name
    }
    billingAddress {
      line1
      line2
      city
      region
      postalCode
      country
    }
    shippingAddress {
      line1
      line2
      city
      region
      postalCode
      country
    }
  }
`;

export const CREATE_CLIENT = /* GraphQL */ `
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      client {
        ...ClientFields
      }
    }
  }
  ${CLIENT_FIELDS}
`;

export const UPDATE_CLIENT = /* GraphQL */ `
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      client {
        ...ClientFields
      }
    }
  }
  ${CLIENT_FIELDS}
`;

let sequence = 0;
/** A tag no other test uses (lower case, no spaces: it fits in an email address too). */
export function uniqueTag(): string {
  sequence += 1;
  return `${process.pid}-${Date.now().toString(36)}-${sequence}`;
}

/** A name no other test uses. */
export function uniqueName(prefix = 'Client'): string {
  return `${prefix} ${uniqueTag()}`;
}

export type ClientData = Record<string, any>;

export async function createClient(
  api: TestClient,
  input: Record<string, unknown> = {},
): Promise<ClientData> {
  const result = await api.run<{ createClient: { client: ClientData } }>(CREATE_CLIENT, {
    input: { name: uniqueName(), ...input },
  });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createClient.client;
}

/** The `extensions` of the first error, or a failure naming the unexpected success. */
export function errorOf(result: { errors?: { extensions?: Record<string, unknown> }[]; data?: unknown }) {
  if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0]!.extensions as Record<string, any>;
}
