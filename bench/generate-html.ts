/**
 * The benchmark's archive as saved web pages: for each article generate.ts writes as copied text,
 * the page it was copied from, 20–60 KB like real news pages. A head with title, charset, Open
 * Graph tags, a JSON-LD NewsArticle, a stylesheet and inline scripts that would do nothing (they
 * are never run); a header with navigation lists; the article in `<article>` with its `<h1>`,
 * byline, `<time datetime>`, share buttons, photo credit, paragraphs and "read also" box; a
 * related-stories aside; comments; a footer with links and a cookie notice. The page states only
 * the facts its text states (headline, date, time, author, outlet; no address), so both archives
 * make the same site as far as the parsers read the same facts. Fixed seeds: the same files
 * every time.
 *
 *   tsx bench/generate-html.ts COUNT DIR [SEED]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MONTH_NAMES } from "../src/site/format-date.ts";
import { generateArticles, random, type GeneratedArticle } from "./generate.ts";

/** The site's sections: the main menu, each with its submenu. */
const SECTIONS: Record<string, string[]> = {
  World: ["Americas", "Europe", "Asia", "Africa", "Middle East", "Oceania"],
  Politics: ["Elections", "Diplomacy", "Parliament", "Opinion polls"],
  Business: ["Markets", "Energy", "Trade", "Companies", "Economy", "Tourism"],
  Science: ["Health", "Environment", "Space", "Technology"],
  Culture: ["Books", "Music", "Film", "Arts", "Heritage"],
  Sport: ["Football", "Baseball", "Boxing", "Athletics", "Chess"],
  Opinion: ["Editorials", "Columns", "Letters"],
  Multimedia: ["Photos", "Video", "Podcasts", "Infographics"],
};
const FOOTER_LINKS = [
  "About us",
  "Contact",
  "Advertise",
  "Careers",
  "Editorial policy",
  "Corrections",
  "Privacy policy",
  "Terms of use",
  "Cookie settings",
  "RSS feeds",
  "Newsletters",
  "Archive",
  "Sitemap",
  "Accessibility",
  "Help",
];
/** Class names of the size real themes use, for markup of a realistic weight. */
const UTILITY = "flex items-center gap-2 px-3 py-2 text-sm font-medium hover:underline";

/** Escapes text for HTML text and double-quoted attributes. */
const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A URL path segment for a title. */
const slug = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** An icon as real pages inline them. */
const icon = (name: string): string =>
  `<svg class="icon icon-${name}" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm3.6 7.2h-2.1c-.5 0-.9.4-.9.9v1.5h3l-.4 3h-2.6V22h-3v-7.4H7.2v-3h2.4V9.3c0-2.4 1.5-3.9 3.8-3.9 1.1 0 2.2.1 2.2.1v2.7z"/></svg>`;

/** The outlet the page was saved from: the front matter's, else the dateline's; null when the text names none. */
function outletOf(a: GeneratedArticle): string | null {
  return a.frontMatter?.source ?? a.outlet;
}

/** The publication date as the page's metadata states it (`YYYY-MM-DD[THH:MM:SS]`); null when the text states no full date. */
function publishedOf(a: GeneratedArticle): string | null {
  if (a.frontMatter) return a.frontMatter.date;
  if (!a.stamp) return null;
  const day = a.date.toISOString().slice(0, 10);
  return a.stamp.time ? `${day}T${a.stamp.time}` : day;
}

/** The JSON-LD NewsArticle: the facts the text states, plain (half the pages) or in a Yoast-like `@graph`. */
function jsonLd(a: GeneratedArticle, site: string, graph: boolean): string {
  const outlet = outletOf(a);
  const published = publishedOf(a);
  const publisher = outlet && { "@type": "NewsMediaOrganization", name: outlet };
  const article: Record<string, unknown> = {
    "@type": "NewsArticle",
    headline: a.headline,
    ...(published && { datePublished: published }),
    ...(a.editor && { author: [{ "@type": "Person", name: a.editor }] }),
    image: [`https://${site}/images/${a.name}-1200x675.jpg`],
    articleSection: a.section ?? "News",
    inLanguage: "en",
  };
  if (!graph) return JSON.stringify({ "@context": "https://schema.org", ...article, publisher });
  const org = outlet && { ...publisher, "@id": `https://${site}/#organization` };
  return JSON.stringify({
    "@context": "https://schema.org",
    "@graph": [
      { ...article, ...(org && { publisher: { "@id": org["@id"] } }) },
      ...(org ? [org] : []),
      {
        "@type": "BreadcrumbList",
        itemListElement: ["Home", a.section ?? "News"].map((name, i) => ({
          "@type": "ListItem",
          position: i + 1,
          name,
        })),
      },
    ],
  });
}

