import { type DataSource } from 'typeorm';
import {
  ActivityAction,
  ErrorCode,
  FieldErrorCode,
  PaymentTerms,
  checkDateRange,
  normalizeBusinessNumber,
  normalizeDecimal,
  normalizeEmail,
  type FieldError,
} from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, badUserInput, fieldError } from '../../app/errors';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import type { ClientService } from '../clients/client.service';
import { ClientTerms } from './client-terms.entity';
import type { UpdateClientTermsInput } from './terms.input';
import { inTransaction } from '../../app/transaction';

const TERMS_FIELDS = [
  'paymentTerms',
  'paymentTermsDays',
  'billingCurrency',
  'creditLimit',
  'creditHold',
  'creditHoldReason',
  'discountPercent',
  'taxExempt',
  'taxExemptNumber',
  'gstHstNumber',
  'qstNumber',
  'vatNumber',
  'invoiceDelivery',
  'billingEmail',
  'priceList',
  'contractStart',
  'contractEnd',
] as const satisfies readonly (keyof ClientTerms)[];

const text = (value: string | null | undefined) => (value ? value.trim() || null : null);

/** The values to write, normalized: amounts at a fixed scale, numbers without spaces. */
function normalizeTerms(input: UpdateClientTermsInput): Partial<ClientTerms> {
  const values: Partial<ClientTerms> = {};
  for (const field of TERMS_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    (values as Record<string, unknown>)[field] = typeof value === 'string' ? text(value) : value;
  }
  if (values.creditLimit) values.creditLimit = normalizeDecimal(values.creditLimit, 2);
  if (values.discountPercent) values.discountPercent = normalizeDecimal(values.discountPercent, 2);
  if (values.billingCurrency) values.billingCurrency = values.billingCurrency.toUpperCase();
  if (values.billingEmail) values.billingEmail = normalizeEmail(values.billingEmail);
  for (const field of ['gstHstNumber', 'qstNumber', 'vatNumber'] as const) {
    if (values[field]) values[field] = normalizeBusinessNumber(values[field] as string);
  }
  return values;
}

/** The rules between fields of the tab, on the terms as they would become. */
function checkTerms(next: ClientTerms): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: keyof ClientTerms) => {
    if (next[field] === null || next[field] === undefined)
      errors.push(fieldError(`input.${field}`, FieldErrorCode.REQUIRED));
  };
  if (next.paymentTerms === PaymentTerms.CUSTOM) need('paymentTermsDays');
  if (next.creditHold) need('creditHoldReason');
  if (next.taxExempt) need('taxExemptNumber');
  const range = checkDateRange(next.contractStart, next.contractEnd);
  if (range) errors.push(fieldError('input.contractEnd', range.code, range.params));
  return errors;
}

export class TermsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly clients: ClientService,
  ) {}

  async update(input: UpdateClientTermsInput, caller: Caller): Promise<ClientTerms> {
    const values = normalizeTerms(input);
    return inTransaction(this.dataSource, async (manager) => {
      const client = await this.clients.getById(input.clientId, manager);
      await this.clients.assertVersion(manager, client, input.version);
      if (client.deletedAt) throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'DELETED' } });
      const current = await manager.findOneByOrFail(ClientTerms, { clientId: client.id });
      const next = { ...current, ...values } as ClientTerms;
      // Fields that no longer apply are cleared rather than kept out of sight.
      if (next.paymentTerms !== PaymentTerms.CUSTOM) next.paymentTermsDays = null;
      if (!next.creditHold) next.creditHoldReason = null;
      if (!next.taxExempt) next.taxExemptNumber = null;
      const errors = checkTerms(next);
      if (errors.length) throw badUserInput(errors);

      const changes = fieldChanges(
        current as unknown as Record<string, unknown>,
        next as unknown as Record<string, unknown>,
        TERMS_FIELDS,
        'terms.',
      );
      if (changes.length === 0) return current;
      const now = this.clock.now();
      await this.clients.bumpVersion(manager, client, {}, now);
      const { client: _client, ...row } = next;
      await manager.update(ClientTerms, { clientId: client.id }, row);
      await recordActivity(manager, caller, {
        at: now,
        clientId: client.id,
        entityType: 'ClientTerms',
        entityId: client.id,
        action: ActivityAction.UPDATED,
        changes,
        clientVersion: client.version + 1,
      });
      return manager.findOneByOrFail(ClientTerms, { clientId: client.id });
    });
  }
}
