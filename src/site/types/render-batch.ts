/** What a render writes: the plan of pages, and each batch with its data read. */
import type { RemovalReason } from "../../archive/types.ts";
import type { ArticleStub, ArticleView } from "./article-views.ts";
import type { EventPage, TermPage, TimelineYearPage } from "./page-views.ts";

/** The pages a render writes (a build leaves out pages whose data did not change) and what every page needs. */
export interface RenderPlan {
  /** Articles whose page to render. */
  articles: ArticleStub[];
  /** Articles whose original-file page to render. */
  sources: ArticleStub[];
  /** Term pages to render. */
  termPages: TermPage[];
  /** Publication-timeline pages to render. */
  yearPages: TimelineYearPage[];
  /** Events-timeline pages to render. */
  eventPages: EventPage[];
  /** The Pagefind shards the search page merges into the first (`pagefind-<k>/`). */
  searchShards: number[];
}

/** One line of an article's original file. */
export interface SourceFileLine {
  /** 1-based line number. */
  n: number;
  /** The line as read. */
  text: string;
  /** What became of it: editor-supplied, body, read as a fact (headline, byline, date), removed, or empty. */
  status: "front-matter" | "body" | "fact" | "removed" | "blank";
  /** Why it was removed (several when the page glued pieces together). */
  reasons: RemovalReason[];
}

/** An article's original-file page. */
export interface SourcePage {
  /** The article's full view. */
  article: ArticleView;
  /** Its file's lines, marked; null when the file can no longer be read. */
  lines: SourceFileLine[] | null;
}

/**
 * What one Eleventy run renders: the pages of one batch of a plan, each with every piece of data
 * its template shows, read before the run (templates read nothing themselves).
 */
export interface RenderBatch {
  /** Article pages, with each article's full view. */
  articles: ArticleView[];
  /** Original-file pages. */
  sources: SourcePage[];
  /** Term pages, with the sentences they quote. */
  termPages: TermPage[];
  /** Publication-timeline pages. */
  yearPages: TimelineYearPage[];
  /** Events-timeline pages. */
  eventPages: EventPage[];
  /** The Pagefind shards the search page merges into the first (`pagefind-<k>/`). */
  searchShards: number[];
  /** Full views of the feed's articles; empty when the batch does not write the whole-site pages. */
  feed: ArticleView[];
  /** True when the batch also writes the pages built from the whole archive and the static files (the first batch of a render). */
  wholeSite: boolean;
}
