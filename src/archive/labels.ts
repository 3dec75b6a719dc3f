/**
 * Words the site shows where the archive has no fact. They live here, below the views, the
 * search index and the browser scripts, so every page, feed, filter and search result uses one
 * definition (tests/pipeline/browser-scripts.test.ts checks the browser bundle carries the same text).
 */

/** The label shown (and filtered on) for an article whose source is not stated. */
export const NO_SOURCE = "Source not stated";
