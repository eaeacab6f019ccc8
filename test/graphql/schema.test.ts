import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildGraphSchema } from '../../src/graphql/schema';

describe('schema.graphql', () => {
  it('is what the code-first schema prints (run `npm run schema` after changing types)', async () => {
    const emitted = `${printSchema(await buildGraphSchema())}\n`;
    expect(readFileSync('schema.graphql', 'utf8')).toBe(emitted);
  });

  it('describes every type, field and argument', async () => {
    const schema = await buildGraphSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
