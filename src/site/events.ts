/**
 * Events the articles mention, read from their sentences at the precision stated: `in 1902`,
 * `in October 1942`, `on April 3, 1952`, `in July, 2014`. Relative phrases (`on Friday`,
 * `this year`, `yesterday`) are resolved against the article's date only when that date is known
 * precisely enough; otherwise they are skipped. Dates after the article's own date (plans,
 * targets like `until 2030`) are not events.
 */
import {
  firstDayOf,
  formatPartialDate,
  isRealDate,
  parseIsoPartialDate,
  type PartialDate,
} from "../archive/calendar.ts";
import { findDates } from "../archive/dates.ts";
import { todayIsBefore } from "../archive/watched-now.ts";
import { WEEKDAYS, fold } from "../archive/language.ts";
import type { Language } from "../archive/types.ts";

/** A dated mention in one sentence. */
export interface EventMention {
  /** The date at its stated precision. */
  date: string;
  /** The words that gave it. */
  evidence: string;
}

const YEAR_ONLY =
  /(?<![\p{L}\d])(?:in|since|from|by|of|during|until|till|en|desde|durante|hasta|del|de|в|с|до)\s+(?:the\s+(?:end|beginning|start|middle|spring|summer|autumn|fall|winter)\s+of\s+|(?:early|late|mid)[\s-]+|(?:finales|principios|mediados)\s+de\s+)?((?:1[0-9]|20)\d{2})(?![\d\p{L}])(?!\s*(?:году|года)?\s*[-–]\s*\d)/giu;
const RELATIVE_DAY =
  /(?<![\p{L}])(?:on|this|last|el|este|el pasado|в|во)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\p{L}'’])/giu;
const RELATIVE_YEAR =
  /(?<![\p{L}])(this year|last year|este año|el año pasado|в этом году|в прошлом году)(?![\p{L}])/giu;
const RELATIVE_SHIFT = /(?<![\p{L}])(yesterday|today|ayer|hoy|вчера|сегодня)(?![\p{L}])/giu;

const RELATIVE_HINT =
  /day|year|today|ayer|hoy|año|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|вчера|сегодня|году|понедельник|вторник|сред|четверг|пятниц|суббот|воскресень/i;

const RU_WEEKDAY: Record<string, string> = {
  среду: "среда",
  пятницу: "пятница",
  субботу: "суббота",
};

/** True when date `a` begins after date `b` ends (each at its own precision). */
function after(a: PartialDate, b: PartialDate): boolean {
  const first = Date.UTC(a.year, (a.month ?? 1) - 1, a.day ?? 1);
  const last =
    b.month === undefined
      ? Date.UTC(b.year, 11, 31)
      : b.day === undefined
        ? Date.UTC(b.year, b.month, 0)
        : Date.UTC(b.year, b.month - 1, b.day);
  return first > last;
}

/** The dates a sentence mentions, given the article's own date (null when undated). */
export function findEventDates(
  sentence: string,
  language: Language,
  articleDate: string | null,
  now: Date,
): EventMention[] {
  // Most sentences state no date: only those with a digit or a relative word are read.
  if (!/\d/.test(sentence) && !RELATIVE_HINT.test(sentence)) return [];
  const base = articleDate ? parseIsoPartialDate(articleDate.slice(0, 10)) : null;
  // Nothing after the article's own date, or, for an undated article, after today (asked through
  // `todayIsBefore`, so a watched now notes the day the answer would change).
  const tooLate = (date: PartialDate): boolean =>
    base ? after(date, base) : todayIsBefore(firstDayOf(date).getTime(), now);
  const out: EventMention[] = [];
  // Characters already read as a date (a mask: a list of spans was rescanned for every match).
  const taken = new Uint8Array(sentence.length);
  const add = (date: PartialDate, evidence: string, index: number): void => {
    if (!isRealDate(date) || tooLate(date)) return;
    out.push({ date: formatPartialDate(date), evidence });
    taken.fill(1, index, index + evidence.length);
  };
  for (const m of findDates(sentence, language))
    if (m.date.year !== 0) add(m.date, m.text, m.index);
  for (const m of sentence.matchAll(YEAR_ONLY)) {
    const at = m.index + m[0].length - 4;
    if (!taken[at] && !/^(?:to|a)\s/i.test(m[0])) add({ year: Number(m[1]) }, m[0], m.index);
  }
  if (base?.day !== undefined && base.month !== undefined) {
    const baseDay = new Date(Date.UTC(base.year, base.month - 1, base.day));
    for (const m of sentence.matchAll(RELATIVE_DAY)) {
      const name = fold(m[1] ?? "");
      const weekday = WEEKDAYS.get(RU_WEEKDAY[name] ?? name);
      if (weekday === undefined) continue;
      // The most recent such day on or before the article's date: news reports the past.
      const back = (baseDay.getUTCDay() - weekday + 7) % 7;
      const d = new Date(baseDay.getTime() - back * 86400000);
      add(
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
        m[0],
        m.index,
      );
    }
    for (const m of sentence.matchAll(RELATIVE_SHIFT)) {
      const shift = /yesterday|ayer|вчера/i.test(m[1] ?? "") ? -1 : 0;
      const d = new Date(baseDay.getTime() + shift * 86400000);
      add(
        { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
        m[0],
        m.index,
      );
    }
  }
  if (base) {
    for (const m of sentence.matchAll(RELATIVE_YEAR))
      add({ year: base.year - (/last|pasado|прошлом/i.test(m[1] ?? "") ? 1 : 0) }, m[0], m.index);
  }
  return out;
}
