import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { ConfigError, loadConfig } from './config';
import { buildGraphSchema } from './graphql/schema';
import { ingestFiles, openGraph } from './ingest';

const USAGE = `usage:
  newsgraph ingest <file or folder>...   ingest articles into DATABASE_URL
  newsgraph schema [file]                print the GraphQL schema (or write it to file)`;

async function ingest(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error(`ingest needs at least one file or folder\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const orm = await openGraph(config.databaseUrl, (line) => console.log(line));
  try {
    const outcomes = await ingestFiles(orm.em.fork(), paths, config.limits.maxArticleBytes, (o, index, total) => {
      const prefix = `[${index + 1}/${total}]`;
      if (o.status === 'failed') console.error(`${prefix} FAILED ${o.error}`);
      else if (o.status === 'unchanged') console.log(`${prefix} unchanged ${o.file} (already in the graph)`);
      else {
        const c = o.result.counts;
        console.log(`${prefix} ingested ${o.file}: ${c.entities} entities, ${c.mentions} mentions, ${c.statements} statements, ${c.roles} roles, ${c.relationships} relationships`);
      }
    });
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    const created = outcomes.filter((o) => o.status === 'created').length;
    console.log(`${outcomes.length} files: ${created} ingested, ${outcomes.length - created - failed} unchanged, ${failed} failed (database ${config.databaseUrl})`);
    return failed > 0 ? 1 : 0;
  } finally {
    await orm.close(true);
  }
}

async function schema(file: string | undefined): Promise<number> {
  const sdl = `${printSchema(await buildGraphSchema())}\n`;
  if (file) await writeFile(file, sdl);
  else process.stdout.write(sdl);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'ingest':
      return ingest(rest);
    case 'schema':
      return schema(rest[0]);
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? `configuration error: ${error.message}` : error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