/** The page's head: charset, title, description, Open Graph, JSON-LD, stylesheet, inline scripts. */
function head(a: GeneratedArticle, site: string, rnd: () => number, padding: string): string {
  const outlet = outletOf(a);
  const published = publishedOf(a);
  const lead = a.paragraphs[0]!.slice(0, 160);
  const meta = (attr: string, name: string, content: string): string =>
    `<meta ${attr}="${name}" content="${esc(content)}">`;
  return [
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(a.headline)}${outlet ? ` | ${esc(outlet)}` : ""}</title>`,
    meta("name", "description", lead),
    meta("name", "robots", "index, follow, max-image-preview:large"),
    ...(a.editor ? [meta("name", "author", a.editor)] : []),
    meta("property", "og:type", "article"),
    meta("property", "og:title", a.headline),
    meta("property", "og:description", lead),
    meta("property", "og:image", `https://${site}/images/${a.name}-1200x675.jpg`),
    meta("property", "og:locale", "en_US"),
    ...(outlet ? [meta("property", "og:site_name", outlet)] : []),
    ...(published ? [meta("property", "article:published_time", published)] : []),
    meta("property", "article:section", a.section ?? "News"),
    meta("name", "twitter:card", "summary_large_image"),
    `<link rel="stylesheet" href="https://${site}/assets/css/main.${Math.floor(rnd() * 1e8).toString(16)}.css">`,
    `<link rel="icon" href="https://${site}/favicon.ico">`,
    `<script type="application/ld+json">${jsonLd(a, site, rnd() < 0.5)}</script>`,
    "<script>document.documentElement.className = document.documentElement.className.replace(/\\bno-js\\b/, 'js');</script>",
    `<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments); } gtag('js', new Date()); gtag('config', 'G-${Math.floor(rnd() * 1e10)}', { anonymize_ip: true, page_type: 'article', section: '${a.section ?? "News"}' });</script>`,
    `<script>window.__SITE_CONFIG__ = ${padding};</script>`,
    `<script src="https://${site}/assets/js/app.${Math.floor(rnd() * 1e8).toString(16)}.js" defer></script>`,
    "</head>",
  ].join("\n");
}

/** The site header: top bar, logo, main menu with submenus, trending links. */
function header(site: string, trending: GeneratedArticle[]): string {
  const menu = Object.entries(SECTIONS)
    .map(
      ([section, subs]) =>
        `<li class="menu-item has-children ${UTILITY}"><a class="menu-link" href="https://${site}/${slug(section)}/">${section}</a><ul class="sub-menu">${subs
          .map(
            (s) =>
              `<li class="menu-item ${UTILITY}"><a class="menu-link" href="https://${site}/${slug(section)}/${slug(s)}/">${s}</a></li>`,
          )
          .join("")}</ul></li>`,
    )
    .join("\n");
  return [
    '<header class="site-header" id="masthead">',
    `<nav class="top-bar" aria-label="Utilities"><ul><li><a href="https://${site}/subscribe/">Subscribe</a></li><li><a href="https://${site}/login/">Sign in</a></li><li><a href="https://${site}/es/">Español</a></li></ul></nav>`,
    `<a class="site-logo" href="https://${site}/"><img src="https://${site}/assets/img/logo.svg" alt="Home" width="220" height="48"></a>`,
    `<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">${icon("menu")}<span>Menu</span></button>`,
    `<nav class="main-navigation" id="site-navigation" aria-label="Main"><ul id="primary-menu" class="menu">\n${menu}\n</ul></nav>`,
    `<nav class="trending" aria-label="Trending"><span>Trending:</span><ul>${trending
      .map((t) => `<li><a href="https://${site}/news/${t.name}/">${esc(t.headline)}</a></li>`)
      .join("")}</ul></nav>`,
    "</header>",
  ].join("\n");
}

