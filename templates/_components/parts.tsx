/**
 * Small pieces shared by pages: dates in `<time>`, article lists, term lists, citations.
 */
import { formatDate } from "../../src/site/format-date.ts";
import { relativeUrl } from "../../src/site/paths.ts";
import type { ArticleLink, Citation, TermLink } from "../../src/site/types.ts";

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
            <DateTime date={a.date} /> · {a.source ?? "Source not stated"}
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

/** Sentences quoted from articles, each linking to its place in the article. */
export function CitationList(props: {
  here: string;
  citations: readonly Citation[];
  headlines: ReadonlyMap<string, string>;
}): JSX.Element {
  return (
    <ul class="citations">
      {props.citations.map((c) => (
        <li>
          <blockquote>{c.sentence}</blockquote>
          <a href={`${relativeUrl(props.here, c.path)}#${c.anchor}`}>
            {props.headlines.get(c.article) ?? c.article}
          </a>
        </li>
      ))}
    </ul>
  );
}
