import type { DataSource } from 'typeorm';
import type { Locale } from '@clientele/shared';
import { ClientService } from '../modules/clients/client.service';

/** The services of one data source; built once and shared by every request. */
export interface Services {
  clients: ClientService;
}

export function createServices(dataSource: DataSource): Services {
  return { clients: new ClientService(dataSource) };
}

/** What every resolver receives. */
export interface GraphQLContext {
  requestId: string;
  locale: Locale;
  services: Services;
}
