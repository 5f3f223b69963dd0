import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation in src/graphql, generated from the CMS schema dump (cms/schema.graphql).
// Regenerate with `npm run codegen -w web`; `npm test` fails when the committed output is stale.
const config: CodegenConfig = {
  schema: '../cms/schema.graphql',
  documents: ['src/graphql/**/*.graphql'],
  generates: {
    'src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        useTypeImports: true,
        skipTypename: true,
        onlyOperationTypes: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown', I18NLocaleCode: 'string', Long: 'number', Upload: 'unknown' },
      },
    },
  },
  hooks: {},
};

export default config;
