import type { PartnerInquiryDto } from '../../inquiries/inquiry.dto.js';
import { INTEREST_LABELS, STATUS_LABELS } from '../../inquiries/inquiry-labels.js';
import { MESSAGE_MAX } from '../../inquiries/inquiry.dto.js';
import { formatDate, formatDateTime, type Lang, UI } from '../web-i18n.js';
import { pick } from './listing-card.js';

/** What just happened, shown as a banner above the status. */
export type StatusNotice = 'sent' | 'message-sent' | 'withdrawn';

export interface InquiryStatusPageProps {
  lang: Lang;
  inquiry: PartnerInquiryDto;
  token: string;
  /** This page's absolute address (the partner's private link), shown after sending. */
  statusUrl: string;
  notice: StatusNotice | null;
  errors: { message?: string; withdraw?: string };
  values: { message?: string; withdrawNote?: string };
}

export function InquiryStatusPage(props: InquiryStatusPageProps) {
  const { lang, inquiry, token, errors, values } = props;
  const t = UI[lang].status;
  const listingTitle = pick(lang, inquiry.technology.titleKo, inquiry.technology.titleEn);
  const base = `/${lang}/inquiries/${inquiry.reference}`;
  return (
    <>
      {props.notice === 'sent' && (
        <div class="banner success" role="status">
          <h1>{t.sentTitle}</h1>
          <p>{t.sent}</p>
          <p>
            <strong>{t.yourLink}:</strong>{' '}
            <a href={props.statusUrl} class="break">
              {props.statusUrl}
            </a>
          </p>
        </div>
      )}
      {props.notice === 'message-sent' && (
        <p class="banner success" role="status">
          {t.messageSent}
        </p>
      )}
      {props.notice === 'withdrawn' && (
        <p class="banner success" role="status">
          {t.withdrawn}
        </p>
      )}
      {props.notice === 'sent' ? (
        <h2>{t.title(inquiry.reference)}</h2>
      ) : (
        <h1>{t.title(inquiry.reference)}</h1>
      )}
      <dl class="status-facts">
        <dt>{t.about}</dt>
        <dd>
          <a href={`/${lang}/technologies/${inquiry.technology.slug}`} lang={listingTitle?.lang}>
            {listingTitle?.value ?? inquiry.technology.referenceCode}
          </a>
        </dd>
        <dt>{t.status}</dt>
        <dd>
          <span class={`status status-${inquiry.status}`}>{inquiry.statusLabel[lang]}</span>
        </dd>
        {inquiry.declineReasonLabel && (
          <>
            <dt>{t.reason}</dt>
            <dd>{inquiry.declineReasonLabel[lang]}</dd>
          </>
        )}
        <dt>{t.interest}</dt>
        <dd>{INTEREST_LABELS[inquiry.interest][lang]}</dd>
        <dt>{t.submitted}</dt>
        <dd>{formatDate(inquiry.createdAt, lang)}</dd>
      </dl>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t.history}</h2>
        <ol class="timeline">
          {inquiry.history.map((entry) => (
            <li class={`entry from-${entry.author}`}>
              <p class="meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time> ·{' '}
                {entry.author === 'partner' ? t.you : t.office}
              </p>
              {entry.type === 'created' && <p>{t.created}</p>}
              {entry.type === 'status_changed' && entry.status && (
                <p>{t.changed(STATUS_LABELS[entry.status][lang])}</p>
              )}
              {entry.message && <p class="message">{entry.message}</p>}
            </li>
          ))}
        </ol>
      </section>
      {inquiry.open ? (
        <div class="status-actions">
          <section aria-labelledby="write-heading">
            <h2 id="write-heading">{t.writeHeading}</h2>
            <form method="post" action={`${base}/messages`} novalidate>
              <input type="hidden" name="token" value={token} />
              <div class={errors.message ? 'field has-error' : 'field'}>
                <label for="partner-message">{t.messageLabel}</label>
                {errors.message && (
                  <p class="error" id="partner-message-error">
                    {errors.message}
                  </p>
                )}
                <textarea
                  id="partner-message"
                  name="message"
                  rows={5}
                  maxLength={MESSAGE_MAX}
                  required
                  aria-invalid={errors.message ? 'true' : undefined}
                  aria-describedby={errors.message ? 'partner-message-error' : undefined}
                >
                  {values.message ?? ''}
                </textarea>
              </div>
              <button type="submit" class="primary">
                {t.send}
              </button>
            </form>
          </section>
          <section aria-labelledby="withdraw-heading">
            <h2 id="withdraw-heading">{t.withdrawHeading}</h2>
            <form method="post" action={`${base}/withdraw`} novalidate>
              <input type="hidden" name="token" value={token} />
              <div class="field">
                <label for="withdraw-note">{t.withdrawNote}</label>
                <textarea id="withdraw-note" name="message" rows={2} maxLength={MESSAGE_MAX}>
                  {values.withdrawNote ?? ''}
                </textarea>
              </div>
              <div class={errors.withdraw ? 'field checkbox has-error' : 'field checkbox'}>
                {errors.withdraw && (
                  <p class="error" id="withdraw-confirm-error">
                    {errors.withdraw}
                  </p>
                )}
                <input
                  id="withdraw-confirm"
                  type="checkbox"
                  name="confirm"
                  value="yes"
                  aria-invalid={errors.withdraw ? 'true' : undefined}
                  aria-describedby={errors.withdraw ? 'withdraw-confirm-error' : undefined}
                />
                <label for="withdraw-confirm">{t.withdrawConfirm}</label>
              </div>
              <button type="submit" class="danger">
                {t.withdraw}
              </button>
            </form>
          </section>
        </div>
      ) : (
        <p class="notice">{t.closed}</p>
      )}
    </>
  );
}
