import http from 'node:http';

/** Where the browser tests' geocoder listens (the app's `ADDRESS_SUGGEST_URL` points at it). */
export const geocoderPort = Number(
  process.env.E2E_GEOCODER_PORT ?? Number(process.env.E2E_PORT ?? 4010) + 16,
);

/**
 * Addresses the geocoder knows and the demo's files do not: a suggestion of
 * one of them can only have come through the geocoder.
 */
export const GEOCODED = [
  {
    housenumber: '1',
    street: 'Rue des Carrières',
    city: 'Québec',
    state: 'Québec',
    postcode: 'G1R 4P5',
    countrycode: 'CA',
  },
  {
    housenumber: '2020',
    street: 'Boulevard Robert-Bourassa',
    city: 'Montréal',
    state: 'Québec',
    postcode: 'H3A 2A5',
    countrycode: 'CA',
  },
  {
    housenumber: '8',
    street: 'Rue de Rivoli',
    city: 'Paris',
    state: 'Île-de-France',
    postcode: '75004',
    countrycode: 'FR',
  },
] as const;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A geocoder on loopback that speaks Photon's protocol (`/api?q=…&limit=…`
 * answered with a GeoJSON FeatureCollection): the same contract as a real
 * Photon, over a handful of addresses.
 */
export async function startGeocoder(port: number): Promise<() => Promise<void>> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api') {
      res.writeHead(404).end();
      return;
    }
    const words = fold(url.searchParams.get('q') ?? '')
      .split(' ')
      .filter(Boolean);
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const features = GEOCODED.filter((address) => {
      const text = fold(Object.values(address).join(' '));
      return words.length > 0 && words.every((word) => text.includes(word));
    })
      .slice(0, limit)
      .map((properties) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [0, 0] },
        properties: { osm_type: 'N', type: 'house', ...properties },
      }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ type: 'FeatureCollection', features }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}
