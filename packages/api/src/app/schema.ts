import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import {
  ActivityConnectionResolver,
  ActivityResolver,
  ClientActivityResolver,
} from '../modules/activity/activity.resolver';
import { ClientResolver } from '../modules/clients/client.resolver';
import { guardSchema } from './authorization';
import {
  ClientContactResolver,
  ClientContactsFieldResolver,
  ContactResolver,
} from '../modules/contacts/contact.resolver';
import { ClientCrmFieldResolver, ClientCrmResolver } from '../modules/crm/crm.resolver';
import { AccountGroupResolver, BranchResolver, IndustryResolver } from '../modules/lists/list.resolver';
import { ClientNotesResolver, NoteResolver } from '../modules/notes/note.resolver';
import { ClientTermsDatesResolver, ClientTermsResolver } from '../modules/terms/terms.resolver';
import { OutboxResolver } from '../modules/email/outbox.resolver';
import { AuthResolver, SessionResolver } from '../modules/auth/auth.resolver';
import { ApiTokenResolver } from '../modules/auth/api-token.resolver';
import { AccessResolver, ClientAccessResolver } from '../modules/access/access.resolver';
import { ClientPartnerResolver, PartnerResolver } from '../modules/partners/partner.resolver';
import { PartnerUserResolver } from '../modules/partners/partner-user.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { PortalClientResolver, PortalResolver } from '../modules/portal/portal.resolver';
import { AddressResolver } from '../modules/addresses/address.resolver';
import { SavedViewResolver } from '../modules/saved-views/saved-view.resolver';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from '../modules/webhooks/webhook.resolver';
import { NodeResolver } from '../modules/nodes/node.resolver';
import { Client } from '../modules/clients/client.entity';
import { Contact } from '../modules/contacts/contact.entity';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity';
import { GlobalIdResolver } from './node';

export const resolvers = [
  PortalResolver,
  PortalClientResolver,
  ClientResolver,
  ClientTermsResolver,
  ClientTermsDatesResolver,
  ClientCrmFieldResolver,
  ClientCrmResolver,
  ClientNotesResolver,
  NoteResolver,
  ContactResolver,
  ClientContactResolver,
  ClientContactsFieldResolver,
  ClientActivityResolver,
  ActivityResolver,
  ActivityConnectionResolver,
  AccountGroupResolver,
  IndustryResolver,
  BranchResolver,
  OutboxResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  NodeResolver,
  GlobalIdResolver(Client, 'Client'),
  GlobalIdResolver(Contact, 'Contact'),
  GlobalIdResolver(WebhookEndpoint, 'WebhookEndpoint'),
  AuthResolver,
  SessionResolver,
  ApiTokenResolver,
  AccessResolver,
  ClientAccessResolver,
  PartnerResolver,
  ClientPartnerResolver,
  PartnerUserResolver,
  UserResolver,
  AddressResolver,
  SavedViewResolver,
] as const;

export { SCHEMA_FILE } from './contract-files';

let built: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process (TypeGraphQL metadata is global). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    // Missing properties are validated too: a required field left out must be reported.
    validate: { forbidUnknownValues: false, skipMissingProperties: false },
    // Dates travel as ISO 8601 strings (`DateTimeISO`).
  }).then(guardSchema);
  return built;
}
