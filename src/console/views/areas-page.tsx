import type { AdminAreaDto } from '../../taxonomy/area.dto.js';
import type { AreaNode } from '../../taxonomy/taxonomy.service.js';
import type { Lang } from '../../web/web-i18n.js';
import { CONSOLE_ADMIN_UI, type ConsoleAdminText } from '../console-admin-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { InputField } from './people-page.js';
import { FormError } from './form-error.js';

/** A refused area form: which one ('new', an area's code, or `retire:<code>`), as typed, and why. */
export interface AreaForm {
  target: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}

type T = ConsoleAdminText['areas'];

export function SelectField(props: {
  id: string;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  selected: string;
  error?: string;
  empty?: string;
}) {
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((o) => (
          <option value={o.value} selected={props.selected === o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.error && (
        <p class="error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

function AreaEditor(props: {
  lang: Lang;
  t: T;
  csrfToken: string;
  area: AreaNode;
  roots: AreaNode[];
  form?: AreaForm;
}) {
  const { t, area } = props;
  const mine = props.form?.target === area.code ? props.form : undefined;
  const values = mine?.values ?? {};
  const errors = mine?.errors ?? {};
  const id = area.code.replace(/\W/g, '-');
  const name = props.lang === 'ko' ? area.nameKo : area.nameEn;
  return (
    <details open={Boolean(mine)}>
      <summary>
        {t.edit} <span class="visually-hidden">{name}</span>
      </summary>
      <FormError error={errors.form} />
      <form method="post" action={`/console/areas/${area.code}`}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="version" value={String(area.version)} />
        <div class="pair">
          <InputField
            id={`${id}-nameKo`}
            name="nameKo"
            label={t.nameKo}
            max={200}
            value={values.nameKo ?? area.nameKo}
            error={errors.nameKo}
          />
          <InputField
            id={`${id}-nameEn`}
            name="nameEn"
            label={t.nameEn}
            max={200}
            value={values.nameEn ?? area.nameEn}
            error={errors.nameEn}
          />
        </div>
        {area.parentCode && (
          <SelectField
            id={`${id}-parentCode`}
            name="parentCode"
            label={t.parent}
            options={props.roots.map((r) => ({
              value: r.code,
              label: props.lang === 'ko' ? r.nameKo : r.nameEn,
            }))}
            selected={values.parentCode ?? area.parentCode}
            error={errors.parentCode}
          />
        )}
        <div class={`field${errors.position ? ' has-error' : ''}`}>
          <label for={`${id}-position`}>{t.position}</label>
          <input
            id={`${id}-position`}
            name="position"
            type="number"
            min={0}
            max={10000}
            value={values.position ?? String(area.position)}
            aria-invalid={errors.position ? 'true' : undefined}
            aria-describedby={errors.position ? `${id}-position-error` : undefined}
          />
          {errors.position && (
            <p class="error" id={`${id}-position-error`}>
              {errors.position}
            </p>
          )}
        </div>
        <button type="submit" class="button">
          {t.save}
        </button>
      </form>
      <form method="post" action={`/console/areas/${area.code}/retire`} class="inline">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="version" value={String(area.version)} />
        <button type="submit" class="danger">
          {t.retire} <span class="visually-hidden">{name}</span>
        </button>
      </form>
    </details>
  );
}

function AreaLine(props: { lang: Lang; t: T; area: AreaNode }) {
  const { area, t } = props;
  return (
    <span class="area-line">
      <span lang="ko">{area.nameKo}</span> / <span lang="en">{area.nameEn}</span>{' '}
      <code>{area.code}</code> <span class="muted">· {t.listings(area.count)}</span>
      {area.retiredAt && <span class="pill"> {t.retired}</span>}
    </span>
  );
}

export function AreasPage(props: {
  lang: Lang;
  csrfToken: string;
  tree: AreaNode[];
  notice?: string;
  form?: AreaForm;
}) {
  const { lang } = props;
  const t = CONSOLE_ADMIN_UI[lang].areas;
  const active = (a: AreaNode) => !a.retiredAt;
  const roots = props.tree.filter(active);
  const created = props.form?.target === 'new' ? props.form : undefined;
  const retireRefusal = props.form?.target.startsWith('retire:') ? props.form : undefined;
  return (
    <div class="console-areas">
      <p>
        <a href="/console">{CONSOLE_UI[lang].home.title}</a>
      </p>
      <h1 id="areas-heading">{t.title}</h1>
      <p class="hint">{t.intro}</p>
      {props.notice && t.notices[props.notice] && (
        <p role="status" class="notice">
          {t.notices[props.notice]}
        </p>
      )}
      {retireRefusal && (
        <FormError
          error={retireRefusal.errors.form ?? Object.values(retireRefusal.errors).join(' ')}
        />
      )}
      <ol class="area-tree">
        {props.tree.map((root) => (
          <li class={root.retiredAt ? 'retired' : undefined}>
            <AreaLine lang={lang} t={t} area={root} />
            {active(root) && (
              <AreaEditor
                lang={lang}
                t={t}
                csrfToken={props.csrfToken}
                area={root}
                roots={roots}
                form={props.form}
              />
            )}
            {(root.children ?? []).length > 0 && (
              <ol>
                {(root.children ?? []).map((child) => (
                  <li class={child.retiredAt ? 'retired' : undefined}>
                    <AreaLine lang={lang} t={t} area={child} />
                    {active(child) && active(root) && (
                      <AreaEditor
                        lang={lang}
                        t={t}
                        csrfToken={props.csrfToken}
                        area={child}
                        roots={roots}
                        form={props.form}
                      />
                    )}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>

      <section aria-labelledby="new-area-heading" class="account-page">
        <h2 id="new-area-heading">{t.create}</h2>
        <FormError error={created?.errors.form} />
        <form method="post" action="/console/areas">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <InputField
            id="new-code"
            name="code"
            label={t.code}
            hint={t.codeHint}
            max={100}
            value={created?.values.code ?? ''}
            error={created?.errors.code}
          />
          <SelectField
            id="new-parentCode"
            name="parentCode"
            label={t.parent}
            empty={t.topLevel}
            options={roots.map((r) => ({
              value: r.code,
              label: lang === 'ko' ? r.nameKo : r.nameEn,
            }))}
            selected={created?.values.parentCode ?? ''}
            error={created?.errors.parentCode}
          />
          <InputField
            id="new-nameKo"
            name="nameKo"
            label={t.nameKo}
            max={200}
            value={created?.values.nameKo ?? ''}
            error={created?.errors.nameKo}
          />
          <InputField
            id="new-nameEn"
            name="nameEn"
            label={t.nameEn}
            max={200}
            value={created?.values.nameEn ?? ''}
            error={created?.errors.nameEn}
          />
          <button type="submit" class="button">
            {t.createSubmit}
          </button>
        </form>
      </section>
    </div>
  );
}

/** What retiring does, and where the area's listings go, before it happens. */
export function RetireAreaPage(props: {
  lang: Lang;
  csrfToken: string;
  area: AdminAreaDto;
  tree: AreaNode[];
  version: string;
  error?: string;
}) {
  const { lang, area } = props;
  const t = CONSOLE_ADMIN_UI[lang].areas;
  const name = (a: { nameKo: string; nameEn: string }) => (lang === 'ko' ? a.nameKo : a.nameEn);
  const targets: { value: string; label: string }[] = [];
  for (const root of props.tree.filter((r) => !r.retiredAt)) {
    if (root.code !== area.code) targets.push({ value: root.code, label: name(root) });
    for (const c of root.children ?? [])
      if (!c.retiredAt && c.code !== area.code)
        targets.push({ value: c.code, label: `${name(root)} › ${name(c)}` });
  }
  return (
    <div class="account-page">
      <h1>{t.retireTitle(name(area))}</h1>
      <p>{t.retireHint}</p>
      <p>{t.listings(area.listings)}</p>
      {area.listings === 0 && <FormError error={props.error} />}
      <form method="post" action={`/console/areas/${area.code}/retire`}>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="version" value={props.version} />
        <input type="hidden" name="confirm" value="yes" />
        {area.listings > 0 && (
          <SelectField
            id="retire-moveListingsTo"
            name="moveListingsTo"
            label={t.moveTo}
            options={targets}
            selected=""
            empty="—"
            error={props.error}
          />
        )}
        <button type="submit" class="button danger">
          {t.confirm}
        </button>{' '}
        <a href="/console/areas">{t.cancel}</a>
      </form>
    </div>
  );
}
