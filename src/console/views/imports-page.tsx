import type { Page } from '../../common/pagination/page-query.dto.js';
import type { ImportJob } from '../../imports/import-job.entity.js';
import { formatDateTime, type Lang } from '../../web/web-i18n.js';
import { CONSOLE_ADMIN_UI } from '../console-admin-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { Pager } from './pager.js';

export interface UploadForm {
  dryRun: boolean;
  publish: boolean;
  errors: Record<string, string>;
}

function JobStatus({ lang, job }: { lang: Lang; job: ImportJob }) {
  const t = CONSOLE_ADMIN_UI[lang].imports;
  return (
    <>
      {t.statuses[job.status] ?? job.status}
      {job.dryRun && <span class="muted"> ({t.dryRunLabel})</span>}
    </>
  );
}

export function ImportsPage(props: {
  lang: Lang;
  csrfToken: string;
  jobs: Page<ImportJob>;
  form: UploadForm;
}) {
  const { lang, jobs, form } = props;
  const t = CONSOLE_ADMIN_UI[lang].imports;
  const fileError = form.errors.file;
  return (
    <div class="console-imports">
      <p>
        <a href="/console">{CONSOLE_UI[lang].home.title}</a>
      </p>
      <h1 id="imports-heading">{t.title}</h1>
      <p class="hint">{t.intro}</p>
      <form
        method="post"
        action="/console/imports"
        encType="multipart/form-data"
        class="account-page"
      >
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div class={`field${fileError ? ' has-error' : ''}`}>
          <label for="import-file">{t.file}</label>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".csv,.json,text/csv,application/json"
            required
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? 'import-file-error' : undefined}
          />
          {fileError && (
            <p class="error" id="import-file-error">
              {fileError}
            </p>
          )}
        </div>
        <label class="check">
          <input type="checkbox" name="dryRun" value="yes" checked={form.dryRun} /> {t.dryRun}
        </label>
        <label class="check">
          <input type="checkbox" name="publish" value="yes" checked={form.publish} /> {t.publish}
        </label>
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>

      <h2 id="recent-heading">{t.recent}</h2>
      {jobs.total === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="recent-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.fileName}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.rows}</th>
                <th scope="col">{t.created}</th>
                <th scope="col">{t.updated}</th>
                <th scope="col">{t.failed}</th>
                <th scope="col">{t.started}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.items.map((job) => (
                <tr>
                  <td>
                    <a href={`/console/imports/${job.id}`}>{job.fileName}</a>
                  </td>
                  <td>
                    <JobStatus lang={lang} job={job} />
                  </td>
                  <td>{job.totalRows}</td>
                  <td>{job.created}</td>
                  <td>{job.updated}</td>
                  <td>{job.failedRows}</td>
                  <td>{formatDateTime(job.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        lang={lang}
        page={jobs.page}
        perPage={jobs.perPage}
        total={jobs.total}
        href={(p) => `/console/imports?page=${p}`}
      />
    </div>
  );
}

export function ImportJobPage(props: {
  lang: Lang;
  csrfToken: string;
  job: ImportJob;
  canApply: boolean;
  refreshing: boolean;
}) {
  const { lang, job } = props;
  const t = CONSOLE_ADMIN_UI[lang].imports;
  const done = job.status === 'succeeded';
  return (
    <div class="console-import-job">
      <p>
        <a href="/console/imports">{t.back}</a>
      </p>
      <h1>{t.jobTitle(job.fileName)}</h1>
      <p role="status" aria-live="polite">
        <strong>
          <JobStatus lang={lang} job={job} />
        </strong>{' '}
        · {t.progress(job.processedRows, job.totalRows)}
      </p>
      <progress max={Math.max(job.totalRows, 1)} value={job.processedRows} aria-label={t.rows}>
        {job.processedRows} / {job.totalRows}
      </progress>
      {props.refreshing && <p class="hint">{t.refreshing}</p>}
      {job.failure && job.status === 'failed' && (
        <p class="notice error" role="alert">
          {t.failure} {job.failure}
        </p>
      )}
      {done && job.dryRun && <p class="notice">{t.dryRunDone}</p>}
      <h2>{done && job.dryRun ? t.wouldBe : t.rows}</h2>
      <dl class="facts counts">
        <dt>{t.created}</dt>
        <dd>{job.created}</dd>
        <dt>{t.updated}</dt>
        <dd>{job.updated}</dd>
        <dt>{t.unchanged}</dt>
        <dd>{job.unchanged}</dd>
        <dt>{t.published}</dt>
        <dd>{job.published}</dd>
        <dt>{t.failed}</dt>
        <dd>{job.failedRows}</dd>
      </dl>
      {job.failedRows > 0 && (
        <p>
          <a href={`/console/imports/${job.id}/errors`} download>
            {t.errors}
          </a>
        </p>
      )}
      {done &&
        job.dryRun &&
        (props.canApply ? (
          <form method="post" action={`/console/imports/${job.id}/apply`}>
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <button type="submit" class="button">
              {t.apply}
            </button>
          </form>
        ) : (
          <p class="muted">{t.applied}</p>
        ))}
    </div>
  );
}
