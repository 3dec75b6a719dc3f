/**
 * The benchmark's peer: what a user would pick instead — Hugo (Debian's `hugo` package) with a
 * minimal theme rendering the same kinds of pages (articles, topic/person/place/source pages, a
 * home page, a chronological list, RSS, sitemap), then the Pagefind CLI over its output.
 * The articles reach Hugo already parsed (our parser writes Markdown with front matter, untimed),
 * which favours the peer: its time excludes reading raw pages.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleView } from "../src/site/types.ts";

const LAYOUT_BASE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body><header><a href="{{ "/" | relURL }}">Archive</a> <a href="{{ "topics/" | relURL }}">Topics</a> <a href="{{ "people/" | relURL }}">People</a> <a href="{{ "places/" | relURL }}">Places</a> <a href="{{ "sources/" | relURL }}">Sources</a> <a href="{{ "timeline/" | relURL }}">Timeline</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>`;
const LAYOUT_SINGLE = `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><p><time>{{ .Params.dateText }}</time> · {{ with .Params.sources }}{{ index . 0 }}{{ else }}Source not stated{{ end }}{{ with .Params.dateline }} · {{ . }}{{ end }}</p>
{{ .Content }}
<p>{{ range .Params.topics }}<a href="{{ "topics/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
<p>{{ range .Params.people }}<a href="{{ "people/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
<p>{{ range .Params.places }}<a href="{{ "places/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</article>{{ end }}`;
const LAYOUT_LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.dateText }}</li>{{ end }}</ol>{{ template "_internal/pagination.html" . }}{{ end }}`;
const LAYOUT_TERMS = `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}`;
const LAYOUT_HOME = `{{ define "main" }}<h1>Archive</h1><ol>{{ range first 10 (where .Site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
<ul>{{ range .Site.Taxonomies.topics.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}`;

const yaml = (s: string): string => JSON.stringify(s);

/** Writes a Hugo site for the archive's views into `dir` (emptied first). */
export function writeHugoSite(views: readonly ArticleView[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const d of ["content/articles", "content/timeline", "layouts/_default", "static"])
    mkdirSync(join(dir, d), { recursive: true });
  writeFileSync(
    join(dir, "hugo.toml"),
    `baseURL = "/"\nlanguageCode = "en"\ntitle = "Archive"\nrelativeURLs = true\ndisableKinds = []\n[pagination]\n  pagerSize = 100\npaginate = 100\n[taxonomies]\n  topic = "topics"\n  person = "people"\n  place = "places"\n  source = "sources"\n[markup.goldmark.renderer]\n  unsafe = false\n`,
  );
  writeFileSync(join(dir, "layouts/_default/baseof.html"), LAYOUT_BASE);
  writeFileSync(join(dir, "layouts/_default/single.html"), LAYOUT_SINGLE);
  writeFileSync(join(dir, "layouts/_default/list.html"), LAYOUT_LIST);
  writeFileSync(join(dir, "layouts/_default/terms.html"), LAYOUT_TERMS);
  writeFileSync(join(dir, "layouts/index.html"), LAYOUT_HOME);
  writeFileSync(
    join(dir, "static/style.css"),
    "body{font-family:system-ui;max-width:60rem;margin:auto}",
  );
  writeFileSync(join(dir, "content/timeline/_index.md"), "---\ntitle: Timeline\n---\n");
  for (const a of views) {
    const r = a.record;
    const date = r.date
      ? r.date.length === 4
        ? `${r.date}-01-01`
        : r.date.length === 7
          ? `${r.date}-01`
          : r.date
      : "1970-01-01";
    const front = [
      "---",
      `title: ${yaml(r.headline)}`,
      `date: ${date}`,
      `dateText: ${yaml(r.date ?? "Undated")}`,
      `slug: ${yaml(r.slug)}`,
      `topics: ${JSON.stringify(a.themes.map((t) => t.name))}`,
      `people: ${JSON.stringify(a.people.map((p) => p.name))}`,
      `places: ${JSON.stringify(a.places.map((p) => p.name))}`,
      `sources: ${JSON.stringify(r.source ? [r.source] : [])}`,
      r.dateline ? `dateline: ${yaml(r.dateline)}` : "",
      "---",
    ].filter(Boolean);
    writeFileSync(
      join(dir, "content/articles", `${r.slug}.md`),
      `${front.join("\n")}\n${r.paragraphs.map((p) => p.text.replace(/([*_`#<>[\]\\])/g, "\\$1")).join("\n\n")}\n`,
    );
  }
}
