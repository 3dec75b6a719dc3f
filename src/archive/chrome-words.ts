/**
 * Page chrome by its words and forms in English, Spanish and Russian, as it appears when a news
 * page is copied as text: share-button rows, "read also" markers, photo credits, cookie banners,
 * newsletter and app promotions. Whole chrome lines are listed in chrome-lines.ts, the markers
 * where the article ends in end-markers.ts.
 */

import { fold } from "./language.ts";
import { COLON_TEASER_MARKERS, EUROPEAN_TEASER_MARKERS } from "./european-teaser-markers.ts";
import { anyOf, inOrder, type LineTest } from "./ordered-words.ts";

/** A marker folded as the lines it is matched against are, and escaped for a pattern. */
const escapeFolded = (m: string): string => fold(m).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words that make up share/social button rows (a line of only these words is a button row). */
export const SHARE_WORDS = new Set(
  `facebook twitter x pinterest telegram linkedin whatsapp email e-mail mail print imprimir share shares compartir
  поделиться vk vkontakte вконтакте ok одноклассники reddit tumblr flipboard messenger viber correo tweet tuitear
  copy link copiar enlace copied bluesky threads instagram youtube tiktok rss google news gmail sms line wechat weibo
  enviar send guardar save bookmark comment comments comentar comentario comentarios комментировать отправить
  сохранить печать распечатать follow us on seguir síguenos siguenos подписаться in по почте`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Markers of an inline "read also" link inside the body: the marker and the teaser after it go,
 * the article goes on. Written as printed; folded when compiled, as the lines they are matched
 * against are (`читайте` is `читаите` once folded).
 */
export const TEASER_MARKERS = new RegExp(
  `^(?:${[
    "read also",
    "read more",
    "see also",
    "related",
    "related coverage",
    "related story",
    "more on this",
    "lea también",
    "lee también",
    "leer también",
    "ver también",
    "vea también",
    "mira también",
    "relacionado",
    "relacionada",
    "te puede interesar",
    "читайте также",
    "смотрите также",
    "читайте подробнее",
    "по теме",
    ...EUROPEAN_TEASER_MARKERS,
  ]
    .map(escapeFolded)
    .join("|")})\\s*[:.…»-]?\\s*|^(?:${COLON_TEASER_MARKERS.map(escapeFolded).join("|")})\\s*:\\s*`,
);

/** Line openings that mark a photo or video credit. */
export const CREDIT_OPENINGS =
  /^(?:©|image caption|image source|pie de foto|fuente de la imagen|caption\s*:|photograph\s*:|подпись к фото|\(c\)\s|copyright\b|photo\s*(?:by|credit|:|\/)|photos?\s*:|foto\s*(?:de|:|\/)|fotos?\s*:|фото\s*[:/]|фото\b.{0,40}$|image\s*(?:by|credit|:|\/)|imagen\s*:|illustration\s*:|ilustracion\s*:|иллюстрация\s*:|credit\s*:|credito\s*:|source\s*:|fuente\s*:|источник\s*:|video\s*:|file photo|archive photo|foto de archivo|cortesia|courtesy|(?:text|texte|texto|words)\s*(?:&|und|and|y|et|e)\s*(?:fotos?|photos?|bilder?|pictures|images?)\s*:)/;

/** Credits inside captions: `REUTERS/Evgenia Novozhenina`, `AP Photo/Ramon Espinosa`, `EPA-EFE/YURI KOCHETKOV`, `Getty Images`. */
export const INLINE_CREDIT =
  /(?:\b(?:REUTERS|AP Photo|AFP|EPA(?:-EFE)?|EFE|Sputnik|TASS|ТАСС|РИА Новости|Xinhua|ANADOLU)\s*\/\s*\p{Lu}|\((?:AP|AFP|Reuters|EFE|Xinhua) Photo[^)]*\)|\bvia Getty Images\b|\bGetty Images\b|\bShutterstock\b|\(Foto:|\(Photo:|Фото:|\bPhotograph:|\bCredit\.\.\.|\[[^\]]{2,60}\/[^\]]{2,40}\]\s*$|\b(?:Foto|Photo|Фото)\s*:\s*[^.]{2,60}\.?\s*$)/u;

