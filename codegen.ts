import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * What a front-end team runs: typed documents for the operations under examples/, generated
 * from the committed schema.graphql. CODEGEN_OUT lets the test generate into a temp folder.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['examples/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? 'examples/gql/']: {
      preset: 'client',
      config: { enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
