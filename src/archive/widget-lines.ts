/**
 * Lines a page's widgets print, told by their form rather than by a list of words: a gallery's
 * or a forum's counter (`Bild 7 von 10`, `1 Beitrag • Seite 1 von 1`), a comment form's heading
 * (`Schreibe eine Antwort`, `Leave a Reply`), a share or follow prompt naming a network
 * (`Jaa artikkeli Facebookissa`, `Follow @name`), a reading-time or rating counter, a search
 * box's prompt and a PHP warning printed above the page. They read like titles once copied and
 * are never the headline (navigation-lines.ts holds the widgets told by their words).
 */
import { wordsOf } from "./language.ts";
import { memoize } from "./memo.ts";

/** A counter of pictures or pages: `Bild 7 von 10`, `Photo 3 of 12`, `Seite 1 von 1`, `Page 2 sur 5`. */
const COUNTER =
  /(?:^|[•·|]\s*)(?:bild|foto|photo|image|slide|seite|page|página|pagina|kuva|zdjęcie)\s+\d+\s*(?:von|of|sur|de|di|van|\/|z)\s*\d+\s*$/iu;

/** A comment form's heading, in the languages copied pages show. */
const COMMENT_FORM =
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|write a comment|schreibe(?:n sie)? (?:eine[n]? )?(?:antwort|kommentar)|(?:einen )?kommentar (?:hinterlassen|schreiben|verfassen)|laisser un commentaire|laisser une réponse|deja (?:una respuesta|un comentario)|lascia un commento|deixe (?:uma resposta|um comentário)|geef een reactie|plaats een reactie|kirjoita kommentti|napisz komentarz)\b/iu;

/** Social networks a share or follow prompt names. */
const NETWORK =
  /(?:facebook|twitter|whatsapp|linkedin|pinterest|xing|instagram|telegram|reddit|tumblr|mastodon|threads)\p{L}*$/iu;

/** Verbs of a share or follow prompt, folded: share, follow, visit, recommend, in several languages. */
const PROMPT_VERBS = new Set(
  `share teilen teile jaa dela del partager partage compartir compartilhar condividi delen udostepnij
  follow folgen folge folgt suivre suivez seguir segui seguici volg visit besuchen besuche empfehlen recommend
  pin pinnen tweet twittern`.split(/\s+/),
);

/** Most words of a share or follow prompt: `Besuchen Sie uns bei XING`. */
const MAX_PROMPT_WORDS = 6;

/** True for a share or follow prompt: a share verb and a network's name, or `Follow @name`. */
function isSharePrompt(line: string): boolean {
  const words = wordsOf(line);
  if (words.length === 0 || words.length > MAX_PROMPT_WORDS) return false;
  const hasVerb = words.some((w) => PROMPT_VERBS.has(w));
  return hasVerb && (NETWORK.test(line) || /(?:^|\s)@\w+$/u.test(line));
}

/** A reading-time, word or vote counter: `21 minutes - 4312 words`, `5 from 7 votes`, `4 min read`. */
const COUNT_LINE =
  /^(?:\d+\s+(?:minutes?|mins?|minuten)\b.*\b\d+\s+(?:words|wörter)|\d+(?:[.,]\d+)?\s+(?:from|of|von|sur|de)\s+\d+\s+(?:votes|stimmen|bewertungen|votos)|\d+\s+min(?:ute)?s?\s+read)\s*$/iu;

/** A PHP warning a broken site prints over its page: `Deprecated: … in /www/htdocs/…`. */
const PHP_WARNING = /^(?:deprecated|strict standards|warning|notice|fatal error):\s.*\sin\s\/\S+/iu;

/** A search box's prompt: `Suchbegriff eingeben`, `Suche ein- oder ausblenden`, `Enter search term`. */
const SEARCH_PROMPT =
  /^(?:suchbegriff(?: eingeben)?|suche (?:ein- oder ausblenden|in allen inhalten|öffnen|schließen)|suchst du etwas\??|enter (?:a )?search term|search this (?:site|blog|website)|type to search)\s*$/iu;

/** A player's, loader's or reader's notice: `Media playback is unsupported on your device`, `Artikel werden geladen…`, `Continue reading the main story`, `Show more sharing options`, `Report this post`. */
const NOTICE =
  /^(?:media playback is (?:unsupported|not supported)|continue reading(?: the main story)?$|report this (?:post|comment|article)$|(?:search|find) more (?:papers|articles|posts) by this author$|loading\s*(?:\.\.\.|…)?$|\S+ (?:wird|werden) geladen\b)|\bsharing options$/iu;

/** True for a line printed by a page's widget: a counter, comment form, share prompt or search prompt. */
export const isWidgetLine = memoize((line: string): boolean => {
  const t = line.trim();
  return (
    COUNTER.test(t) ||
    COMMENT_FORM.test(t) ||
    COUNT_LINE.test(t) ||
    PHP_WARNING.test(t) ||
    SEARCH_PROMPT.test(t) ||
    NOTICE.test(t) ||
    isSharePrompt(t)
  );
});
