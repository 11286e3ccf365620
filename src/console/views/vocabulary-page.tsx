import type { VocabularyLabel } from '../../search/vocabulary-label.entity.js';
import type { Lang } from '../../web/web-i18n.js';
import { searchHref } from '../../web/web-search-state.js';
import { CONSOLE_ANALYTICS_UI } from '../console-analytics-i18n.js';
import { SelectField } from './areas-page.js';
import { FormError } from './form-error.js';
import { InputField } from './people-page.js';

export interface VocabularyForm {
  values: { label: string; lang: string; conceptId: string };
  errors: Record<string, string>;
}

/** The office's additions to the search vocabulary: the add form (from a search that found nothing) and the list. */
export function VocabularyPage(props: {
  lang: Lang;
  csrfToken: string;
  concepts: { id: string; label: string; other: string }[];
  conceptName: (id: string) => string;
  added: VocabularyLabel[];
  form: VocabularyForm;
  notice?: string;
}) {
  const { lang, form } = props;
  const t = CONSOLE_ANALYTICS_UI[lang].vocabulary;
  return (
    <div class="console-vocabulary">
      <p>
        <a href="/console/analytics">{CONSOLE_ANALYTICS_UI[lang].title}</a>
      </p>
      <h1>{t.title}</h1>
      {props.notice && t.notices[props.notice] && (
        <p role="status" class="notice">
          {t.notices[props.notice]}
        </p>
      )}
      <p>{t.intro}</p>
      <section aria-labelledby="voc-add">
        <h2 id="voc-add">{t.add}</h2>
        <FormError error={form.errors.form} />
        <form method="post" action="/console/vocabulary">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <InputField
            id="voc-label"
            name="label"
            label={t.label}
            value={form.values.label}
            error={form.errors.label}
            max={80}
          />
          <SelectField
            id="voc-lang"
            name="lang"
            label={t.lang}
            options={(['en', 'ko'] as const).map((l) => ({ value: l, label: t.langs[l] }))}
            selected={form.values.lang}
            error={form.errors.lang}
          />
          <SelectField
            id="voc-concept"
            name="conceptId"
            label={t.concept}
            empty={t.choose}
            options={props.concepts.map((c) => ({
              value: c.id,
              label: `${c.label} (${c.other})`,
            }))}
            selected={form.values.conceptId}
            error={form.errors.conceptId}
          />
          <button type="submit" class="button">
            {t.save}
          </button>
        </form>
      </section>
      <section aria-labelledby="voc-added">
        <h2 id="voc-added">{t.added}</h2>
        {props.added.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <div class="table-scroll" role="region" aria-labelledby="voc-added" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.label}</th>
                  <th scope="col">{t.concept}</th>
                  <th scope="col">{t.when}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {props.added.map((l) => (
                  <tr>
                    <td lang={l.lang}>
                      <a href={searchHref(l.lang, { q: l.label })}>{l.label}</a>
                    </td>
                    <td>{props.conceptName(l.conceptId)}</td>
                    <td>{l.createdAt.toISOString().slice(0, 10)}</td>
                    <td>
                      <form method="post" action={`/console/vocabulary/${l.id}/remove`}>
                        <input type="hidden" name="_csrf" value={props.csrfToken} />
                        <button type="submit" class="button danger">
                          {t.remove} <span class="visually-hidden">{l.label}</span>
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
