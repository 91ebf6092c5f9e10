import type { Request, RequestHandler } from 'express';
import { In } from 'typeorm';
import {
  ErrorCode,
  accountTierLabels,
  checkClientListView,
  clientKindLabels,
  clientListColumnLabels,
  clientStatusLabels,
  errorCodeMessages,
  fieldErrorMessage,
  healthStatusLabels,
  lifecycleLabels,
  partnerInvitationStatusLabels,
  type PartnerInvitationStatus,
  type ClientListColumn,
  type ClientListView,
  type Locale,
} from '@clientele/shared';
import {
  Audience,
  PARTNER_CARD_FIELDS,
  PARTNER_FIELDS,
  assertAudience,
  partnerReadsFileWith,
} from '../../app/authorization';
import { createContext, type GraphQLContext, type Services } from '../../app/context';
import { AppError } from '../../app/errors';
import { identify } from '../../app/http-session';
import { logger } from '../../app/logger';
import { currentScope } from '../../app/request-context';
import { ClientCrm } from '../crm/client-crm.entity';
import type { PartnerInvitation } from '../partners/partner-invitation.entity';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { ClientTag } from './client-tag.entity';
import type { Client } from './client.entity';
import type { ClientFilter, ClientOrder } from './client.input';

/** Rows read per round trip: the API's largest page. */
const BATCH = 100;

/**
 * A cell as a spreadsheet will not run it: text that starts like a formula
 * (= + - @, or a tab or carriage return that some programs strip first) gets
 * a leading apostrophe (OWASP's advice against CSV injection); then quoted
 * when it holds a separator, a quote or a line break.
 */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: (string | null | undefined)[]): string =>
  `${cells.map(csvCell).join(',')}\r\n`;

/** What each row needs beyond the client itself, fetched once per batch. */
interface Extras {
  crm: Map<string, ClientCrm>;
  owners: Map<string, string>;
  tags: Map<string, string[]>;
  partners: Map<string, string>;
  invitations: Map<string, PartnerInvitation>;
}

/**
 * The field of a client each column shows: a partner's export leaves a cell
 * empty where its `clients` query would read null (the file of a client that
 * has not accepted it) or refuse (a field off its list).
 */
const COLUMN_FIELDS: Record<ClientListColumn, string> = {
  code: 'code',
  name: 'name',
  kind: 'kind',
  status: 'status',
  lifecycle: 'lifecycle',
  email: 'email',
  phone: 'phone',
  city: 'city',
  country: 'billingAddress',
  tier: 'crm',
  health: 'crm',
  renewalDate: 'crm',
  accountOwner: 'crm',
  tags: 'tags',
  partner: 'partner',
  invitation: 'partnerInvitation',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
};

async function extrasOf(
  services: Services,
  clients: Client[],
  columns: ClientListColumn[],
  /** A partner's export: each client's latest invitation decides what of its file it reads. */
  forPartner: boolean,
): Promise<Extras> {
  const ids = clients.map((c) => c.id);
  const repo = (entity: Parameters<typeof services.dataSource.getRepository>[0]) =>
    services.dataSource.getRepository(entity);
  const needsCrm = columns.some((c) => ['tier', 'health', 'renewalDate', 'accountOwner'].includes(c));
  const crmRows = needsCrm && ids.length ? await repo(ClientCrm).findBy({ clientId: In(ids) }) : [];
  const crm = new Map((crmRows as ClientCrm[]).map((row) => [row.clientId, row]));
  const ownerIds = [
    ...new Set([...crm.values()].map((row) => row.accountOwnerId).filter(Boolean)),
  ] as string[];
  const ownerRows =
    columns.includes('accountOwner') && ownerIds.length ? await repo(User).findBy({ id: In(ownerIds) }) : [];
  const owners = new Map((ownerRows as User[]).map((u) => [u.id, u.displayName]));
  const tagRows =
    columns.includes('tags') && ids.length
      ? ((await repo(ClientTag).find({ where: { clientId: In(ids) }, order: { tag: 'ASC' } })) as ClientTag[])
      : [];
  const tags = new Map<string, string[]>();
  for (const row of tagRows) tags.set(row.clientId, [...(tags.get(row.clientId) ?? []), row.tag]);
  const partnerIds = columns.includes('partner')
    ? ([...new Set(clients.map((c) => c.partnerId).filter(Boolean))] as string[])
    : [];
  const partnerRows = partnerIds.length
    ? ((await repo(Partner).findBy({ id: In(partnerIds) })) as Partner[])
    : [];
  const partners = new Map(partnerRows.map((p) => [p.id, p.name]));
  const invitations =
    forPartner || columns.includes('invitation')
      ? await services.partners.latestInvitations(ids)
      : new Map<string, PartnerInvitation>();
  return { crm, owners, tags, partners, invitations };
}

const countryNames = new Map<Locale, Intl.DisplayNames>();
function countryName(code: string | null, locale: Locale): string {
  if (!code) return '';
  let names = countryNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale === 'fr' ? 'fr-CA' : 'en-CA'], { type: 'region' });
    countryNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A client's row, as the caller reads the list: a partner's cells empty where its query reads null. */
function rowOf(client: Client, columns: ClientListColumn[], extras: Extras, context: GraphQLContext): string {
  const readsFile =
    !context.partner || partnerReadsFileWith(context, client, extras.invitations.get(client.id) ?? null);
  // Fail closed: a column whose field is neither the card's nor (accepted) the file's is left empty.
  const shown = (field: string) =>
    !context.partner || PARTNER_CARD_FIELDS.has(field) || (readsFile && PARTNER_FIELDS.Client!.has(field));
  return csvLine(
    columns.map((column) =>
      shown(COLUMN_FIELDS[column]) ? cellOf(client, column, extras, context.locale) : '',
    ),
  );
}

