import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` regenerates src/gql/ from the server's schema and the documents in
// src/operations.ts. The output is committed; `npm run check` fails when it is stale (it
// generates into the folder CODEGEN_OUT names and compares).
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? 'src/gql/']: {
      preset: 'client',
      presetConfig: {
        // Plain result types: a fragment's fields are visible where it is spread.
        fragmentMasking: false,
        // A manifest of the trusted documents (hash -> source), for an allow-list later.
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        // Documents are their source strings: no graphql runtime in the browser.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
