import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// esbuild (vitest's default transform) cannot emit decorator metadata, which
// type-graphql and MikroORM read; SWC can.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
    }),
  ],
  // type-graphql requires graphql's CommonJS build; tests must import the same copy, or
  // graphql-js refuses types "from another module or realm".
  resolve: { alias: { graphql: require.resolve('graphql/index.js') } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
