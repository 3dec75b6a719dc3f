/**
 * Lines of a page's navigation and widgets that read like titles once copied: skip links, search
 * boxes, menu toggles, share prompts, previous/next post links (`« Older post`, `Newer post »`).
 * They are never the headline, in any language; the body's own chrome lists live elsewhere
 * (chrome-lines.ts, chrome-words.ts) and are not changed here.
 */
import { SHARE_WORDS } from "./chrome-words.ts";
import { wordsOf } from "./language.ts";
import { memoize } from "./memo.ts";

/** Words of site navigation and widgets, folded (lowercase, no accents), in the languages copied pages show. */
const NAVIGATION_WORDS = new Set(
  `skip zum inhalt springen wechseln uberspringen direkt content main menu menue menu navigation toggle
  search suche suchen recherche rechercher buscar cerca zoeken sok szukaj for nach to the go
  subscribe abonnieren sabonner login log in sign out register anmelden abmelden registrieren
  my account mein konto mon compte cart warenkorb panier click tap here hier to share teilen partager
  copy url link kopieren open opens on new window fenster tab primary secondary sekundaren primares
  back top nach oben zuruck retour home startseite accueil inicio sitemap close schliessen fermer cerrar
  get short full article articles artikel articulo article's information informacion informationen
  ir a al los las del de en la el comments comentarios kommentare commentaires view show more all
  download herunterladen telecharger descargar format pdf epub mobi drucken imprimer
  mobile mobiles offnen ouvrir abrir dark light mode
  перейти переити в к на читать статью статьи комментарии поиск меню войти фотобанк`.split(/\s+/),
);

/** Most words of a navigation line: `Click to share on Facebook (Opens in new window)`. */
const MAX_WORDS = 10;

/** Fewest words of a navigation line with one word the lists lack. */
const MIN_LOOSE_WORDS = 3;

/** Fewest words of a quotation in French quotes (`« Older post »` is a link). */
const MIN_QUOTATION_WORDS = 4;

/** True for a line of navigation or widget words only: `Zum Inhalt springen`, `Toggle search Search`, `Search for: Suchen`. */
export const isNavigationLine = memoize((line: string): boolean => {
  const t = line.trim();
  // Previous and next post links open or close with an arrow or a guillemet set apart by a space.
  // A quotation in French quotes (`« Il y a, d’abord, le poids… »`) opens and closes them.
  const quotation = /^«[^»]*»/u.test(t) && wordsOf(t).length >= MIN_QUOTATION_WORDS;
  if (/^[«‹←<]\s|\s[»›→>]$/u.test(t) && !quotation) return true;
  // Icon names a page prints as text (Material icons' ligatures): `chat_bubble 0 Kommentare`.
  if (/^[a-z]+_[a-z_]+\s/.test(t) && wordsOf(t).length <= 6) return true;
  const words = wordsOf(t);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  // Counters go with their widget: `Kommentare 0`, `12 shares`.
  const named = words.filter((w) => !/^\d+$/.test(w));
  const known = named.filter((w) => NAVIGATION_WORDS.has(w) || SHARE_WORDS.has(w)).length;
  if (named.length > 0 && known === named.length) return true;
  // One word the lists lack among several they hold: `Share by E-Mail`, `Copy Link URLCopied!`.
  return named.length >= MIN_LOOSE_WORDS && known >= named.length - 1;
});
