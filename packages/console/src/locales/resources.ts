import enClients from './en/clients.json';
import enCommon from './en/common.json';
import frClients from './fr/clients.json';
import frCommon from './fr/common.json';

/** Every translation ships in the bundle: the console never fetches text at run time. */
export const resources = {
  en: { common: enCommon, clients: enClients },
  fr: { common: frCommon, clients: frClients },
} as const;

export const namespaces = ['common', 'clients'] as const;