/** The article itself: breadcrumb, headline, byline, time, share buttons, photo, paragraphs. */
function article(a: GeneratedArticle, site: string): string {
  const published = publishedOf(a);
  const d = a.date;
  const shown =
    a.stamp?.text ?? `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  const share = ["Facebook", "Twitter", "Telegram", "WhatsApp"]
    .map(
      (s) =>
        `<li><a class="share-${s.toLowerCase()}" href="https://share.example/${s.toLowerCase()}?u=${a.name}" rel="noopener">${icon(s.toLowerCase())}<span>${s}</span></a></li>`,
    )
    .join("");
  const body: string[] = [];
  for (const [k, p] of a.paragraphs.entries()) {
    if (k === 2 && a.image !== null)
      body.push(
        `<figure class="wp-block-image"><img src="https://${site}/images/inx960x640-${a.image}.jpg" width="960" height="640" alt="" loading="lazy"></figure>`,
      );
    body.push(`<p>${esc(p)}</p>`);
    if (k === 3 && a.readAlso)
      body.push(
        `<div class="related-inline"><strong>Read also:</strong> <a href="https://${site}/news/${slug(a.readAlso)}/">${esc(a.readAlso)}</a></div>`,
      );
  }
  return [
    '<article class="post type-post status-publish format-standard has-post-thumbnail">',
    '<header class="entry-header">',
    ...(a.section
      ? [
          `<nav class="breadcrumb" aria-label="Breadcrumb"><a href="https://${site}/">Home</a> › <a href="https://${site}/${slug(a.section)}/">${esc(a.section)}</a></nav>`,
        ]
      : []),
    `<h1 class="entry-title">${esc(a.headline)}</h1>`,
    '<div class="entry-meta">',
    ...(a.editor
      ? [
          `<span class="byline">Editado por <a rel="author" href="https://${site}/author/${slug(a.editor)}/">${esc(a.editor)}</a></span>`,
        ]
      : []),
    ...(published ? [`<time class="entry-date" datetime="${published}">${esc(shown)}</time>`] : []),
    "</div>",
    ...(a.share ? [`<ul class="share-buttons social">${share}</ul>`] : []),
    "</header>",
    ...(a.photo
      ? [
          `<figure class="post-thumbnail"><img src="https://${site}/images/${a.name}-1200x675.jpg" width="1200" height="675" alt=""><figcaption>Photo: ${esc(a.photo)}</figcaption></figure>`,
        ]
      : []),
    '<div class="entry-content">',
    ...body,
    "</div>",
    "</article>",
  ].join("\n");
}

/** The related-stories aside: other articles of the archive, with thumbnails and dates. */
function related(site: string, stories: GeneratedArticle[]): string {
  const items = stories.map((s) => {
    const day = s.date.toISOString().slice(0, 10);
    return `<li class="related-item ${UTILITY}"><a href="https://${site}/news/${s.name}/"><img src="https://${site}/images/${s.name}-300x169.jpg" width="300" height="169" alt="" loading="lazy"><span class="related-title">${esc(s.headline)}</span></a><time datetime="${day}">${day}</time></li>`;
  });
  return `<aside class="sidebar related-stories" role="complementary"><h2>Related stories</h2><ul>\n${items.join("\n")}\n</ul></aside>`;
}

/** The comment form, when the text ends with one. */
function comments(a: GeneratedArticle): string {
  if (!a.comments) return "";
  return [
    '<section id="comments" class="comments-area"><h3 class="comments-title">Comentarios</h3>',
    '<div id="respond" class="comment-respond"><h3>Deja un comentario</h3><form action="/wp-comments-post.php" method="post" class="comment-form">',
    "<p>Todos los campos son requeridos</p><p>No será publicado</p>",
    '<textarea name="comment" rows="6"></textarea><input type="text" name="author"><input type="email" name="email"><button type="submit">Publicar</button></form></div></section>',
  ].join("\n");
}

/** The footer with its links, and the cookie notice when the text has one. */
function footer(a: GeneratedArticle, site: string, outlet: string | null): string {
  const columns = [0, 1, 2].map(
    (c) =>
      `<div class="footer-column"><ul>${FOOTER_LINKS.slice(c * 5, c * 5 + 5)
        .map((l) => `<li><a href="https://${site}/${slug(l)}/">${l}</a></li>`)
        .join("")}</ul></div>`,
  );
  return [
    '<footer class="site-footer" role="contentinfo">',
    Object.keys(SECTIONS)
      .map((s) => `<a href="https://${site}/${slug(s)}/">${s}</a>`)
      .join(" · "),
    ...columns,
    `<div class="footer-social">${["facebook", "twitter", "telegram", "youtube"].map((s) => `<a href="https://${s}.example/${slug(site)}">${icon(s)}</a>`).join("")}</div>`,
    `<p class="copyright">© ${a.date.getUTCFullYear()} ${esc(outlet ?? site)}. All rights reserved.</p>`,
    "</footer>",
    ...(a.cookie
      ? [
          `<div id="cookie-notice" class="cookie-banner" role="dialog"><p>By using our website you're confirming that you're happy to accept our use of cookies.</p><button type="button">OK</button> <a href="https://${site}/cookies/">Read more</a></div>`,
        ]
      : []),
  ].join("\n");
}

/** The inline configuration script's object, padded with ad slots until the page is about `bytes` long. */
function padding(site: string, bytes: number, rnd: () => number): string {
  const slots: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const slot = JSON.stringify({
      id: `div-gpt-ad-${Math.floor(rnd() * 1e13)}-${i}`,
      path: `/2182742/${slug(site)}/article/slot-${i}`,
      sizes: [
        [300, 250],
        [728, 90],
        [320, 50],
      ],
      targeting: { pos: i % 2 ? "atf" : "btf", kw: ["news", "world", "article"], refresh: 30 },
      lazy: { fetchMarginPercent: 200, renderMarginPercent: 100, mobileScaling: 2 },
    });
    slots.push(slot);
    size += slot.length + 1;
  }
  return `{"site":"${site}","consent":{"tcf":true,"vendors":[755,793,804]},"ads":[${slots.join(",")}]}`;
}

/** One saved page for one article; `others` are the archive's articles, for trending and related links. */
export function articlePage(
  a: GeneratedArticle,
  others: readonly GeneratedArticle[],
  rnd: () => number,
): string {
  const outlet = outletOf(a);
  const site = `www.${slug(outlet ?? "caribbean news daily")}.example`;
  const pickOthers = (n: number): GeneratedArticle[] =>
    Array.from({ length: n }, () => others[Math.floor(rnd() * others.length)]!);
  const target = 20_000 + Math.floor(rnd() * 40_000);
  const body = [
    '<body class="single single-post postid-1 wp-embed-responsive">',
    '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
    header(site, pickOthers(3 + Math.floor(rnd() * 4))),
    '<main id="content" class="site-main">',
    article(a, site),
    comments(a),
    related(site, pickOthers(4 + Math.floor(rnd() * 7))),
    "</main>",
    footer(a, site, outlet),
    "</body>",
  ].join("\n");
  // The page's length before padding (the head measured with a throwaway stream, as its random names vary little).
  const without = head(a, site, random(1), "{}").length + body.length + 60;
  const page = (pad: string): string =>
    `<!DOCTYPE html>\n<html lang="en" class="no-js">\n${head(a, site, rnd, pad)}\n${body}\n</html>\n`;
  return page(padding(site, Math.max(0, target - without), rnd));
}

/** Writes the saved pages of the `count` articles generate.ts makes with `seed` into `dir`. Returns the file names. */
export function generateHtml(count: number, dir: string, seed = 20261123): string[] {
  const articles = generateArticles(count, seed);
  // The page's own chrome has its own random stream, so the articles are those of the text archive.
  const rnd = random(seed ^ 0x5eed);
  mkdirSync(dir, { recursive: true });
  return articles.map((a) => {
    const name = `${a.name}.html`;
    writeFileSync(join(dir, name), articlePage(a, articles, rnd));
    return name;
  });
}

if (process.argv[1]?.endsWith("generate-html.ts")) {
  const [count, dir, seed] = process.argv.slice(2);
  if (!count || !dir) {
    console.error("usage: tsx bench/generate-html.ts COUNT DIR [SEED]");
    process.exit(2);
  }
  const names = generateHtml(Number(count), dir, seed ? Number(seed) : undefined);
  console.log(`wrote ${names.length} saved pages to ${dir}`);
}
