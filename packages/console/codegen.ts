import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The console's types come from the API's printed contract, never by hand:
 * a renamed field breaks `typecheck` here instead of a screen in production.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // String unions, not TypeScript enums: the generated files stay valid under
        // `isolatedModules`, and the shared package's enums remain the one runtime source.
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', ID: 'string' },
        defaultScalarType: 'unknown',
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
