/**
 * The site's derived views: everything the templates render, computed from the archive's records
 * by pure functions (no Eleventy). Paths here are site-relative (`articles/x.html`); templates
 * turn them into links relative to the page they are on.
 */
export type * from "./types/inputs.ts";
export type * from "./types/article-views.ts";
export type * from "./types/page-views.ts";
export type * from "./types/render-batch.ts";
