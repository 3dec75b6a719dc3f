/**
 * Date stamps: lines that state when the page was published or updated, such as
 * `2024-02-19 08:34:09`, `Published 12:01 PM EST, February 19, 2024`, `Actualizado: 19/02/2024`,
 * `March 3, 20245:12 PM GMT+3Updated 2 hours ago`, `19 февраля 2024, 08:34`.
 */
import { findDates, type DateMention } from "./dates.ts";
import { fold, WEEKDAYS, wordsOf } from "./language.ts";
import { findShortYearDate } from "./short-year-date.ts";
import type { Language } from "./types.ts";

/** Whether a stamp says the page was first published or later updated. */
export type StampLabel = "published" | "updated" | "none";

/** A date read from a stamp, with its label. */
export interface StampDate {
  /** The date as read. */
  mention: DateMention;
  /** What the page says the date is. */
  label: StampLabel;
}

const PUBLISHED =
  /(?<![\p{L}])(?:first published|published|publication|posted|publicado|publicada|publicación|publicacion|fecha|date|dated|опубликовано|дата публикации|дата|создано|veröffentlicht|veroffentlicht|erschienen|publié|publie|pubblicato|postado|gepubliceerd|datum)(?![\p{L}])\s*(?:on|el|am|le|il|em|op|:)?/giu;
const UPDATED =
  /(?<![\p{L}])(?:last updated|updated|update|modified|actualizado|actualizada|actualización|actualizacion|modificado|editado el|обновлено|обновлен|изменено|последнее обновление|zuletzt aktualisiert|aktualisiert|geändert|geandert|mis à jour|mis a jour|mise à jour|mise a jour|aggiornato|atualizado|bijgewerkt)(?![\p{L}])\s*(?:on|el|am|le|il|em|op|:)?/giu;

/** Words that may stand beside a date in a stamp without making it prose. */
const STAMP_FILLER = new Set(
  "at on the de del el a las la y of by um uhr am den le il em op om от стр page pag edition edicion выпуск номер no gmt utc msk est edt cst cdt pst pdt cet cest bst et pt am pm a.m p.m hrs h z ago hace назад ч мин min read minutes minutos lectura г года time hora время mins hours horas часа часов".split(
    " ",
  ),
);

/**
 * Dated lines that never date the article: an embedded post's credit (`— Ann Lee (@annlee) March
 * 3, 2020`), a profile's join date, the end of a video's availability, a comment's reply link.
 */
const NEVER_A_STAMP = new RegExp(
  [
    String.raw`^\s*[—–-]\s*[^(]*\(@[\p{L}\p{N}_.]+\)`,
    String.raw`^\s*(?:joined|member since|mitglied seit|registriert seit|dabei seit|miembro desde|inscrit depuis|на сайте с)(?![\p{L}])`,
    String.raw`(?:available|verfügbar|abrufbar|online|disponible|доступно)\s+(?:until|till|bis|hasta|jusqu'au|до)(?![\p{L}])`,
    String.raw`(?:^|[·|])\s*(?:reply|antwort|antworten|responder|répondre|rispondi|ответить)\s*$`,
  ].join("|"),
  "iu",
);

/**
 * Reads a stamp line, or returns null when the line is not mostly a date. A line qualifies when,
 * once dates, times, labels, weekdays and a few fillers are taken out, at most three words remain.
 */
export function readDateStamp(
  line: string,
  language: Language,
  monthFirst = false,
): StampDate[] | null {
  if (wordsOf(line).length > 24 || NEVER_A_STAMP.test(line)) return null;
  const mentions = findDates(line, language, monthFirst).filter((m) => m.date.year !== 0);
  if (mentions.length === 0) {
    const short = findShortYearDate(line);
    if (short) mentions.push(short);
    else return null;
  }
  let rest = line;
  for (const m of [...mentions].reverse())
    rest = rest.slice(0, m.index) + " " + rest.slice(m.index + m.length);
  rest = rest
    .replace(PUBLISHED, " ")
    .replace(UPDATED, " ")
    .replace(/\d{1,2}[:.]\d{2}(?::\d{2})?/g, " ")
    .replace(/[+-−]\d{1,2}(?::?\d{2})?/g, " ");
  const leftover = wordsOf(rest).filter(
    (w) => !STAMP_FILLER.has(w) && !WEEKDAYS.has(w) && !/^\d+$/.test(w),
  );
  if (leftover.length > 3) return null;
  return mentions.map((mention) => ({ mention, label: stampLabelBefore(line, mention.index) }));
}

/** The label nearest before a position in the line: `Updated 3 PM, Feb 20` is an update. */
export function stampLabelBefore(line: string, index: number): StampLabel {
  const head = fold(line.slice(0, index));
  let best: StampLabel = "none";
  let at = -1;
  for (const [re, label] of [
    [PUBLISHED, "published"],
    [UPDATED, "updated"],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head)) {
      if (m.index >= at) {
        at = m.index;
        best = label;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best;
}
