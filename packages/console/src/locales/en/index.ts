import access from './access.json';
import account from './account.json';
import activity from './activity.json';
import apiTokens from './apiTokens.json';
import admin from './admin.json';
import auth from './auth.json';
import clients from './clients.json';
import common from './common.json';
import contacts from './contacts.json';
import fields from './fields.json';
import notes from './notes.json';
import partners from './partners.json';
import portal from './portal.json';
import webhooks from './webhooks.json';

/**
 * Every text of the console in English, one namespace per feature. A language's
 * texts load as one chunk, and only the language in use is part of a page's first load.
 */
export const en = {
  common,
  auth,
  clients,
  fields,
  notes,
  contacts,
  activity,
  admin,
  access,
  portal,
  partners,
  webhooks,
  apiTokens,
  account,
} as const;
