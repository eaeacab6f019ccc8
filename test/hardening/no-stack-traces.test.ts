import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp } from '../helpers/app';

describe('no stack trace reaches a client, also outside production (the default `npm start`)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ SEED_DIR: '' });
  });
  afterAll(() => app.stop());

  it('refuses an unknown field with 400 and a code, without a stack trace', async () => {
    const res = await gql(app, '{ search(query: "x", first: 2) { totalCount } }');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules|\.js:\d+/);
  });

  it('refuses a malformed query the same way', async () => {
    const res = await gql(app, '{ articles { ');
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules|\.js:\d+/);
  });
});
