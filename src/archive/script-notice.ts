/**
 * A site's notice about the reader's browser, printed where scripts did not run: `Bitte
 * aktivieren Sie JavaScript in Ihrem Browser`, `Please enable JavaScript to view the comments`,
 * `Der Browser wird nicht mehr unterstützt`, `update your browser`. It reads like a sentence but
 * is never the article: above the headline it would start the article's run of prose.
 */
import { wordsOf } from "./language.ts";

/** Most words of a notice: a longer line is a paragraph that mentions JavaScript. */
const MAX_NOTICE_WORDS = 40;

/** JavaScript near a word that switches it on or off (either order). */
const SCRIPT_SWITCH =
  /javascript.{0,60}?(?:enabl|activ|aktivier|einschalt|schalten|deaktiv|disabl|deshabilit|désactiv|habilit|attiv|включ)|(?:enabl|activ|aktivier|schalt|disabl|deshabilit|habilit|attiv|включ)\w*\s+(?:\S+\s+){0,3}?javascript/iu;
/** A browser said to be too old or unsupported, or the reader asked to update it. */
const OLD_BROWSER =
  /(?:browser|navigateur|navegador).{0,60}?(?:nicht (?:mehr )?unterstützt|not (?:be )?supported|no longer supported|unsupported|outdated|veraltet|obsolète|no es compatible|ya no es compatible)|(?:update|upgrade|aktualisiere|actualiza|mettez à jour)\w*\s+(?:\S+\s+){0,2}?(?:browser|navegador|navigateur)/iu;

/** True for a notice asking the reader to switch JavaScript on or to update an unsupported browser. */
export function isScriptNotice(line: string): boolean {
  if (!/javascript|browser|navigateur|navegador/iu.test(line)) return false;
  if (wordsOf(line).length > MAX_NOTICE_WORDS) return false;
  return SCRIPT_SWITCH.test(line) || OLD_BROWSER.test(line);
}