// A cookie word alone is not enough: articles mention cookies (and galletas) too.
const CONSENT = String.raw`(?:site|website|accept|consent|agree|use|policy|browsing|continu\w*|experience|sitio|navegaci\w+|acept\w+|pol[ií]tica|uso|utiliza\w*|сайт\w*|использ\w+|согла\w+)`;
const CONSENT_WORD = new RegExp(String.raw`\b${CONSENT}\b`, "iu");
/** Cookie and consent banners (the cookie word and a consent word, in either order). */
export const COOKIE_BANNER: LineTest = anyOf(
  inOrder(/\b(?:cookies?|galletas)\b/iu, CONSENT_WORD),
  inOrder(CONSENT_WORD, /\bcookies?\b/iu),
  /файлы cookie|cookie-файл|\bкуки\b/iu,
);

/**
 * Whole lines that are page furniture by their form: newsletter and app promotions, contributor
 * notes (AP, CNN, Bloomberg), print-edition notes (NYT), "follow us" widgets, bare URLs, editor
 * initials (`lb/ftm`, AFP and Prensa Latina), empty date labels, skip links.
 */
export const CHROME_PATTERNS: LineTest[] = [
  inOrder(
    /\b(?:sign up|subscribe|suscr[ií]b\w*|подпис\w+)\b/iu,
    /\b(?:newsletters?|bolet[ií]n|here|aqu[ií]|inbox|рассылк\w*)\b/iu,
  ),
  inOrder(
    /\b(?:newsletters?|bolet[ií]n)\b/iu,
    /\b(?:privacy|inbox|charities|sign up|subscribe|suscr[ií]b\w*|every (?:morning|day|week)|get|receive|delivered|weekly|daily|free|recibe|gratis)\b/iu,
  ),
  inOrder(
    /\bby (?:signing up|subscribing|clicking|registering)\b/i,
    /\b(?:agree|acknowledge|consent)\w*/i,
  ),
  /\b(?:unsubscribe|darte de baja|отписаться)\b/i,
  inOrder(
    /\b(?:privacy policy|terms of (?:service|use)|pol[ií]tica de privacidad|t[eé]rminos de uso)\b/i,
    /\b(?:agree|accept|acepta\w*)\b/i,
  ),
  /^(?:support (?:us|our|independent)|please support|donate|become a (?:member|supporter|patron)|ap[oó]ya(?:nos)?|haz una donaci[oó]n|поддержите)\b/iu,
  /\b(?:support (?:independent|our) (?:journalism|reporting)|donate (?:now|today)|make a donation|поддержать (?:нас|редакцию))\b/iu,
  inOrder(
    /\bcomment(?:s|arios?)?\b/i,
    /\b(?:must|will be|moderat\w*|reserve\w*|policy|rules|guidelines|normas|deben|ser[aá]n)\b/i,
  ),
  /(?:click here|haz clic aqu[ií]|pulsa aqu[ií]|нажмите здесь)(?![\p{L}])/iu,
  /\bcontributed (?:to )?(?:this (?:report|story)|reporting|from)\b/i,
  /^[—–-]?\s*with assistance (?:from|by)\b/i,
  /^\((?:updates|adds|recasts|corrects|rewrites|changes)\b[^)]*\)\.?$/i,
  /^a version of this article appears in print\b/i,
  /^this article is more than \d+ \w+ old$/i,
  /\b(?:notificaciones en nuestra app|download (?:our|the) app|descarga (?:nuestra|la) app)\b/i,
  /^you can share this (?:story|article)\b/i,
  /\bcomp[aá]rt(?:elo|alo|e esta)\b/i,
  /^(?:follow|s[ií]guenos|síganos|подписывайтесь|читайте нас)\b.{0,40}\b(?:on|en|в|на)\b/iu,
  /^✔/u,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^[a-z]{2,4}(?:\/[a-z]{2,4})+(?:\s*\([\p{L} ]{2,30}\))?$/u,
  /^(?:publicado|published|updated|actualizado|обновлено|опубликовано|fecha)\s*:?$/i,
  /^skip\b/i,
  /^(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i,
  /^hace\s+(?:\d+|un|una)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|meses?)$/i,
  /^\d+\s+(?:секунд\w*|минут\w*|час\w*|дн\w*|недел\w*)\s+назад$/iu,
  inOrder(
    /\b(?:website|web site|sitio web|сайт)\b/iu,
    /\b(?:subscribers?|suscriptores|подписчик\w*)\b/iu,
  ),
  /^(?:privacy settings|accept all|only necessary|yes, i agree|no, take me to settings|manage preferences|reject all|rechazar todo)$/i,
];
