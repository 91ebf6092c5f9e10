import { describeEachDialect } from '../../../test/db';
import { TestClient } from '../../../test/graphql';
import { DEMO_CLIENTS, DEMO_PARTNER_CLIENTS } from './demo-data';
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
    } finally {
      await api.stop();
    }
  });
});
