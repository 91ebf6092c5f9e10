import { In, type DataSource } from 'typeorm';
import { ActivityAction, ErrorCode, FieldErrorCode, type FieldError } from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, badUserInput, fieldError } from '../../app/errors';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import type { ClientService } from '../clients/client.service';
import { Industry } from '../lists/industry.entity';
import { User } from '../users/user.entity';
import { ClientCrm, ClientSalesperson } from './client-crm.entity';
import type { UpdateClientCrmInput } from './crm.input';
import { inTransaction } from '../../app/transaction';

const CRM_FIELDS = ['health', 'tier', 'renewalDate', 'industryId', 'accountOwnerId', 'source'] as const;

export class CrmService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly clients: ClientService,
  ) {}

  async update(input: UpdateClientCrmInput, caller: Caller): Promise<ClientCrm> {
    return inTransaction(this.dataSource, async (manager) => {
      const client = await this.clients.getById(input.clientId, manager);
      await this.clients.assertVersion(manager, client, input.version);
      if (client.deletedAt) throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'DELETED' } });
      const current = await manager.findOneByOrFail(ClientCrm, { clientId: client.id });
      const values: Partial<ClientCrm> = {};
      for (const field of CRM_FIELDS) {
        if (input[field] !== undefined) (values as Record<string, unknown>)[field] = input[field] || null;
      }

      const errors: FieldError[] = [];
      if (values.industryId && !(await manager.existsBy(Industry, { id: values.industryId }))) {
        errors.push(fieldError('input.industryId', FieldErrorCode.INVALID_REFERENCE));
      }
      if (values.accountOwnerId && !(await manager.existsBy(User, { id: values.accountOwnerId }))) {
        errors.push(fieldError('input.accountOwnerId', FieldErrorCode.INVALID_REFERENCE));
      }
      const salespersonIds =
        input.salespersonIds === undefined ? undefined : [...new Set(input.salespersonIds ?? [])];
      if (salespersonIds?.length) {
        const known = new Set((await manager.findBy(User, { id: In(salespersonIds) })).map((u) => u.id));
        salespersonIds.forEach((id, i) => {
          if (!known.has(id))
            errors.push(fieldError(`input.salespersonIds.${i}`, FieldErrorCode.INVALID_REFERENCE));
        });
      }
      if (errors.length) throw badUserInput(errors);

      const before = {
        ...current,
        salespersonIds: (await manager.findBy(ClientSalesperson, { clientId: client.id }))
          .map((s) => s.userId)
          .sort(),
      };
      const after = {
        ...before,
        ...values,
        ...(salespersonIds ? { salespersonIds: [...salespersonIds].sort() } : {}),
      };
      const changes = fieldChanges(
        before as unknown as Record<string, unknown>,
        after as unknown as Record<string, unknown>,
        [...CRM_FIELDS, 'salespersonIds'],
        'crm.',
      );
      if (changes.length === 0) return current;

      const now = this.clock.now();
      await this.clients.bumpVersion(manager, client, {}, now);
      if (Object.keys(values).length) await manager.update(ClientCrm, { clientId: client.id }, values);
      if (salespersonIds) {
        await manager.delete(ClientSalesperson, { clientId: client.id });
        if (salespersonIds.length) {
          await manager.insert(
            ClientSalesperson,
            salespersonIds.map((userId) => ({ clientId: client.id, userId })),
          );
        }
      }
      await recordActivity(manager, caller, {
        at: now,
        clientId: client.id,
        entityType: 'ClientCrm',
        entityId: client.id,
        action: ActivityAction.UPDATED,
        changes,
        clientVersion: client.version + 1,
      });
      return manager.findOneByOrFail(ClientCrm, { clientId: client.id });
    });
  }
}
