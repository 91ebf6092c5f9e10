import { describeEachDialect } from '../../../test/db';
import { TestClient } from '../../../test/graphql';
import { AccessRole, AccessStatus } from '@clientele/shared';
import { AccessGrant } from '../../modules/access/access-grant.entity';
import { PortalAccount } from '../../modules/access/portal-account.entity';
import { DEMO_BOOKKEEPER, DEMO_CLIENTS, DEMO_PARTNER_CLIENTS } from './demo-data';
import { seedDemoData } from './demo.seed';

describeEachDialect('the demo seed', (db) => {
  it('fills every tab of every demo client, once', async () => {
    expect(await seedDemoData(db().dataSource)).toBe(true);
    expect(await seedDemoData(db().dataSource)).toBe(false);

    const api = await TestClient.create(db().dataSource);
    try {
      const result = await api.run<any>(`{
        clients(first: 100) { totalCount edges { node {
          name code billingAddress { city postalCode country } businessNumbers { scheme }
          terms { paymentTerms } crm { health tier industry { name } accountOwner { displayName } }
          noteCount contactCount primaryContact { contact { email } }
          activity(first: 1) { totalCount }
        } } }
        accountGroups { name } industries { name } branches { name city }
      }`);
      expect(result.errors).toBeUndefined();
      const { clients, accountGroups, industries, branches } = result.data;
      expect(clients.totalCount).toBe(DEMO_CLIENTS.length + DEMO_PARTNER_CLIENTS.length);
      const partnerStatuses = await api.run<any>(
        `{ clients(first: 100, filter: { search: "laurentides tremblant" }) { edges { node { name } } } }`,
      );
      expect(partnerStatuses.errors).toBeUndefined();
      const invitations = await api.run<any>(
        `{ clients(first: 100) { edges { node { name partnerInvitation { status } } } } }`,
      );
      const statuses = invitations.data.clients.edges
        .map((e: any) => e.node.partnerInvitation?.status)
        .filter(Boolean)
        .sort();
      expect(statuses).toEqual(['ACCEPTED', 'PENDING']);
      for (const { node } of clients.edges) {
        expect(node.billingAddress.postalCode).toBeTruthy();
        expect(node.crm).toMatchObject({
          health: expect.any(String),
          tier: expect.any(String),
          industry: { name: expect.any(String) },
          accountOwner: { displayName: expect.any(String) },
        });
        expect(node.noteCount).toBeGreaterThan(0);
        expect(node.contactCount).toBeGreaterThan(0);
        expect(node.primaryContact.contact.email).toMatch(/@/);
        expect(node.activity.totalCount).toBeGreaterThan(3);
      }
      expect(clients.edges.map((e: any) => e.node.name)).toEqual(
        expect.arrayContaining(['Hervé David Rénovations', 'Boulangerie Saint-Honoré', 'Mireille Couture']),
      );
      expect(clients.edges.some((e: any) => e.node.billingAddress.country === 'FR')).toBe(true);
      expect(accountGroups.length).toBeGreaterThan(0);
      expect(industries.length).toBeGreaterThan(0);
      expect(branches[0]).toMatchObject({ city: expect.any(String) });

      // The bookkeeper signs in once and may choose between two companies, as a client user at each.
      const bookkeeper = await db()
        .dataSource.getRepository(PortalAccount)
        .findOneByOrFail({ email: DEMO_BOOKKEEPER.email });
      expect(bookkeeper.passwordHash).toBeTruthy();
      const grants = await db()
        .dataSource.getRepository(AccessGrant)
        .findBy({ accountId: bookkeeper.id, status: AccessStatus.ACTIVE });
      expect(grants.map((grant) => grant.role)).toEqual([AccessRole.CLIENT_USER, AccessRole.CLIENT_USER]);
      expect(new Set(grants.map((grant) => grant.clientId)).size).toBe(2);
    } finally {
      await api.stop();
    }
  });
});
