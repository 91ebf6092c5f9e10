/**
 * Enumerations shared by the API (GraphQL enums, database values) and the console
 * (selects, chips). Values are English SCREAMING_CASE and never change once
 * published: partners' dashboards depend on them. Labels live in `labels.ts`.
 */

/** Whether the account is in good standing with the operator. */
export enum ClientStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/** A client is a company or a private individual (who has a first and last name). */
export enum ClientKind {
  COMPANY = 'COMPANY',
  INDIVIDUAL = 'INDIVIDUAL',
}

/** Where the client stands in the sales cycle. */
export enum Lifecycle {
  PROSPECT = 'PROSPECT',
  CUSTOMER = 'CUSTOMER',
}

/** How the relationship is going (Freshdesk: happy, doing okay, at risk). */
export enum HealthStatus {
  HAPPY = 'HAPPY',
  DOING_OKAY = 'DOING_OKAY',
  AT_RISK = 'AT_RISK',
}

/** The level of service the client buys (Freshdesk: basic, premium, enterprise). */
export enum AccountTier {
  BASIC = 'BASIC',
  PREMIUM = 'PREMIUM',
  ENTERPRISE = 'ENTERPRISE',
}

/** What a staff user may do in the console and the API. */
export enum StaffRole {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  VIEWER = 'VIEWER',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** The fields a client list can be ordered by. */
export enum ClientOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
