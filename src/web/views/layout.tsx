import type { ComponentChildren } from 'preact';
import { LANGS, type Lang, otherLang, UI } from '../web-i18n.js';

export interface PageMeta {
  title: string;
  description?: string;
  /** This page's path in each language (with its query), for canonical and hreflang links. */
  paths: Record<Lang, string>;
  /** The unprefixed path that picks a language by Accept-Language (hreflang x-default). */
  defaultPath?: string;
  noindex?: boolean;
  /** Reload every this many seconds (a job's progress, without JavaScript). */
  refreshSeconds?: number;
  ogType?: 'website' | 'article';
  /** An Atom feed of this page's listings, announced for feed readers (autodiscovery). */
  feed?: { href: string; title: string };
  jsonLd?: object;
}

export interface LayoutProps {
  lang: Lang;
  baseUrl: string;
  stylesheet: string;
  /** An external script, deferred (the CSP allows only our own files). */
  script?: string;
  meta: PageMeta;
  /** The header search box shows this query (the results page fills it in). */
  headerQuery?: string;
  /** The home page has its own big search box. */
  hideHeaderSearch?: boolean;
  /** Pages whose language is the signed-in user's setting, not the address. */
  hideLanguageSwitch?: boolean;
  children: ComponentChildren;
}

/** JSON for a <script> data block: `<` escaped so no text can close the element. */
function scriptJson(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function Layout(props: LayoutProps) {
  const { lang, baseUrl, meta } = props;
  const t = UI[lang];
  const other = otherLang(lang);
  const absolute = (path: string) => `${baseUrl}${path}`;
  const title = `${meta.title} · ${t.siteShort}`;
  return (
    <html lang={t.htmlLang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {meta.description && <meta name="description" content={meta.description} />}
        {meta.noindex && <meta name="robots" content="noindex, nofollow" />}
        {meta.refreshSeconds && <meta http-equiv="refresh" content={String(meta.refreshSeconds)} />}
        <link rel="canonical" href={absolute(meta.paths[lang])} />
        {LANGS.map((l) => (
          <link rel="alternate" hrefLang={l} href={absolute(meta.paths[l])} />
        ))}
        {meta.defaultPath && (
          <link rel="alternate" hrefLang="x-default" href={absolute(meta.defaultPath)} />
        )}
        <meta property="og:site_name" content={t.siteName} />
        <meta property="og:title" content={meta.title} />
        {meta.description && <meta property="og:description" content={meta.description} />}
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:url" content={absolute(meta.paths[lang])} />
        <meta property="og:locale" content={t.locale} />
        <meta property="og:locale:alternate" content={UI[other].locale} />
        {meta.feed && (
          <link
            rel="alternate"
            type="application/atom+xml"
            href={absolute(meta.feed.href)}
            title={meta.feed.title}
          />
        )}
        <link rel="stylesheet" href={props.stylesheet} />
        {props.script && <script src={props.script} defer />}
        {meta.jsonLd && (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: scriptJson(meta.jsonLd) }}
          />
        )}
      </head>
      <body>
        <a class="skip" href="#main">
          {t.skipToContent}
        </a>
        <header class="site-header">
          <div class="wrap header-row">
            <a class="brand" href={`/${lang}`}>
              {t.siteName}
            </a>
            {!props.hideHeaderSearch && (
              <SearchBox lang={lang} query={props.headerQuery ?? ''} id="header-q" compact />
            )}
            {!props.hideLanguageSwitch && (
              <a
                class="lang-switch"
                href={meta.paths[other]}
                hrefLang={other}
                lang={other}
                title={t.switchLanguageLabel}
              >
                {t.switchLanguage}
              </a>
            )}
          </div>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{t.footer}</p>
            <p>
              <a href="/api/docs">{t.nav.api}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

export function SearchBox(props: { lang: Lang; query: string; id: string; compact?: boolean }) {
  const t = UI[props.lang].search;
  return (
    <form
      class={props.compact ? 'search-box compact' : 'search-box'}
      role="search"
      action={`/${props.lang}/technologies`}
      method="get"
    >
      <label for={props.id} class={props.compact ? 'visually-hidden' : undefined}>
        {t.label}
      </label>
      <div class="search-row">
        <input
          id={props.id}
          type="search"
          name="q"
          value={props.query}
          maxLength={200}
          placeholder={props.compact ? undefined : t.placeholder}
          autoComplete="off"
        />
        <button type="submit">{t.button}</button>
      </div>
    </form>
  );
}
