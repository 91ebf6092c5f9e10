import type { DataSource } from 'typeorm';
import type { Locale } from '@clientele/shared';
import type { Actor, Caller } from './actor';
import { createLoaders, type Loaders } from './loaders';
import { ClientService } from '../modules/clients/client.service';
import { TermsService } from '../modules/terms/terms.service';
import { CrmService } from '../modules/crm/crm.service';
import { NoteService } from '../modules/notes/note.service';
import { ContactService } from '../modules/contacts/contact.service';
import { ListService } from '../modules/lists/list.service';
import { ActivityService } from '../modules/activity/activity-query.service';

/** The services of one data source; built once and shared by every request. */
export function createServices(dataSource: DataSource, options: { retentionDays?: number } = {}) {
  const clients = new ClientService(dataSource, options.retentionDays);
  return {
    dataSource,
    clients,
    terms: new TermsService(dataSource, clients),
    crm: new CrmService(dataSource, clients),
    notes: new NoteService(dataSource),
    contacts: new ContactService(dataSource),
    lists: new ListService(dataSource),
    activity: new ActivityService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;

/** What every resolver receives. */
export interface GraphQLContext {
  requestId: string;
  locale: Locale;
  actor: Actor;
  services: Services;
  loaders: Loaders;
}

export function callerOf(context: GraphQLContext): Caller {
  return { actor: context.actor, requestId: context.requestId };
}

export function createContext(
  services: Services,
  scope: { requestId: string; locale: Locale; actor: Actor },
): GraphQLContext {
  return { ...scope, services, loaders: createLoaders(services.dataSource) };
}
