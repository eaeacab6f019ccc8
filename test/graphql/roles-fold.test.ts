import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app';
import { gql, startTestApp, TEST_TOKEN } from '../helpers/app';

const ingest = (app: RunningApp, text: string) =>
  gql(app, `mutation ($t: String!) { ingestArticle(input: {text: $t}) { id } }`, { t: text }, { authorization: `Bearer ${TEST_TOKEN}` });

const rolesOf = async (app: RunningApp, name: string) => {
  const res = await gql(app, `query ($n: String!) { entity(name: $n) { ... on Person { roles { title organization { name } } } } }`, { n: name });
  expect(res.errors).toBeUndefined();
  return res.data!.entity.roles.map((r: { title: string; organization: { name: string } | null }) => [r.title, r.organization?.name ?? null]);
};

describe('Person.roles across articles', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ SEED_DIR: '' });
    await ingest(app, 'TROMSO, Norway — The ferry to the islands will resume on Monday.\n\n"We expect calm seas," said Maren Solberg, a spokeswoman, adding that tickets remain valid.');
  });
  afterAll(() => app.stop());

  it('keeps a title without organisation while no article gives one', async () => {
    expect(await rolesOf(app, 'Maren Solberg')).toEqual([['spokeswoman', null]]);
  });

  it('folds the title without organisation into the same title with one', async () => {
    await ingest(app, 'BERGEN, Norway — Nordhavn Ferries spokeswoman Maren Solberg said the new timetable would start in May.\n\n"The boats are ready," Solberg said.');
    await ingest(app, 'OSLO — Maren Solberg, chair of the Coastal Shipping Council, said fares would rise.');
    const roles = await rolesOf(app, 'Maren Solberg');
    expect(roles).toContainEqual(['spokeswoman', 'Nordhavn Ferries']);
    expect(roles).not.toContainEqual(['spokeswoman', null]);
    expect(roles).toContainEqual(['chair', 'Coastal Shipping Council']);
  });
});
