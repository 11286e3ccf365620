import cliProgress from 'cli-progress';
import { SearchReindexer } from '../search/search-reindexer.js';
import { runCli } from './run-cli.js';

/**
 * `npm run reindex`: rebuilds the search index from Postgres (DATABASE_URL/MEILI_URL, or the
 * embedded servers under DATA_DIR when the app is not running) with a progress bar.
 */
await runCli({ failure: 'Reindex failed' }, async ({ app }) => {
  const bar = new cliProgress.SingleBar(
    {
      format: 'Reindex |{bar}| {value}/{total} listings | {percentage}% | ETA {eta}s',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  try {
    const report = await app.get(SearchReindexer).reindex((done, total) => {
      if (done === 0) bar.start(total, 0);
      else bar.update(done);
    });
    bar.stop();
    console.log(
      `Index "${report.index}" rebuilt: ${report.indexed} listings in ${report.durationMs} ms; ${report.replayed} changed meanwhile and re-queued.`,
    );
  } finally {
    bar.stop();
  }
});