/** One cell, as the list shows it, in the caller's language; instants in ISO 8601 (UTC). */
function cellOf(client: Client, column: ClientListColumn, extras: Extras, locale: Locale): string {
  const crm = extras.crm.get(client.id);
  switch (column) {
    case 'code':
      return client.code;
    case 'name':
      return client.name;
    case 'kind':
      return clientKindLabels[locale][client.kind] ?? client.kind;
    case 'status':
      return clientStatusLabels[locale][client.status] ?? client.status;
    case 'lifecycle':
      return lifecycleLabels[locale][client.lifecycle] ?? client.lifecycle;
    case 'email':
      return client.email ?? '';
    case 'phone':
      return client.phone ?? '';
    case 'city':
      return client.billingAddress?.city ?? '';
    case 'country':
      return countryName(client.billingAddress?.country ?? null, locale);
    case 'tier':
      return crm?.tier ? accountTierLabels[locale][crm.tier] : '';
    case 'health':
      return crm?.health ? healthStatusLabels[locale][crm.health] : '';
    case 'renewalDate':
      return crm?.renewalDate ?? '';
    case 'accountOwner':
      return crm?.accountOwnerId ? (extras.owners.get(crm.accountOwnerId) ?? '') : '';
    case 'tags':
      return (extras.tags.get(client.id) ?? []).join('; ');
    case 'partner':
      return client.partnerId ? (extras.partners.get(client.partnerId) ?? '') : '';
    case 'invitation': {
      const status = extras.invitations.get(client.id)?.status as PartnerInvitationStatus | undefined;
      return status ? partnerInvitationStatusLabels[locale][status] : '';
    }
    case 'createdAt':
      return client.createdAt.toISOString();
    case 'updatedAt':
      return client.updatedAt.toISOString();
  }
}

/** The view to export, from `?view=<JSON>`; the same check a saved view passes. */
function readView(req: Request, locale: Locale): { view: ClientListView } | { error: object } {
  let raw: unknown = {};
  try {
    raw = typeof req.query.view === 'string' ? JSON.parse(req.query.view) : {};
  } catch {
    raw = null;
  }
  const { view, issues } = checkClientListView(raw);
  if (view) return { view };
  return {
    error: {
      code: ErrorCode.BAD_USER_INPUT,
      message: errorCodeMessages[locale].BAD_USER_INPUT,
      fields: issues.map((found) => ({
        path: found.path ? `view.${found.path}` : 'view',
        code: found.code,
        message: fieldErrorMessage(locale, found.code, found.params),
      })),
    },
  };
}

/**
 * `GET /exports/clients.csv?view=…`: every client the view matches, not one
 * page, in the view's order and columns, as the people allowed to read the
 * list read it (the console's session cookie, or a bearer token or API
 * token): staff every client; a partner its own, listed and searched by name
 * as its `clients` query is, each row with what that query would read of it
 * (the card of a client that has not accepted it, the rest empty). Streamed batch by batch through the very
 * filter and keyset code of the `clients` query, UTF-8 with a byte-order
 * mark so spreadsheet programs read accents right, headings in the caller's
 * language (`?lang=`, or Accept-Language).
 */
export function clientExportHandler(services: Services): RequestHandler {
  return async (req, res) => {
    const scope = currentScope();
    const locale: Locale =
      req.query.lang === 'fr' || req.query.lang === 'en' ? req.query.lang : (scope?.locale ?? 'en');
    res.setHeader('Cache-Control', 'no-store');
    const identity = await identify(services, req);
    const context = createContext(services, {
      ...identity,
      requestId: scope?.requestId ?? 'export',
      locale,
    });
    try {
      // The `clients` query's audience: staff, and partners for their own clients.
      assertAudience(context, Audience.CLIENT_READ);
    } catch (error) {
      const code = error instanceof AppError ? error.code : ErrorCode.FORBIDDEN;
      res
        .status(code === ErrorCode.UNAUTHENTICATED ? 401 : 403)
        .json({ code, message: errorCodeMessages[locale][code] });
      return;
    }
    const read = readView(req, locale);
    if ('error' in read) {
      res.status(400).json(read.error);
      return;
    }
    const { view } = read;
    const filter = { ...view.filter, search: view.search || null, deleted: false } as ClientFilter;
    const orderBy = view.sort as ClientOrder;
    const stamp = services.clock.now().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="clients-${stamp}.csv"`);
    const write = (text: string) =>
      res.write(text) ? Promise.resolve() : new Promise<void>((resolve) => res.once('drain', resolve));
    try {
      await write(`\uFEFF${csvLine(view.columns.map((c) => clientListColumnLabels[locale][c]))}`);
      let after: string | null = null;
      for (;;) {
        const page = await services.clients.list(
          { first: BATCH, after, filter, orderBy },
          context.partner?.partner.id,
        );
        const clients = page.edges.map((edge) => edge.node);
        const extras = await extrasOf(services, clients, view.columns, Boolean(context.partner));
        await write(clients.map((client) => rowOf(client, view.columns, extras, context)).join(''));
        if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || res.destroyed) break;
        after = page.pageInfo.endCursor;
      }
      res.end();
    } catch (error) {
      // Headers are gone: all we can do is cut the file short, so it is not taken for whole.
      logger.error({ err: error }, 'client export failed');
      res.destroy(error as Error);
    }
  };
}
