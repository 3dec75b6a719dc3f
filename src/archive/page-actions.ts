/**
 * Lines that offer something other than the article's text: the article as a PDF, the next or
 * previous article, the category it is filed under, its table of contents, an embedded post to
 * load (`Dieses Skript als PDF herunterladen`, `Vorschau auf den nächsten Artikel`, `Kategorie:
 * News`, `Inhaltsverzeichnis`, `Externer Inhalt`). Chrome in any of the languages copied
 * pages show; a sentence that only mentions a PDF or a category is longer.
 */
import { fold, wordsOf } from "./language.ts";

/** Most words of such a line. */
const MAX_WORDS = 8;

/** The lines' wording, matched against the folded line (lowercase, no accents). */
const ACTIONS = new RegExp(
  [
    // The article as a file.
    String.raw`(?:^|\s)(?:als|as|en|como|в виде)\s+pdf\s+(?:herunterladen|downloaden|speichern|download|telecharger|descargar|скачать)(?![\p{L}\p{N}])`,
    String.raw`^(?:download|herunterladen|telecharger|descargar|скачать)\s+(?:\S+\s+){0,3}(?:als\s+|as\s+|en\s+|como\s+)?pdf$`,
    String.raw`^(?:pdf[- ](?:version|fassung|download)|version pdf|versione pdf|version en pdf)$`,
    // The next or previous article.
    String.raw`^(?:vorschau auf den )?(?:nachste[nr]?|vorherige[nr]?|next|previous|siguiente|anterior|suivant|precedent)\s+(?:artikel|beitrag|post|article|articulo|entrada)$`,
    String.raw`^(?:artikel|article|articulo)\s+(?:suivant|precedent|siguiente|anterior)$`,
    // Its table of contents, an embedded post to load (`Externer Inhalt`).
    String.raw`^(?:inhaltsverzeichnis|table of contents|sommaire|indice de contenidos|содержание)$`,
    String.raw`^(?:empfohlener (?:redaktioneller |externer )?inhalt|externer inhalt|external content|contenu externe|contenido externo)$`,
    // The category it is filed under.
    String.raw`^(?:kategorie|kategorien|category|categories|categorie|categoria|categorias|rubrik|рубрика|категория)\s*:\s*\S`,
  ].join("|"),
  "u",
);

/** True for a line that offers the article as a file, another article, its category, its contents or an embed. */
export function isPageAction(line: string): boolean {
  return wordsOf(line).length <= MAX_WORDS && ACTIONS.test(fold(line.trim()));
}
