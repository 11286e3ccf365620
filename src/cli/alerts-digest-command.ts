import { AlertDigests } from '../alerts/alert-digests.js';
import { runCli } from './run-cli.js';

/**
 * `npm run alerts:digest`: sends the saved-search digests that are due now (what the app's
 * scheduler does every ten minutes), e.g. from cron when the app runs with OUTBOX_RELAY=false.
 * The mails go through the outbox: the running app's relay sends them.
 */
await runCli({ failure: 'Alert digests failed' }, async ({ app }) => {
  const run = await app
    .get(AlertDigests)
    .runDue(new Date(), (progress) =>
      console.log(`… ${progress.alerts} alerts looked at, ${progress.mails} digests queued`),
    );
  console.log(
    `Alert digests: ${run.alerts} due, ${run.mails} digests queued, ${run.deferred} held back until the index has caught up.`,
  );
});
