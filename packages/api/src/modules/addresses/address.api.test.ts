import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentityProvider, PartnerInvitationStatus } from '@clientele/shared';
import { SYSTEM_ACTOR } from '../../app/actor';
import { systemClock } from '../../app/clock';
import { createServices } from '../../app/context';
import { TestClock } from '../../../test/clock';
import { describeEachDialect } from '../../../test/db';
import { TestClient } from '../../../test/graphql';
import type { PartnerViewer } from '../auth/auth.service';
import { PartnerInvitation } from '../partners/partner-invitation.entity';
import { AddressService } from './address.service';

const SUGGEST = `query($q: String!, $country: String) {
  addressSuggestions(query: $q, country: $country) { line1 city region postalCode country source }
}`;
const LOOKUP = `query($code: String!, $country: String) {
  postalCodeLookup(postalCode: $code, country: $country) { postalCode city region country source }
}`;

/** A geocoder on loopback: answers each request with `answer(url)`, after `delayMs`. */
async function fakeGeocoder(answer: (url: URL) => { status?: number; body: unknown }, delayMs = 0) {
  const seen: URL[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push(url);
    const timer = setTimeout(() => {
      const { status = 200, body } = answer(url);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    }, delayMs);
    res.on('close', () => clearTimeout(timer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    base: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const feature = (properties: Record<string, unknown>) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties,
});

describeEachDialect('address suggestions and postal codes', (db) => {
  let api: TestClient;
  const stop: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    api = await TestClient.create(db().dataSource);
  });
  afterAll(async () => {
    await Promise.all(stop.map((s) => s()));
    await api.stop();
  });

  const client = async (name: string, billingAddress: Record<string, string>) => {
    const result = await api.run<any>(
      `mutation($i: CreateClientInput!) { createClient(input: $i) { client { id } } }`,
      { i: { name, billingAddress } },
    );
    expect(result.errors).toBeUndefined();
    return result.data.createClient.client.id as string;
  };

  it('suggests billing addresses on file matching every word typed, once each, most used first', async () => {
    const street = `rue des Érables ${Date.now().toString(36)}`;
    const address = {
      line1: `12, ${street}`,
      city: 'Gatineau',
      region: 'QC',
      postalCode: 'J8Y 3R5',
      country: 'CA',
    };
    await client(`Érables A ${street}`, address);
    await client(`Érables B ${street}`, address);
    await client(`Érables C ${street}`, { ...address, line1: `40, ${street}`, postalCode: 'J8Y 3R6' });
    await client(`Érables D ${street}`, {
      ...address,
      line1: `7 ${street}`,
      city: 'Lyon',
      region: '',
      postalCode: '69001',
      country: 'FR',
    });

    const found = await api.run<any>(SUGGEST, { q: `${street.slice(9)} gatineau`, country: 'CA' });
    expect(found.errors).toBeUndefined();
    expect(found.data.addressSuggestions).toEqual([
      { ...address, source: 'KNOWN' },
      { ...address, line1: `40, ${street}`, postalCode: 'J8Y 3R6', source: 'KNOWN' },
    ]);
    // Wildcards typed are text, not patterns; two characters are too few to suggest anything.
    expect((await api.run<any>(SUGGEST, { q: '%%%' })).data.addressSuggestions).toEqual([]);
    expect((await api.run<any>(SUGGEST, { q: 'ru' })).data.addressSuggestions).toEqual([]);
  });

  it('refuses a country that is not one, under its argument, in the caller’s language', async () => {
    const refused = await api.run<any>(SUGGEST, { q: 'rue Principale', country: 'Canada' }, { locale: 'fr' });
    expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({
        path: 'country',
        code: 'INVALID_FORMAT',
        message: expect.stringMatching(/format/i),
      }),
    ]);
  });

  it('offers a partner the addresses and postal codes of its own clients that accepted it only', async () => {
    const services = createServices(db().dataSource);
    const caller = { actor: SYSTEM_ACTOR, requestId: null };
    const stamp = Date.now().toString(36);
    const organisation = await services.partners.createPartner(
      { name: `Adresses ${stamp}`, certifications: [] },
      caller,
    );
    const user = await services.partners.createUser(
      {
        partnerId: organisation.id,
        email: `adresses-${stamp}@partenaire.test`,
        displayName: 'P',
        password: 'une phrase de passe partenaire',
      },
      caller,
    );
    const partner: PartnerViewer = { user, partner: organisation };
    const plan = await services.partners.createPlan({ code: `ADR-${stamp}`, name: 'Adresses' }, caller);
    const street = `chemin du Lac ${stamp}`;
    const partnerClient = (name: string, line1: string, postalCode: string) =>
      services.partners.createClient(
        organisation,
        {
          name,
          address: { line1, city: 'Magog', region: 'QC', postalCode, country: 'CA' },
          admin: { firstName: 'A', lastName: 'B', email: `${name.replace(/\W/g, '')}@client.test` },
          planId: plan.id,
          identityProvider: IdentityProvider.CLIENTELE,
          notificationsEnabled: false,
        },
        caller,
      );
    const accepted = await partnerClient(`Lac ${stamp}`, `1 ${street}`, 'J1X 1A1');
    // Its administrator accepted the partner (the portal's answer, written as it leaves it).
    await db()
      .dataSource.getRepository(PartnerInvitation)
      .update(
        { clientId: accepted.id },
        { status: PartnerInvitationStatus.ACCEPTED, respondedAt: new Date() },
      );
    // Still pending: its address may have changed since the partner typed it, and is not the partner's to read.
    await partnerClient(`Lac attente ${stamp}`, `3 ${street}`, 'J1X 1A3');
    await client(`Lac staff ${stamp}`, {
      line1: `2 ${street}`,
      city: 'Magog',
      region: 'QC',
      postalCode: 'J1X 1A2',
      country: 'CA',
    });

    const asPartner = await api.run<any>(SUGGEST, { q: street }, { as: null, partner });
    expect(asPartner.errors).toBeUndefined();
    expect(asPartner.data.addressSuggestions.map((a: any) => a.line1)).toEqual([`1 ${street}`]);
    const asStaff = await api.run<any>(SUGGEST, { q: street });
    expect(asStaff.data.addressSuggestions.map((a: any) => a.line1).sort()).toEqual([
      `1 ${street}`,
      `2 ${street}`,
      `3 ${street}`,
    ]);

    // Postal codes alike: a city for another's code would say someone on file lives there.
    const lookup = async (code: string) =>
      (await api.run<any>(LOOKUP, { code, country: 'CA' }, { as: null, partner })).data.postalCodeLookup;
    expect(await lookup('J1X 1A1')).toMatchObject({ city: 'Magog', source: 'KNOWN' });
    expect(await lookup('J1X 1A2')).toBeNull();
    expect(await lookup('J1X 1A3')).toBeNull();
    expect(
      (await api.run<any>(LOOKUP, { code: 'J1X 1A2', country: 'CA' })).data.postalCodeLookup,
    ).toMatchObject({ city: 'Magog' });
  });

  it('gives the city and province a known postal code is written with, whatever its spacing', async () => {
    const stamp = Date.now().toString(36);
    await client(`Code postal ${stamp}`, {
      line1: '3 rue X',
      city: 'Rimouski',
      region: 'QC',
      postalCode: 'G5L 9Z9',
      country: 'CA',
    });
    const found = await api.run<any>(LOOKUP, { code: 'g5l9z9', country: 'CA' });
    expect(found.data.postalCodeLookup).toEqual({
      postalCode: 'G5L 9Z9',
      city: 'Rimouski',
      region: 'QC',
      country: 'CA',
      source: 'KNOWN',
    });
    expect((await api.run<any>(LOOKUP, { code: 'G5L 0A0', country: 'CA' })).data.postalCodeLookup).toBeNull();
    const refused = await api.run<any>(LOOKUP, { code: '75001', country: 'CA' });
    expect(refused.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ path: 'postalCode', code: 'INVALID_FORMAT' }),
    ]);
  });

  it('merges a Photon geocoder’s answers after the addresses on file, without duplicates', async () => {
    const stamp = Date.now().toString(36);
    const street = `Rue Saint-Paul ${stamp}`;
    await client(`Photon ${stamp}`, {
      line1: `455, ${street}`,
      city: 'Québec',
      region: 'QC',
      postalCode: 'G1K 3W3',
      country: 'CA',
    });
    const photon = await fakeGeocoder((url) => ({
      body: {
        type: 'FeatureCollection',
        features: url.searchParams.get('q')!.startsWith('G1K')
          ? [
              feature({
                postcode: url.searchParams.get('q'),
                city: 'Québec',
                state: 'Québec',
                countrycode: 'CA',
              }),
            ]
          : [
              // The one on file, written without the comma: the same address.
              feature({
                housenumber: '455',
                street,
                city: 'Québec',
                state: 'Québec',
                postcode: 'G1K 3W3',
                countrycode: 'CA',
              }),
              feature({
                housenumber: '460',
                street,
                city: 'Québec',
                state: 'Quebec',
                postcode: 'g1k3w4',
                countrycode: 'ca',
              }),
              feature({
                housenumber: '1',
                street,
                city: 'Paris',
                state: 'Île-de-France',
                postcode: '75004',
                countrycode: 'FR',
              }),
              // A place with no street is no address to fill a form with.
              feature({ name: 'Québec', type: 'city', countrycode: 'CA' }),
            ],
      },
    }));
    stop.push(photon.stop);
    const service = new AddressService(db().dataSource, systemClock, {
      url: `${photon.base}/api`,
      timeoutMs: 2000,
    });

    expect(await service.suggest(street, 'CA', 8)).toEqual([
      {
        line1: `455, ${street}`,
        city: 'Québec',
        region: 'QC',
        postalCode: 'G1K 3W3',
        country: 'CA',
        source: 'KNOWN',
      },
      {
        line1: `460 ${street}`,
        city: 'Québec',
        region: 'QC',
        postalCode: 'G1K 3W4',
        country: 'CA',
        source: 'GEOCODER',
      },
    ]);
    expect(photon.seen[0]!.pathname).toBe('/api');
    expect(photon.seen[0]!.searchParams.get('q')).toBe(street);
    // A postal code nobody on file has: the geocoder knows where it is.
    expect(await service.lookupPostalCode('g1k 3w3', 'CA')).toMatchObject({
      city: 'Québec',
      region: 'QC',
      source: 'KNOWN',
    });
    expect(await service.lookupPostalCode('g1k1a1', 'CA')).toEqual({
      postalCode: 'G1K 1A1',
      city: 'Québec',
      region: 'QC',
      country: 'CA',
      source: 'GEOCODER',
    });
  });

  it('reads an Addok geocoder (France: the region is the last part of the context)', async () => {
    const addok = await fakeGeocoder(() => ({
      body: {
        type: 'FeatureCollection',
        features: [
          feature({
            label: '8 Boulevard du Port 80000 Amiens',
            housenumber: '8',
            street: 'Boulevard du Port',
            name: '8 Boulevard du Port',
            postcode: '80000',
            city: 'Amiens',
            context: '80, Somme, Hauts-de-France',
            type: 'housenumber',
          }),
        ],
      },
    }));
    stop.push(addok.stop);
    const service = new AddressService(db().dataSource, systemClock, {
      url: `${addok.base}/search/`,
      timeoutMs: 2000,
    });
    expect(await service.suggest('8 bd du port amiens', null, 5)).toEqual([
      {
        line1: '8 Boulevard du Port',
        city: 'Amiens',
        region: 'Hauts-de-France',
        postalCode: '80000',
        country: 'FR',
        source: 'GEOCODER',
      },
    ]);
    expect(await service.suggest('8 bd du port amiens', 'CA', 5)).toEqual([]);
    expect(await service.lookupPostalCode('80000', 'FR')).toEqual({
      postalCode: '80000',
      city: 'Amiens',
      region: 'Hauts-de-France',
      country: 'FR',
      source: 'GEOCODER',
    });
    expect(addok.seen[0]!.pathname).toBe('/search/');
  });

  it('answers from the addresses on file when the geocoder is slow, failing or gone, and leaves it alone a while', async () => {
    const stamp = Date.now().toString(36);
    const street = `avenue du Repli ${stamp}`;
    await client(`Repli ${stamp}`, {
      line1: `9 ${street}`,
      city: 'Laval',
      region: 'QC',
      postalCode: 'H7N 1A1',
      country: 'CA',
    });
    const known = [
      {
        line1: `9 ${street}`,
        city: 'Laval',
        region: 'QC',
        postalCode: 'H7N 1A1',
        country: 'CA',
        source: 'KNOWN',
      },
    ];

    // A geocoder that would add an address of its own, but answers long after the 200 ms a person
    // typing is given: the suggestions must come from the file alone, and not wait for it.
    const late = await fakeGeocoder(
      () => ({
        body: {
          type: 'FeatureCollection',
          features: [
            feature({
              housenumber: '11',
              street,
              city: 'Laval',
              state: 'Québec',
              postcode: 'H7N 1A2',
              countrycode: 'CA',
            }),
          ],
        },
      }),
      20_000,
    );
    stop.push(late.stop);
    // Asks are counted where they are made: whether one reaches the server before it is given up
    // on depends on how busy the machine is, that it was made does not.
    const fetches = jest.spyOn(globalThis, 'fetch');
    const asked = () => fetches.mock.calls.filter(([url]) => String(url).startsWith(late.base)).length;
    // The back-off is timed on this clock: moved on by the test, not waited for.
    const clock = new TestClock();
    const lateService = new AddressService(db().dataSource, clock, {
      url: `${late.base}/api`,
      timeoutMs: 200,
    });
    try {
      expect(await lateService.suggest(street, 'CA', 8)).toEqual(known);
      expect(asked()).toBe(1);
      // Backing off for 30 seconds: the next keystrokes neither ask it nor wait for it.
      expect(await lateService.suggest(street, 'CA', 8)).toEqual(known);
      clock.advance(29_000);
      expect(await lateService.suggest(street, 'CA', 8)).toEqual(known);
      expect(asked()).toBe(1);
      // Once the back-off has passed, it is asked again (and, still too late, left out again).
      clock.advance(1_000);
      expect(await lateService.suggest(street, 'CA', 8)).toEqual(known);
      expect(asked()).toBe(2);
    } finally {
      fetches.mockRestore();
    }

    const failing = await fakeGeocoder(() => ({ status: 502, body: { error: 'bad gateway' } }));
    stop.push(failing.stop);
    const failingService = new AddressService(db().dataSource, systemClock, {
      url: `${failing.base}/api`,
      timeoutMs: 1000,
    });
    expect(await failingService.suggest(street, 'CA', 8)).toEqual(known);

    const nonsense = await fakeGeocoder(() => ({ body: { hello: 'world' } }));
    stop.push(nonsense.stop);
    const nonsenseService = new AddressService(db().dataSource, systemClock, {
      url: `${nonsense.base}/api`,
      timeoutMs: 1000,
    });
    expect(await nonsenseService.suggest(street, 'CA', 8)).toEqual(known);

    const gone = await fakeGeocoder(() => ({ body: {} }));
    await gone.stop();
    const goneService = new AddressService(db().dataSource, systemClock, {
      url: `${gone.base}/api`,
      timeoutMs: 1000,
    });
    expect(await goneService.suggest(street, 'CA', 8)).toEqual(known);
    expect(await goneService.lookupPostalCode('H7N 9Z9', 'CA')).toBeNull();
  });
});
