/**
 * Server messages a page printed above or inside its markup: PHP's warnings and errors
 * (`Warning: Creating default object … in /www/htdocs/…/classes.php on line 407`,
 * `Deprecated: …`, `Strict Standards: …`). They read like long sentences but are never prose:
 * a run of them at a page's top would otherwise start the article above its headline.
 */

/** A PHP message's opening: its level and a colon. */
const LEVEL =
  /^(?:PHP\s+)?(?:Warning|Deprecated|Notice|Strict Standards|(?:Catchable )?Fatal error|Parse error|Recoverable fatal error)\s*:\s/u;
/** Its close: the script file and line the message names. */
const WHERE = /\.(?:php\d?|inc|phtml)\b.{0,40}\bon line \d+/u;

/** True for a line that is a server's warning or error message (`Warning: … in /x.php on line 12`). */
export function isServerErrorLine(line: string): boolean {
  return LEVEL.test(line) && WHERE.test(line);
}
