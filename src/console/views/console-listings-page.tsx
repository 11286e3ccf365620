import type { AreaNode } from '../../taxonomy/taxonomy.service.js';
import {
  ADMIN_SORTS,
  type AdminTechnologyPageDto,
  type AdminTechnologyQueryDto,
} from '../../technologies/technology.dto.js';
import { TECHNOLOGY_STATUSES } from '../../technologies/technology.types.js';
import type { Lang } from '../../web/web-i18n.js';
import { CONSOLE_UI } from '../console-i18n.js';
import { Pager } from './pager.js';

/** The list's URL for a query: parameters in a fixed order, defaults left out. */
export function listingsHref(query: Partial<AdminTechnologyQueryDto>): string {
  const params = new URLSearchParams();
  for (const s of query.status ?? []) params.append('status', s);
  if (query.q) params.set('q', query.q);
  for (const a of query.area ?? []) params.append('area', a);
  if (query.sort && query.sort !== '-updated') params.set('sort', query.sort);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const qs = params.toString();
  return `/console/listings${qs ? `?${qs}` : ''}`;
}

export function ConsoleListingsPage(props: {
  lang: Lang;
  query: AdminTechnologyQueryDto;
  page: AdminTechnologyPageDto;
  areas: AreaNode[];
}) {
  const { lang, query, page } = props;
  const t = CONSOLE_UI[lang].listings;
  const s = CONSOLE_UI[lang].home.status;
  const areaName = (a: AreaNode) => (lang === 'ko' ? a.nameKo : a.nameEn);
  const names = new Map<string, string>();
  for (const a of props.areas) {
    names.set(a.code, areaName(a));
    for (const c of a.children ?? []) names.set(c.code, `${areaName(a)} › ${areaName(c)}`);
  }
  const status = query.status?.length === 1 ? query.status[0] : '';
  const area = query.area?.length === 1 ? query.area[0] : '';
  return (
    <div class="console-listings">
      <p>
        <a href="/console">{CONSOLE_UI[lang].home.title}</a>
      </p>
      <h1 id="listings-heading">{t.title}</h1>
      <p>
        <a href="/console/listings/new" class="button">
          {CONSOLE_UI[lang].editor.newListing}
        </a>
      </p>
      <form method="get" action="/console/listings" class="console-filters" role="search">
        <label>
          {t.words}
          <input type="search" name="q" value={query.q ?? ''} maxLength={200} />
        </label>
        <label>
          {t.status}
          <select name="status">
            <option value="">{t.any}</option>
            {TECHNOLOGY_STATUSES.map((v) => (
              <option value={v} selected={v === status}>
                {s[v]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.area}
          <select name="area">
            <option value="">{t.any}</option>
            {[...names].map(([code, name]) => (
              <option value={code} selected={code === area}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.sort}
          <select name="sort">
            {ADMIN_SORTS.map((v) => (
              <option value={v} selected={v === query.sort}>
                {t.sorts[v]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t.apply}</button>
      </form>
      <p role="status">{t.count(page.total)}</p>
      {page.items.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="listings-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.listing}</th>
                <th scope="col">{t.reference}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.area}</th>
                <th scope="col">{t.patents}</th>
                <th scope="col">{t.updated}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => {
                const name =
                  (lang === 'ko'
                    ? (item.titleKo ?? item.titleEn)
                    : (item.titleEn ?? item.titleKo)) ?? '—';
                return (
                  <tr>
                    <td>
                      <a href={`/console/listings/${item.id}`}>{name}</a>
                    </td>
                    <td>{item.referenceCode}</td>
                    <td>{s[item.status]}</td>
                    <td>{item.areaCodes.map((c) => names.get(c) ?? c).join(', ')}</td>
                    <td>{item.patentCount}</td>
                    <td>
                      {new Date(item.updatedAt).toLocaleDateString(
                        lang === 'ko' ? 'ko-KR' : 'en-GB',
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        lang={lang}
        page={query.page}
        perPage={page.perPage}
        total={page.total}
        href={(p) => listingsHref({ ...query, page: p })}
      />
    </div>
  );
}
