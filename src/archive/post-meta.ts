/**
 * A post's meta line in any language, as blogs and news sites print it between headline and
 * body: `Veröffentlicht am 12. Juni 2017 von Anna`, `Posted by DT in Diary`, `Publié le 3 mars
 * 2020`, `05.01.2020 | Autor: Kim | Tags: …`, `Lesedauer ca. 7 Minuten`, `By Staff • 15 January 2020`.
 * Such a line is never the headline; walking up from the body, it is passed over. The date
 * vocabulary of date-stamp.ts knows English, Spanish and Russian; these are the forms of the
 * other languages a copied page shows, told by their openers and by numeric dates and times.
 */
import { memoize } from "./memo.ts";

/** Openers of a meta line: who wrote it, when, under which category, how long it reads. */
const META_OPENER = new RegExp(
  "^(?:posted|published|updated|written|filed|veröffentlicht|publiziert|geschrieben|erstellt|" +
    "aktualisiert|eingestellt|verfasst|autor(?:in)?|author|redaktion|kategorie[n]?|categor(?:y|ies)|" +
    "abgelegt|lesedauer|lesezeit|reading time|publié|publie|mis à jour|" +
    "auteur|rédigé|pubblicato|aggiornato|scritto|gepubliceerd|geplaatst|opublikowano|autor|" +
    "publicado|atualizado|escrito|julkaistu|publicerad|publiceret|skrevet)\\b[\\s:]|" +
    // Words that are common nouns too (`Tag des Huhns`, `Stand der Dinge`) open a meta line only with a colon.
    "^(?:tags?|stand|schlagworte?)\\s*:",
  "iu",
);

/** Openers naming the writer (`von Anna`, `by Kim`, `par Luc`): a meta line only when short, as a byline is. */
const NAME_OPENER =
  /^(?:(?:[Aa]rtikel|[Tt]ext|[Ee]in [Bb]eitrag|[Bb]eitrag|[Ff]otos?|[Aa]rticle|[Ss]tory) (?:von|by|de|par) \p{L}|(?:[Bb]y|[Vv]on|[Pp]ar|[Dd]oor|[Pp]or|[Pp]rzez)\s+\p{Lu}|(?:by|von|par|por)\s+\S+$)/u;

/** A byline's opener on a line of its own, the name on the next (`Von` / `Anna Berg`). */
const LONE_OPENER = /^(?:by|von|par|por|door|przez|av|af|di)\s*:?$/iu;

/** Most words of a line opened by a writer's name: `Von Sprachregeln, Gender-Politik und …` is a title. */
const MAX_NAME_LINE_WORDS = 6;

/** A numeric date or a time: `05.01.2020`, `2020-01-05`, `17/11/2019`, `10:19 Uhr`, `6.11.22`. */
const NUMERIC_DATE =
  /\b(?:\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})\b/u;

/** A day and a month written out, in the European languages' form: `12. Juni 2017`, `3 mars 2020`. */
const WORDED_DATE =
  /\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|déc|janv|févr|fév|avr|juil|juin|août|sept|gen|mag|giu|lug|ago|set|ott|dic|ene|abr|mei|maa|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)\p{L}*\.?\s+\d{2,4}\b/iu;

/** Most words of a meta line: a longer line with a date in it is a sentence. */
const MAX_META_WORDS = 18;

/** A labelled field of a meta row: `Autor: Kim`, `Kategorie: Technik`, `Abgelegt unter: Foto`. */
const META_FIELD =
  /(?:^|[|•·]\s*)(?:autor(?:in)?|author|kategorien?|categor(?:y|ies)|tags?|schlagw(?:ö|oe)rter|abgelegt unter|filed under|auteur|catégories?|rubrik|ausgabe)\s*:/iu;

/** Most words of a row of meta fields (`Veröffentlicht: 05.01.2020 | Autor: Kim | Abgelegt unter: …`). */
const MAX_FIELD_ROW_WORDS = 40;

/** True for a long row of meta fields: a labelled field and a date, or fields set off by bars. */
function isMetaFieldRow(line: string, words: number): boolean {
  if (words > MAX_FIELD_ROW_WORDS || /[.!?]$/.test(line.trim())) return false;
  const dated = NUMERIC_DATE.test(line) || WORDED_DATE.test(line);
  const fields = (line.match(/\s[|•·]\s/gu) ?? []).length;
  return META_FIELD.test(line) ? dated || fields >= 1 : dated && fields >= 2;
}

/** A title's closing date: words, a preposition, the date (`Protokoll der Sitzung vom 10. Oktober 2019`). */
const TITLE_DATE =
  /^(\p{Lu}[^|•·~]*?)\s(?:vom|am|from|of|du|del|dal)\s+(?:\d{1,2}\.?\s*\p{L}+\.?\s+\d{4}|\d{1,2}[./-]\s?\d{1,2}[./-]\s?\d{2,4})\s*$/u;

/** Fewest words before a title's closing date: `Kim am 12. Juni 2017` is a byline and a date. */
const MIN_DATED_TITLE_WORDS = 3;

/** True for a title that ends with the date of what it names, not a meta line (issue 15). */
export function isDatedTitle(line: string): boolean {
  const head = TITLE_DATE.exec(line.trim())?.[1];
  if (head === undefined || head.split(/\s+/).length < MIN_DATED_TITLE_WORDS) return false;
  // A lowercase word (an article, a preposition) shows a phrase, not a writer's name.
  return /\s\p{Ll}/u.test(head) && !NAME_OPENER.test(head);
}

/** True for a post's meta line (author, date, category, reading time), never a headline. */
export const isPostMetaLine = memoize((text: string): boolean => {
  // A date glued to the next (`17/11/201917/11/2019`: published and updated) is read apart.
  const line = text.replace(/(\d{4})(?=\d{1,2}[./-]|\d{1,2}\.\s)/gu, "$1 ");
  const words = line.split(/\s+/).length;
  if (words > MAX_META_WORDS) return isMetaFieldRow(line, words);
  if (META_OPENER.test(line) || LONE_OPENER.test(line.trim())) return true;
  if (NAME_OPENER.test(line) && words <= MAX_NAME_LINE_WORDS && !/[.!?]$/.test(line)) return true;
  // A date among few words, or a line of fields set off by bars and bullets.
  const dated = NUMERIC_DATE.test(line) || WORDED_DATE.test(line);
  if (dated && isDatedTitle(line)) return false;
  if (dated && (words <= 8 || /\s[|•·~/]\s|\s\/\/\s/u.test(line))) return true;
  return false;
});
