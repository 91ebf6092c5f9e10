import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from './vite-graphql-documents';

const fromHere = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname);

// The API (port 4000 in development) serves /graphql and the health checks.
const api = process.env.CLIENTELE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  // Documents by name, so each ships with the route that uses it (see vite-graphql-documents.ts).
  plugins: [graphqlDocuments(fromHere('./src/gql/graphql.ts')), react()],
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${fromHere('./src')}/` },
      // Compiled from source, so a change in shared shows up without rebuilding it.
      { find: /^@clientele\/shared$/, replacement: fromHere('../shared/src/index.ts') },
    ],
  },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/readyz': api,
      '/exports': api,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Routes are lazy (see app/router.tsx): the grid and the forms load with the page that needs them.
    // The list's chunk is mostly MUI's DataGrid (about 600 kB, 180 kB gzipped) and cannot shrink further.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries every screen loads, in chunks of their own: they change far less often than the app,
          // so browsers keep them cached across releases. MUI stays split by route, so the grid stays lazy.
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
});
