import { pendingChanges } from './conflict-changes';

describe('pendingChanges', () => {
  const base = {
    phone: '+1 514 555 0100',
    website: '',
    billingAddress: { line1: '1 rue du Test', city: 'Montréal' },
    domains: ['a.example'],
    parentId: null as { id: string; code: string; name: string } | null,
    accountGroupIds: [] as { id: string; name: string }[],
    creditHold: false,
  };

  it('keeps only the fields both sides changed, written as the log writes them', () => {
    const draft = {
      ...base,
      phone: '418 555 0199',
      billingAddress: { line1: '2 rue du Test', city: 'Montréal' },
      domains: ['a.example', 'b.example'],
      creditHold: true,
    };
    const { values } = pendingChanges(
      ['phone', 'website', 'billingAddress.city', 'billingAddress.line1', 'domains.1', 'terms.creditHold'],
      base,
      draft,
    );
    expect([...values]).toEqual([
      ['phone', '418 555 0199'],
      ['billingAddress.line1', '2 rue du Test'],
      ['domains.1', 'a.example, b.example'],
      ['terms.creditHold', 'true'],
    ]);
  });

  it('writes references by id and keeps their names aside; an emptied field is empty', () => {
    const draft = {
      ...base,
      phone: '  ',
      parentId: { id: 'c1', code: 'TREM-01', name: 'Tremblay inc.' },
      accountGroupIds: [
        { id: 'g1', name: 'Key accounts' },
        { id: 'g2', name: 'France' },
      ],
    };
    const { values, names } = pendingChanges(['phone', 'parentId', 'accountGroupIds'], base, draft);
    expect([...values]).toEqual([
      ['phone', null],
      ['parentId', 'c1'],
      ['accountGroupIds', 'g1, g2'],
    ]);
    expect([...names]).toEqual([
      ['c1', 'Tremblay inc.'],
      ['g1', 'Key accounts'],
      ['g2', 'France'],
    ]);
  });
});
