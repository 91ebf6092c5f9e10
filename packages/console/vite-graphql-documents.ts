import fs from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Each `graphql(`…`)` call becomes, in place, the document codegen generated
 * for it in `src/gql/graphql.ts` (`query ClientsPage` → `ClientsPageDocument`,
 * `fragment ClientCard` → `ClientCardFragmentDoc`): its parsed tree, as JSON.
 *
 * Without it, `graphql()` looks its text up in one map of every document of
 * the console, so the first screen downloads the queries of every screen; and
 * importing them by name from that one module would still ship them together,
 * since a bundler never splits a module. In place, a document ships in the
 * chunk of the route that uses it. Codegen's Babel plugin does much the same;
 * the console builds without Babel.
 */
export function graphqlDocuments(generatedFile: string): Plugin {
  const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  const IMPORT = /^import \{ graphql \} from '@\/gql';$/m;
  const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+(\w+)/;

  const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;
  const generatedDocuments = () =>
    new Map([...fs.readFileSync(generatedFile, 'utf8').matchAll(GENERATED)].map((m) => [m[1], m[2]]));

  return {
    name: 'clientele:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !IMPORT.test(code)) return null;
      const documents = generatedDocuments();
      const transformed = code.replace(IMPORT, '').replace(CALL, (call: string, text: string) => {
        const definition = DEFINITION.exec(text);
        if (!definition) this.error(`a graphql() document without a named operation or fragment in ${id}`);
        const [, kind, name] = definition;
        const constant = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const document = documents.get(constant);
        if (!document)
          this.error(`${constant} is not in ${generatedFile}: run pnpm codegen (document of ${id})`);
        // As many lines as the call had, so the lines of what follows still map to the source.
        return `(${document})` + '\n'.repeat(call.split('\n').length - 1);
      });
      if (/\bgraphql\(\s*`/.test(transformed)) {
        this.error(
          `a graphql() call this plugin cannot read in ${id} (the document must be one template literal)`,
        );
      }
      return { code: transformed, map: null };
    },
  };
}
