/**
 * Imported first by the entry point: the process runs as production unless
 * told otherwise (`pnpm dev` says development). graphql-js reads this once, as
 * it loads, to skip its development-only checks on every value it resolves;
 * Express and its neighbours read it too.
 */
process.env.NODE_ENV ??= 'production';

export {};
