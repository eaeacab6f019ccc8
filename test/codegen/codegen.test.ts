import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('client generation from schema.graphql', () => {
  it('generates typed documents for the example operations, and they type-check', () => {
    rmSync('examples/gql', { recursive: true, force: true });
    const generated = run('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent']);
    expect(generated.output).not.toMatch(/error/i);
    expect(generated.status).toBe(0);
    const checked = run('npx', ['tsc', '--noEmit', '-p', 'examples/tsconfig.json']);
    expect(checked.output.trim().split('\n').filter((l) => l.includes('error TS'))).toEqual([]);
    expect(checked.status).toBe(0);
  });
});
