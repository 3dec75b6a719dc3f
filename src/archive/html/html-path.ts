/** Which article files are saved web pages, by their ending. */

/** File endings read as saved web pages. */
export const HTML_EXTENSIONS = [".html", ".htm"];

/** True when a path names a saved web page. */
export const isHtmlPath = (path: string): boolean =>
  HTML_EXTENSIONS.some((x) => path.toLowerCase().endsWith(x));
