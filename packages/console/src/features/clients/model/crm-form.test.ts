import { toCrmValues, toUpdateCrmInput } from './crm-form';

const crm = {
  health: 'GOOD',
  tier: null,
  renewalDate: '2026-11-30',
  industryId: null,
  industry: null,
  accountOwnerId: 'u1',
  accountOwner: { id: 'u1', displayName: 'Marc Gagnon', email: 'marc@clientele.test' },
  salespeople: [{ id: 'u2', displayName: 'Sophie Tremblay', email: 'sophie@clientele.test' }],
  source: null,
} as never;

describe('CRM form', () => {
  it('edits the people by id, and sends only what changed', () => {
    const values = toCrmValues(crm);
    expect(values).toMatchObject({ health: 'GOOD', tier: '', accountOwnerId: 'u1', salespersonIds: ['u2'] });
    const next = { ...values, accountOwnerId: '', salespersonIds: ['u2', 'u3'] };
    expect(toUpdateCrmInput({ accountOwnerId: '', salespersonIds: next.salespersonIds }, next)).toEqual({
      accountOwnerId: null,
      salespersonIds: ['u2', 'u3'],
    });
    expect(toUpdateCrmInput({ tier: 'GOLD' as never }, { ...values, tier: 'GOLD' as never })).toEqual({
      tier: 'GOLD',
    });
  });
});
