import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../runtime/project-root.js';
import { pendingSchemaChanges, runMigrations } from '../database/migrate.js';

/**
 * `npm run migration:generate -- <Name>`: applies the existing migrations to the database, then
 * writes what the entities still need as a new migration file to review and add to
 * migrations/index.ts. It never changes the schema itself.
 */
const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const { runDatabaseCli } = await import('./run-cli.js');
await runDatabaseCli({ failure: 'migration:generate failed' }, async (databaseUrl) => {
  await runMigrations(databaseUrl);
  const { up, down } = await pendingSchemaChanges(databaseUrl);
  if (up.length === 0) {
    console.log('The schema matches the entities; no migration needed.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const q = (sql: string) => `    await queryRunner.query(${JSON.stringify(sql)});`;
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
  }
}
`;
  const file = path.join(projectRoot(), 'migrations', `${timestamp}-${name}.ts`);
  await writeFile(file, body);
  console.log(
    `Wrote ${path.relative(projectRoot(), file)}: review it, then add ${className} to migrations/index.ts.`,
  );
});
