/**
 * Small pieces shared by pages: counts, dates in `<time>`, article lists, term and tag lists,
 * citations.
 */
import { NO_SOURCE } from "../../src/archive/labels.ts";
import { formatDate } from "../../src/site/format-date.ts";
import { relativeUrl } from "../../src/site/paths.ts";
import type {
  ArticleLink,
  ArticleTag,
  Citation,
  PageNumber,
  TermLink,
} from "../../src/site/types.ts";

/** A count and its noun: `plural(1, "article")` → "1 article", `plural(3, "article")` → "3 articles". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** A date at its own precision: `<time datetime="2018-11">November 2018</time>`, or "Undated". */
export function DateTime(props: { date: string | null; time?: string | null }): JSX.Element {
  if (props.date === null) return <span class="undated">Undated</span>;
  const datetime =
    props.time && props.date.length === 10 ? `${props.date}T${props.time}` : props.date;
  return <time datetime={datetime}>{formatDate(props.date)}</time>;
}

/** A list of articles with date and source. */
export function ArticleList(props: {
  here: string;
  articles: readonly ArticleLink[];
  empty?: string;
}): JSX.Element {
  if (props.articles.length === 0) return <p class="empty">{props.empty ?? "No articles."}</p>;
  return (
    <ol class="article-list">
      {props.articles.map((a) => (
        <li>
          <a href={relativeUrl(props.here, a.path)}>{a.headline}</a>
          <span class="byline">
            <DateTime date={a.date} /> · {a.source ?? NO_SOURCE}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Links to theme, person, place or source pages, with optional counts. */
export function TermList(props: {
  here: string;
  terms: readonly (TermLink & { count?: number })[];
}): JSX.Element {
  if (props.terms.length === 0) return <p class="empty">None.</p>;
  return (
    <ul class="term-list">
      {props.terms.map((t) => (
        <li>
          <a href={relativeUrl(props.here, t.path)}>{t.name}</a>
          {t.count !== undefined ? <span class="count"> {t.count}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** An article's tags: a link for each tag with a page, the phrase alone for the others. */
export function TagList(props: { here: string; tags: readonly ArticleTag[] }): JSX.Element {
  return (
    <ul class="term-list tag-list">
      {props.tags.map((t) => (
        <li>{t.path ? <a href={relativeUrl(props.here, t.path)}>{t.name}</a> : t.name}</li>
      ))}
    </ul>
  );
}

/** Sentences quoted from articles, each linking to its place in the article. */
export function CitationList(props: { here: string; citations: readonly Citation[] }): JSX.Element {
  return (
    <ul class="citations">
      {props.citations.map((c) => (
        <li>
          <blockquote>{c.sentence}</blockquote>
          <a href={`${relativeUrl(props.here, c.path)}#${c.anchor}`}>{c.headline}</a>
        </li>
      ))}
    </ul>
  );
}

/** Links to the other pages of a list split over several pages (nothing when it is one page). */
export function Pager(props: { here: string; page: PageNumber; label: string }): JSX.Element {
  const { page, here } = props;
  if (page.paths.length < 2) return <></>;
  const link = (n: number, text: string, rel?: string): JSX.Element =>
    n === page.number ? (
      <span aria-current="page">{text}</span>
    ) : (
      <a href={relativeUrl(here, page.paths[n - 1]!)} {...(rel ? { rel } : {})}>
        {text}
      </a>
    );
  // The first, the last and the pages near this one; gaps are shown as an ellipsis.
  const shown = [
    ...new Set([
      1,
      page.number - 2,
      page.number - 1,
      page.number,
      page.number + 1,
      page.number + 2,
      page.paths.length,
    ]),
  ]
    .filter((n) => n >= 1 && n <= page.paths.length)
    .sort((a, b) => a - b);
  return (
    <nav class="pager" aria-label={props.label}>
      {page.number > 1 ? link(page.number - 1, "← Previous page", "prev") : null}
      <ol>
        {shown.map((n, i) => (
          <li>
            {i > 0 && n > shown[i - 1]! + 1 ? <span class="gap">… </span> : null}
            {link(n, String(n))}
          </li>
        ))}
      </ol>
      {page.number < page.paths.length ? link(page.number + 1, "Next page →", "next") : null}
    </nav>
  );
}
