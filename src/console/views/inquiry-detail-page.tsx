import type { AdminInquiryDto, InquiryEventDto } from '../../inquiries/admin-inquiry.dto.js';
import { INTEREST_LABELS } from '../../inquiries/inquiry-labels.js';
import { MESSAGE_MAX } from '../../inquiries/inquiry.dto.js';
import { DECLINE_REASONS, type InquiryStatus } from '../../inquiries/inquiry.types.js';
import { formatDateTime, type Lang } from '../../web/web-i18n.js';
import { CONSOLE_INQUIRIES_UI, type ConsoleInquiriesText } from '../console-inquiries-i18n.js';
import type { StaffOption } from './inquiry-board-page.js';

export type DetailFormName = 'transition' | 'decline' | 'assign' | 'note' | 'message';

/** A form of this page that was refused or previewed: what was typed and why it was refused. */
export interface DetailForm {
  name: DetailFormName;
  values: Record<string, string>;
  errors: Record<string, string>;
}

interface Props {
  lang: Lang;
  csrfToken: string;
  inquiry: AdminInquiryDto;
  staff: StaffOption[];
  notice?: string;
  form?: DetailForm;
  stale?: boolean;
  mailPreview?: { to: string; subject: string; text: string };
}

function TextArea(props: {
  form: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  required?: boolean;
  max?: number;
}) {
  const id = `${props.form}-${props.name}`;
  const described = [props.hint && `${id}-hint`, props.error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <textarea
        id={id}
        name={props.name}
        rows={4}
        maxLength={props.max ?? MESSAGE_MAX}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={described || undefined}
      >
        {props.value}
      </textarea>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

export function InquiryDetailPage(props: Props) {
  const { lang, inquiry } = props;
  const t = CONSOLE_INQUIRIES_UI[lang];
  const none: Omit<DetailForm, 'name'> = { values: {}, errors: {} };
  const typed = (name: DetailFormName) => (props.form?.name === name ? props.form : none);
  const hidden = (withVersion = true) => (
    <>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {withVersion && <input type="hidden" name="version" value={String(inquiry.version)} />}
    </>
  );
  const base = `/console/inquiries/${inquiry.reference}`;
  const title =
    (lang === 'ko'
      ? (inquiry.technology.titleKo ?? inquiry.technology.titleEn)
      : (inquiry.technology.titleEn ?? inquiry.technology.titleKo)) ??
    inquiry.technology.referenceCode;
  const forward = inquiry.allowedTransitions.filter((s) => s !== 'declined');
  const canDecline = inquiry.allowedTransitions.includes('declined');
  const errorCount = Object.keys(props.form?.errors ?? {}).length;
  const assign = typed('assign');
  const currentAssignee = assign.values.assignee ?? inquiry.assignee ?? '';
  const staff =
    inquiry.assignee && !props.staff.some((s) => s.value === inquiry.assignee)
      ? [...props.staff, { value: inquiry.assignee, label: inquiry.assignee }]
      : props.staff;
  return (
    <div class="inquiry-detail">
      <p>
        <a href="/console/inquiries">{t.backToBoard}</a>
      </p>
      <h1 id="inquiry-heading">
        {inquiry.reference}{' '}
        <span class={`pill status-${inquiry.status}`}>{t.status[inquiry.status]}</span>
      </h1>
      {props.notice && t.notices[props.notice] && (
        <p role="status" class="notice">
          {t.notices[props.notice]}
        </p>
      )}
      {props.stale && (
        <p role="alert" class="notice error">
          {t.stale}
        </p>
      )}
      {errorCount > 0 && (
        <p role="alert" class="notice error">
          {t.fixErrors}
        </p>
      )}
      <div class="inquiry-layout">
        <div>
          <section aria-labelledby="partner-heading">
            <h2 id="partner-heading">{t.partner}</h2>
            <dl class="facts">
              <dt>{t.listing}</dt>
              <dd>
                <a href={`/console/listings/${inquiry.technology.id}`}>{title}</a> (
                {inquiry.technology.referenceCode})
              </dd>
              <dt>{t.name}</dt>
              <dd>
                {inquiry.name}
                {inquiry.role && `, ${inquiry.role}`}
              </dd>
              <dt>{t.organization}</dt>
              <dd>
                {inquiry.organization} ({inquiry.country})
              </dd>
              <dt>{t.email}</dt>
              <dd>
                <a href={`mailto:${inquiry.email}`}>{inquiry.email}</a>
              </dd>
              {inquiry.phone && (
                <>
                  <dt>{t.phone}</dt>
                  <dd>{inquiry.phone}</dd>
                </>
              )}
              <dt>{t.interest}</dt>
              <dd>{INTEREST_LABELS[inquiry.interest][lang]}</dd>
              <dt>{t.language}</dt>
              <dd>{inquiry.language === 'ko' ? '한국어' : 'English'}</dd>
              {inquiry.source && (
                <>
                  <dt>{t.source}</dt>
                  <dd>
                    <code>{inquiry.source}</code>
                  </dd>
                </>
              )}
              <dt>{t.received}</dt>
              <dd>{formatDateTime(inquiry.createdAt, lang)}</dd>
              <dt>{t.firstResponse}</dt>
              <dd>
                {inquiry.firstResponseAt ? formatDateTime(inquiry.firstResponseAt, lang) : t.notYet}
              </dd>
            </dl>
            <h3>{t.theirMessage}</h3>
            <p class="message">{inquiry.message}</p>
          </section>
          <History lang={lang} t={t} events={inquiry.history} staff={props.staff} />
        </div>

        <div class="inquiry-actions">
          <section aria-labelledby="next-heading">
            <h2 id="next-heading">{t.nextSteps}</h2>
            {forward.length === 0 && !canDecline ? (
              <p class="muted">{t.closedNote}</p>
            ) : (
              <>
                {forward.length > 0 && (
                  <form method="post" action={`${base}/transition`}>
                    {hidden()}
                    <p class="hint">{t.nextHint}</p>
                    <TextArea
                      form="transition"
                      name="message"
                      label={t.messageOptional}
                      value={typed('transition').values.message ?? ''}
                      error={typed('transition').errors.message}
                    />
                    {forward.map((s: InquiryStatus) => (
                      <button type="submit" name="status" value={s} class="button">
                        {t.moveTo(t.status[s])}
                      </button>
                    ))}
                  </form>
                )}
                {canDecline && (
                  <details open={props.form?.name === 'decline'}>
                    <summary>{t.decline}</summary>
                    <form method="post" action={`${base}/transition`}>
                      {hidden()}
                      <input type="hidden" name="status" value="declined" />
                      <div
                        class={`field${typed('decline').errors.declineReason ? ' has-error' : ''}`}
                      >
                        <label for="decline-reason">{t.declineReason}</label>
                        <select
                          id="decline-reason"
                          name="declineReason"
                          required
                          aria-invalid={typed('decline').errors.declineReason ? 'true' : undefined}
                          aria-describedby={
                            typed('decline').errors.declineReason
                              ? 'decline-reason-error'
                              : undefined
                          }
                        >
                          <option value="">—</option>
                          {DECLINE_REASONS.map((r) => (
                            <option
                              value={r}
                              selected={typed('decline').values.declineReason === r}
                            >
                              {t.reasons[r]}
                            </option>
                          ))}
                        </select>
                        {typed('decline').errors.declineReason && (
                          <p class="error" id="decline-reason-error">
                            {typed('decline').errors.declineReason}
                          </p>
                        )}
                      </div>
                      <TextArea
                        form="decline"
                        name="declineNote"
                        label={t.declineNote}
                        max={2000}
                        value={typed('decline').values.declineNote ?? ''}
                        error={typed('decline').errors.declineNote}
                      />
                      <TextArea
                        form="decline"
                        name="message"
                        label={t.messageOptional}
                        value={typed('decline').values.message ?? ''}
                        error={typed('decline').errors.message}
                      />
                      <button type="submit" class="button danger">
                        {t.declineSubmit}
                      </button>
                    </form>
                  </details>
                )}
              </>
            )}
          </section>

          <section aria-labelledby="assign-heading">
            <h2 id="assign-heading">{t.assign}</h2>
            <form method="post" action={`${base}/assign`}>
              {hidden()}
              <div class={`field${assign.errors.assignee ? ' has-error' : ''}`}>
                <label for="assign-assignee">{t.assignee}</label>
                <select
                  id="assign-assignee"
                  name="assignee"
                  aria-describedby={assign.errors.assignee ? 'assign-assignee-error' : undefined}
                >
                  <option value="">{t.unassigned}</option>
                  {staff.map((s) => (
                    <option value={s.value} selected={currentAssignee === s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
                {assign.errors.assignee && (
                  <p class="error" id="assign-assignee-error">
                    {assign.errors.assignee}
                  </p>
                )}
              </div>
              <button type="submit">{t.assignSubmit}</button>
            </form>
          </section>

          <section aria-labelledby="write-heading">
            <h2 id="write-heading">{t.write}</h2>
            <form method="post" action={`${base}/messages`}>
              {hidden(false)}
              <TextArea
                form="message"
                name="body"
                label={t.write}
                hint={t.writeHint}
                required
                value={typed('message').values.body ?? ''}
                error={typed('message').errors.body}
              />
              <button type="submit" name="intent" value="preview">
                {t.preview}
              </button>{' '}
              <button type="submit" name="intent" value="send" class="button">
                {t.send}
              </button>
            </form>
            {props.mailPreview && (
              <section class="mail-preview" aria-labelledby="mail-preview-heading">
                <h3 id="mail-preview-heading">{t.mailPreview}</h3>
                <dl class="facts">
                  <dt>{t.mailTo}</dt>
                  <dd>{props.mailPreview.to}</dd>
                  <dt>{t.mailSubject}</dt>
                  <dd lang={inquiry.language}>{props.mailPreview.subject}</dd>
                </dl>
                <pre class="message" lang={inquiry.language}>
                  {props.mailPreview.text}
                </pre>
              </section>
            )}
          </section>

          <section aria-labelledby="note-heading">
            <h2 id="note-heading">{t.note}</h2>
            <form method="post" action={`${base}/notes`}>
              {hidden(false)}
              <TextArea
                form="note"
                name="body"
                label={t.note}
                hint={t.noteHint}
                required
                value={typed('note').values.body ?? ''}
                error={typed('note').errors.body}
              />
              <button type="submit">{t.noteSubmit}</button>
            </form>
          </section>
        </div>
      </div>
    </div>
  );
}

function History(props: {
  lang: Lang;
  t: ConsoleInquiriesText;
  events: InquiryEventDto[];
  staff: StaffOption[];
}) {
  const { lang, t } = props;
  const names = new Map(props.staff.map((s) => [s.value, s.label.replace(/ <.*>$/, '')]));
  const who = (value: string | null | undefined) =>
    value ? (names.get(value) ?? value) : t.unassigned;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t.history}</h2>
      <ol class="timeline">
        {[...props.events].reverse().map((e) => (
          <li class="entry">
            <p class="meta">
              <strong>{t.events[e.type]}</strong>
              {e.type === 'status_changed' && e.toStatus && (
                <>
                  : {e.fromStatus ? `${t.status[e.fromStatus]} → ` : ''}
                  {t.status[e.toStatus]}
                  {e.details.declineReason &&
                    ` (${t.reasons[e.details.declineReason as keyof typeof t.reasons] ?? e.details.declineReason})`}
                </>
              )}
              {e.type === 'assigned' && `: ${who(e.details.from)} → ${who(e.details.to)}`}
              {' · '}
              {e.actorName ?? t.by[e.actor] ?? e.actor} · {formatDateTime(e.at, lang)} ·{' '}
              {e.visibleToPartner ? t.visible : t.internal}
            </p>
            {e.body && <p class="message">{e.body}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
