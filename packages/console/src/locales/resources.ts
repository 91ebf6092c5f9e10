import enActivity from './en/activity.json';
import enAuth from './en/auth.json';
import enClients from './en/clients.json';
import enCommon from './en/common.json';
import enContacts from './en/contacts.json';
import enFields from './en/fields.json';
import enNotes from './en/notes.json';
import frActivity from './fr/activity.json';
import frAuth from './fr/auth.json';
import frClients from './fr/clients.json';
import frCommon from './fr/common.json';
import frContacts from './fr/contacts.json';
import frFields from './fr/fields.json';
import frNotes from './fr/notes.json';

/** Every translation ships in the bundle: the console never fetches text at run time. */
export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    clients: enClients,
    fields: enFields,
    notes: enNotes,
    contacts: enContacts,
    activity: enActivity,
  },
  fr: {
    common: frCommon,
    auth: frAuth,
    clients: frClients,
    fields: frFields,
    notes: frNotes,
    contacts: frContacts,
    activity: frActivity,
  },
} as const;

export const namespaces = ['common', 'auth', 'clients', 'fields', 'notes', 'contacts', 'activity'] as const;
