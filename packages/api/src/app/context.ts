import type { DataSource } from 'typeorm';
import { ActorType, type Locale } from '@clientele/shared';
import { ANONYMOUS_ACTOR, type Actor, type Caller } from './actor';
import { systemClock, type Clock } from './clock';
import {
  AuthService,
  staffActor,
  type PartnerViewer,
  type PortalViewer,
  type RequestOrigin,
} from '../modules/auth/auth.service';
import { PartnerService } from '../modules/partners/partner.service';
import { PartnerUserService } from '../modules/partners/partner-user.service';
import type { Session } from '../modules/auth/session.entity';
import type { ApiToken } from '../modules/auth/api-token.entity';
import { ApiTokenService } from '../modules/auth/api-token.service';
import { AccessService } from '../modules/access/access.service';
import type { User } from '../modules/users/user.entity';
import { createLoaders, type Loaders } from './loaders';
import { ClientService } from '../modules/clients/client.service';
import { TermsService } from '../modules/terms/terms.service';
import { CrmService } from '../modules/crm/crm.service';
import { NoteService } from '../modules/notes/note.service';
import { ContactService } from '../modules/contacts/contact.service';
import { ListService } from '../modules/lists/list.service';
import { ActivityService } from '../modules/activity/activity-query.service';
import { AddressService } from '../modules/addresses/address.service';
import type { GeocoderOptions } from '../modules/addresses/geocoder';
import { UserService } from '../modules/users/user.service';
import { SavedViewService } from '../modules/saved-views/saved-view.service';
import { WebhookService } from '../modules/webhooks/webhook.service';

/** The services of one data source; built once and shared by every request. */
export interface ServiceOptions {
  retentionDays?: number;
  /** Days a client's administrator has to answer a partner's invitation (7). */
  partnerInvitationDays?: number;
  /** Days a contact's set-password link works (7). */
  accessInvitationDays?: number;
  /** Where people reach the console, for links in emails. */
  publicUrl?: string;
  /** A Photon- or Addok-compatible geocoder for address suggestions; none: addresses on file only. */
  geocoder?: GeocoderOptions | null;
  /** What time it is for every service: the system clock, or a test's that it sets. */
  clock?: Clock;
  /** Whether webhook endpoints may be plain http or on a private network (development, tests). */
  webhooksAllowPrivateNetwork?: boolean;
}

export function createServices(dataSource: DataSource, options: ServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  const publicUrl = options.publicUrl ?? 'http://localhost:4000';
  const clients = new ClientService(dataSource, clock, options.retentionDays);
  const contacts = new ContactService(dataSource, clock);
  const access = new AccessService(dataSource, clock, publicUrl, options.accessInvitationDays);
  return {
    dataSource,
    clock,
    partners: new PartnerService(dataSource, clock, clients, contacts, access, options.partnerInvitationDays),
    partnerUsers: new PartnerUserService(dataSource, clock),
    auth: new AuthService(dataSource, clock, publicUrl),
    apiTokens: new ApiTokenService(dataSource, clock),
    access,
    clients,
    terms: new TermsService(dataSource, clock, clients),
    crm: new CrmService(dataSource, clock, clients),
    notes: new NoteService(dataSource, clock),
    contacts,
    lists: new ListService(dataSource, clock),
    activity: new ActivityService(dataSource),
    addresses: new AddressService(dataSource, clock, options.geocoder),
    users: new UserService(dataSource, clock, publicUrl),
    savedViews: new SavedViewService(dataSource, clock),
    webhooks: new WebhookService(dataSource, clock, options.webhooksAllowPrivateNetwork),
  };
}

export type Services = ReturnType<typeof createServices>;

/** What the HTTP layer lets resolvers do to the response. */
export interface HttpBridge {
  setSessionCookie(secret: string, expires: Date): void;
  clearSessionCookie(): void;
  /** The second cookie of an administrator acting as a contact; their own stays untouched. */
  setActingCookie(secret: string, expires: Date): void;
  clearActingCookie(): void;
}

/** What every resolver receives. */
export interface GraphQLContext {
  requestId: string;
  locale: Locale;
  actor: Actor;
  /** The signed-in staff user, if any. */
  user: User | null;
  /** The signed-in client contact, if any, and the clients they may see from here. */
  portal: PortalViewer | null;
  /** The signed-in partner user, if any, and their organisation. */
  partner: PartnerViewer | null;
  session: Session | null;
  /** Set when a program calls with an API token (acting with `user`'s rights). */
  apiToken: ApiToken | null;
  origin: RequestOrigin;
  http: HttpBridge | null;
  services: Services;
  loaders: Loaders;
}

export function callerOf(context: GraphQLContext): Caller {
  return { actor: context.actor, requestId: context.requestId };
}

/** A client contact, or an administrator acting as one: recorded as the contact, on behalf of the administrator. */
export function portalActor(portal: PortalViewer): Actor {
  return {
    type: ActorType.CONTACT,
    id: portal.account.id,
    name: `${portal.contact.firstName} ${portal.contact.lastName}`,
    onBehalfOf: portal.actingFor ? { type: ActorType.STAFF, id: portal.actingFor.id } : null,
  };
}

/** A program acting with its owner's rights: recorded as the token, on behalf of the owner. */
function tokenActor(token: ApiToken): Actor {
  return {
    type: ActorType.API_TOKEN,
    id: token.id,
    name: token.name,
    onBehalfOf: { type: token.ownerType, id: token.ownerId },
  };
}

export interface RequestIdentity {
  requestId: string;
  locale: Locale;
  user?: User | null;
  portal?: PortalViewer | null;
  partner?: PartnerViewer | null;
  session?: Session | null;
  apiToken?: ApiToken | null;
  /** Who acts when nobody is signed in (tests and jobs name theirs). */
  actor?: Actor;
  origin?: RequestOrigin;
  http?: HttpBridge | null;
}

export function createContext(services: Services, identity: RequestIdentity): GraphQLContext {
  const user = identity.user ?? null;
  const portal = identity.portal ?? null;
  const partner = identity.partner ?? null;
  const apiToken = identity.apiToken ?? null;
  return {
    requestId: identity.requestId,
    locale: identity.locale,
    user,
    portal,
    partner,
    session: identity.session ?? null,
    apiToken,
    actor: apiToken
      ? tokenActor(apiToken)
      : user
        ? staffActor(user)
        : portal
          ? portalActor(portal)
          : partner
            ? {
                type: ActorType.PARTNER,
                id: partner.user.id,
                name: `${partner.user.displayName} (${partner.partner.name})`,
              }
            : (identity.actor ?? ANONYMOUS_ACTOR),
    origin: identity.origin ?? { ip: null, userAgent: null },
    http: identity.http ?? null,
    services,
    loaders: createLoaders(services.dataSource),
  };
}
