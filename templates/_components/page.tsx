/**
 * The page shell every page shares: head with CSP and metadata, header navigation, footer.
 * All links are relative to the page's own path, so the site works from any sub-path and from disk.
 */
import { relativeUrl } from "../../src/site/paths.ts";
import { DOCTYPE, rawHtml } from "../../src/site/raw-html.ts";
import type { SiteData } from "../../src/site/types.ts";

/**
 * What the pages may load: own scripts and styles only, WebAssembly for Pagefind, no inline code.
 * `file:` lets the same scripts run when the site is opened straight from disk.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' file:; style-src 'self' file:; img-src 'self' data: file:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/** Props of the page shell. */
export interface PageProps {
  /** The whole site's views. */
  site: SiteData;
  /** This page's site path, e.g. `articles/x.html`. */
  here: string;
  /** Text of the `<title>` (the site's name is appended). */
  title: string;
  /** Meta description. */
  description?: string;
  /** Extra elements for the head (Open Graph, JSON-LD, canonical). */
  head?: JSX.Element;
  /** Page content (inside `<main>`). */
  children?: JSX.Children;
  /** Which navigation item is current. */
  section?:
    | "home"
    | "topics"
    | "people"
    | "places"
    | "organisations"
    | "tags"
    | "sources"
    | "timeline"
    | "search";
}

const NAV: [PageProps["section"], string, string][] = [
  ["home", "Latest", "index.html"],
  ["topics", "Topics", "topics/index.html"],
  ["people", "People", "people/index.html"],
  ["places", "Places", "places/index.html"],
  ["organisations", "Organisations", "organisations/index.html"],
  ["tags", "Tags", "tags/index.html"],
  ["sources", "Sources", "sources/index.html"],
  ["timeline", "Timeline", "timeline.html"],
  ["search", "Search", "search.html"],
];

/** The page shell. */
export function Page(props: PageProps): JSX.Element {
  const { site, here } = props;
  const to = (path: string): string => relativeUrl(here, path);
  return (
    <>
      {rawHtml(DOCTYPE)}
      <html lang={site.config.language}>
        <head>
          <meta charset="utf-8" />
          <meta http-equiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="light dark" />
          <title>
            {props.title === site.config.title
              ? props.title
              : `${props.title} · ${site.config.title}`}
          </title>
          {props.description ? <meta name="description" content={props.description} /> : null}
          <link rel="stylesheet" href={to("style.css")} />
          <link rel="icon" href={to("favicon.svg")} type="image/svg+xml" />
          <link
            rel="alternate"
            type="application/atom+xml"
            title={`${site.config.title} (Atom)`}
            href={to("feed.xml")}
          />
          <link
            rel="alternate"
            type="application/feed+json"
            title={`${site.config.title} (JSON Feed)`}
            href={to("feed.json")}
          />
          <script src={to("theme.js")}></script>
          {props.head ?? null}
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site-header">
            <div class="wrap">
              <a class="site-title" href={to("index.html")}>
                {site.config.title}
              </a>
              <nav aria-label="Sections">
                <ul>
                  {/* Tags only when some tag has a page: a small archive may have none. */}
                  {NAV.filter(([key]) => key !== "tags" || site.tags.length > 0).map(
                    ([key, label, path]) => (
                      <li>
                        <a
                          href={to(path)}
                          {...(props.section === key ? { "aria-current": "page" as const } : {})}
                        >
                          {label}
                        </a>
                      </li>
                    ),
                  )}
                </ul>
              </nav>
              <button
                type="button"
                class="theme-toggle"
                id="theme-toggle"
                hidden
                aria-pressed="false"
              >
                Dark theme
              </button>
            </div>
          </header>
          <main id="main" class="wrap">
            {props.children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>
                Every fact shows where it came from: the article's own text or page, or an editor.{" "}
                <a href={to("feed.xml")}>Atom feed</a> · <a href={to("feed.json")}>JSON feed</a> ·{" "}
                <a href={to("sitemap.xml")}>Sitemap</a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
