import { isEmail } from 'class-validator';
import { parseArgs } from 'node:util';
import { CLI_ACTOR } from '../accounts/audit-log.js';
import { StaffAccountsService } from '../accounts/staff-accounts.service.js';
import {
  STAFF_LANGUAGES,
  STAFF_ROLES,
  type StaffLanguage,
  type StaffRole,
} from '../accounts/staff-user.entity.js';
import { runCli } from './run-cli.js';

/**
 * `npm run user:create -- --email a@b --role admin [--name "…"] [--lang ko|en]`: invites a staff
 * user and prints the one-time link (72 h) to choose a password, for when mail is not set up
 * yet. Run again for someone still invited to get a fresh link (the earlier one stops working).
 */
const USAGE =
  'usage: npm run user:create -- --email <address> --role admin|curator [--name "Display Name"] [--lang ko|en]';

const { values: flags } = parseArgs({
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    lang: { type: 'string', default: 'ko' },
    help: { type: 'boolean', default: false },
  },
});
const email = flags.email?.trim().toLowerCase() ?? '';
const problems = [
  !isEmail(email) && '--email must be an e-mail address',
  !STAFF_ROLES.includes(flags.role as StaffRole) && '--role must be admin or curator',
  !STAFF_LANGUAGES.includes(flags.lang as StaffLanguage) && '--lang must be ko or en',
  flags.name !== undefined &&
    !(flags.name.trim().length >= 1 && flags.name.trim().length <= 100) &&
    '--name must be 1 to 100 characters',
].filter(Boolean);
if (flags.help || problems.length) {
  for (const problem of problems) if (!flags.help) console.error(problem);
  console.error(USAGE);
  process.exit(flags.help ? 0 : 2);
}

await runCli({ failure: 'user:create failed', meilisearch: false }, async ({ app }) => {
  const { user, link } = await app.get(StaffAccountsService).invite(
    {
      email,
      displayName: flags.name?.trim() || email.split('@')[0],
      role: flags.role as StaffRole,
      language: flags.lang as StaffLanguage,
    },
    { ...CLI_ACTOR, name: 'the command line' },
    'link',
  );
  console.log(
    `Invited ${user.email} as ${user.role}. Open this link within 72 hours to choose a password:`,
  );
  console.log(`  ${link}`);
});
