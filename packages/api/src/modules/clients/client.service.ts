import { randomUUID } from 'node:crypto';
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  ClientOrderField,
  FieldErrorCode,
  SortDirection,
  foldText,
  formatClientCode,
  normalizeClientCode,
} from '@clientele/shared';
import { decodeCursor, encodeCursor, pageSize, type Connection, type CursorKey } from '../../app/connection';
import { badUserInput, fieldError, notFound } from '../../app/errors';
import { nextCounterValue } from '../counters/counter.service';
import { normalizeAddress } from './address';
import { Client } from './client.entity';
import type { ClientFilter, ClientOrder, CreateClientInput } from './client.input';

const CLIENT_CODE_COUNTER = 'client_code';

/** The column behind each order field, and how its cursor value round-trips. */
const ORDER_COLUMNS: Record<
  ClientOrderField,
  { column: 'nameKey' | 'code' | 'createdAt' | 'updatedAt'; isDate: boolean }
> = {
  NAME: { column: 'nameKey', isDate: false },
  CODE: { column: 'code', isDate: false },
  CREATED_AT: { column: 'createdAt', isDate: true },
  UPDATED_AT: { column: 'updatedAt', isDate: true },
};

export interface ClientListArgs {
  first?: number | null;
  after?: string | null;
  filter?: ClientFilter | null;
  orderBy?: ClientOrder | null;
}

/**
 * Escapes LIKE wildcards so a search for `50%` finds "50%", not everything.
 * `!` is the escape character: a backslash is read differently by MySQL and SQLite.
 */
function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export class ClientService {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<Client | null> {
    return this.dataSource.getRepository(Client).findOneBy({ id });
  }

  async getById(id: string): Promise<Client> {
    const client = await this.findById(id);
    if (!client) throw notFound();
    return client;
  }

  async list(args: ClientListArgs): Promise<Connection<Client>> {
    const first = pageSize(args.first);
    const order = args.orderBy ?? { field: ClientOrderField.NAME, direction: SortDirection.ASC };
    const { column, isDate } = ORDER_COLUMNS[order.field];
    const direction = order.direction === SortDirection.DESC ? 'DESC' : 'ASC';

    const filtered = this.filteredQuery(args.filter);
    const totalCount = await filtered.clone().getCount();

    const page = filtered.clone().orderBy(`c.${column}`, direction).addOrderBy('c.id', direction);
    if (args.after) {
      const key = decodeCursor(args.after);
      const value = isDate ? new Date(String(key.value)) : key.value;
      const op = direction === 'ASC' ? '>' : '<';
      page.andWhere(
        new Brackets((qb) => {
          qb.where(`c.${column} ${op} :cursorValue`, { cursorValue: value }).orWhere(
            new Brackets((tie) => {
              tie
                .where(`c.${column} = :cursorValue`, { cursorValue: value })
                .andWhere(`c.id ${op} :cursorId`, { cursorId: key.id });
            }),
          );
        }),
      );
    }
    // Ids first, straight off the sort index, then the rows by id: MariaDB's
    // optimizer otherwise sorts the whole table for `SELECT *` (see `pnpm bench`).
    // One more id than asked tells whether another page follows.
    const ids = (
      await page
        .select('c.id', 'id')
        .limit(first + 1)
        .getRawMany<{ id: string }>()
    ).map((r) => r.id);
    const byId = new Map(
      (ids.length ? await this.dataSource.getRepository(Client).findBy({ id: In(ids) }) : []).map((c) => [
        c.id,
        c,
      ]),
    );
    const rows = ids.flatMap((id) => byId.get(id) ?? []);
    const nodes = rows.slice(0, first);
    const cursorOf = (client: Client): string => {
      const raw = client[column] as unknown;
      const value: CursorKey['value'] = raw instanceof Date ? raw.toISOString() : (raw as string);
      return encodeCursor({ value, id: client.id });
    };
    const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: ids.length > first,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private filteredQuery(filter: ClientFilter | null | undefined): SelectQueryBuilder<Client> {
    const qb = this.dataSource.getRepository(Client).createQueryBuilder('c');
    const words = foldText(filter?.search ?? '')
      .split(' ')
      .filter(Boolean);
    words.forEach((word, index) => {
      const name = `search${index}`;
      qb.andWhere(
        new Brackets((any) => {
          any
            .where(`c.nameKey LIKE :${name} ESCAPE '!'`, { [name]: likePattern(word) })
            .orWhere(`LOWER(c.code) LIKE :${name} ESCAPE '!'`, { [name]: likePattern(word) });
        }),
      );
    });
    return qb;
  }

  async create(input: CreateClientInput): Promise<Client> {
    return this.dataSource.transaction(async (manager) => {
      const nameKey = foldText(input.name);
      const code = input.code ? normalizeClientCode(input.code) : await this.nextFreeCode(manager);
      const taken = [];
      if (input.code && (await manager.existsBy(Client, { code }))) {
        taken.push(fieldError('input.code', FieldErrorCode.ALREADY_TAKEN, { value: code }));
      }
      if (await manager.existsBy(Client, { nameKey })) {
        taken.push(fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: input.name.trim() }));
      }
      if (taken.length) throw badUserInput(taken);

      const now = new Date();
      const client = manager.create(Client, {
        id: randomUUID(),
        code,
        name: input.name.trim().replace(/\s+/g, ' '),
        nameKey,
        kind: input.kind,
        status: input.status,
        lifecycle: input.lifecycle,
        billingAddress: normalizeAddress(input.billingAddress),
        createdAt: now,
        updatedAt: now,
      });
      try {
        return await manager.save(client);
      } catch (error) {
        // A concurrent create took the code between our check and our insert.
        if (isUniqueViolation(error)) {
          throw badUserInput([fieldError('input.code', FieldErrorCode.ALREADY_TAKEN, { value: code })]);
        }
        throw error;
      }
    });
  }

  /** The next generated code that nobody chose by hand in the meantime. */
  private async nextFreeCode(manager: EntityManager): Promise<string> {
    for (;;) {
      const code = formatClientCode(await nextCounterValue(manager, CLIENT_CODE_COUNTER));
      if (!(await manager.existsBy(Client, { code }))) return code;
    }
  }
}

export function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ??
    (error as { code?: string })?.code;
  return (
    code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
