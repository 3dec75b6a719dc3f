/**
 * Page-chrome vocabulary in English, Spanish and Russian, as it appears when a news page is
 * copied as text: button labels, section labels, comment forms, "read also" markers.
 * Entries are folded (lowercase, no accents); lines are compared after folding and trimming
 * punctuation, so `Comentarios:` and `COMENTARIOS` match `comentarios`.
 */

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

/** Whole lines that are page chrome wherever they stand (labels, buttons, widgets). */
export const CHROME_LINES = new Set(
  [
    "subscribe", "subscribe now", "suscribete", "suscribirse", "подписаться", "подпишитесь",
    "advertisement", "advertising", "ad", "sponsored", "sponsored content", "publicidad", "anuncio", "реклама",
    "skip to main content", "skip to content", "skip navigation", "ir al contenido", "saltar al contenido", "перейти к содержанию",
    "image default", "default image", "image", "imagen", "изображение", "photo", "foto", "фото", "video", "видео", "audio", "gallery", "galeria", "галерея",
    "loader", "loading", "cargando", "загрузка", "chats", "newsfeed", "лента новостей",
    "sign up", "sign in", "log in", "login", "register", "registrarse", "iniciar sesion", "войти", "регистрация",
    "menu", "main menu", "menú", "меню", "search", "buscar", "поиск", "home", "inicio", "portada", "главная",
    "read more", "leer mas", "seguir leyendo", "continue reading", "читать далее", "читать полностью", "подробнее",
    "more", "ver mas", "show more", "load more", "mas", "еще", "ещё",
    "listen", "listen to this article", "escuchar", "escuchar noticia", "слушать", "play", "pause",
    "close", "cerrar", "закрыть", "accept", "accept all", "aceptar", "принять", "ok", "got it", "entendido",
    "top", "up", "up next", "back to top", "volver arriba", "ir arriba", "наверх", "scroll to top",
    "previous", "next", "anterior", "siguiente", "назад", "далее", "следующая", "предыдущая",
    "print", "imprimir", "печать", "a", "a+", "a-", "aa", "font size", "tamaño de letra", "размер шрифта",
    "getty images", "afp via getty images", "shutterstock", "file photo", "archive photo", "foto de archivo", "архивное фото",
    "breaking news", "ultima hora", "urgente", "срочно", "live", "en vivo", "en directo", "онлайн",
    "min read", "lectura", "мин", "reading time", "tiempo de lectura", "время чтения",
    "news", "noticias", "новости", "world", "mundo", "мир", "politics", "politica", "политика", "economy", "economia", "экономика",
    "opinion", "opinión", "мнение", "analysis", "analisis", "анализ", "sport", "sports", "deportes", "спорт", "culture", "cultura", "культура",
    "tags", "etiquetas", "теги", "темы", "topics", "temas", "keywords", "palabras clave", "ключевые слова",
    "captcha challenge", "captcha", "todos los campos son requeridos", "no sera publicado", "required fields are marked",
    "your email address will not be published", "tu direccion de correo electronico no sera publicada",
    "notifications", "notificaciones", "уведомления", "cookie settings", "manage cookies", "privacy policy", "politica de privacidad",
  ].map((s) => s.normalize("NFKD").replace(/\p{M}/gu, "")),
);

/**
 * Lines after which nothing is the article: comment sections, "you may also like" blocks,
 * discussion prompts. Checked only once some body text has been seen.
 */
export const END_MARKERS = new Set(
  [
    "comentarios", "comments", "comment", "deja un comentario", "dejar un comentario", "deja tu comentario", "leave a comment", "leave a reply",
    "add comment", "add a comment", "post a comment", "anadir comentario", "agregar comentario", "escribe un comentario", "комментарии", "комментарий", "оставить комментарий", "добавить комментарий",
    "you may also like", "you might also like", "you may be interested in", "te recomendamos", "вам может быть интересно",
    "to participate in the discussion", "join the discussion", "join the conversation", "participa en la discusion", "обсуждение", "чтобы участвовать в дискуссии",
    "inline feedbacks", "view all comments", "ver todos los comentarios", "все комментарии", "show comments", "mostrar comentarios", "показать комментарии",
    "most read", "most popular", "most viewed", "lo mas leido", "mas leidas", "mas leido", "lo mas visto", "самое читаемое", "популярное", "самое популярное",
    "more stories", "more news", "latest news", "latest", "mas noticias", "ultimas noticias", "otras noticias", "последние новости", "другие новости", "главные новости",
    "recommended", "recommended for you", "recomendado", "recomendados", "рекомендуем", "related content", "contenido relacionado", "related articles", "related stories",
    "articulos relacionados", "noticias relacionadas", "похожие материалы", "похожие новости", "по теме", "more from", "trending", "trending now", "tendencias",
    "about the author", "sobre el autor", "об авторе", "share this article", "comparte esta noticia", "compartir esta noticia", "share this story",
    "sign up for our newsletter", "subscribe to our newsletter", "suscribete a nuestro boletin", "newsletter", "boletin", "рассылка",
    "newsfeed", "suscribete para seguir leyendo", "related topics", "archivado en", "explore more on these topics", "explore more", "reuse this content",
    "more on this story", "send us your feedback", "temas relacionados", "ver comentarios", "lea tambien en", "comments are closed",
  ].map((s) => s.normalize("NFKD").replace(/\p{M}/gu, "")),
);

/** End markers by form: comment counts (`Se han publicado 23 comentarios`) and comment authors (`Lázaro dijo:`). */
export const END_PATTERNS: RegExp[] = [
  /^(?:se han publicado|hay|there are)\s+\d+\s+(?:comentarios|comments)\b/i,
  /^\d+\s+(?:comentarios|comments|комментари\w*)\s*$/i,
  /^\S.{0,40}\s(?:dijo|says|said|wrote|escribi[oó]|comment[oó]|пишет|написал[а]?)\s*:\s*$/iu,
];

/** Markers of an inline "read also" link inside the body: the marker and the teaser after it go, the article goes on. */
export const TEASER_MARKERS = /^(?:read also|read more|see also|related|related coverage|related story|more on this|lea tambien|lee tambien|leer tambien|ver tambien|vea tambien|mira tambien|relacionado|relacionada|te puede interesar|читайте также|смотрите также|читайте подробнее|по теме)\s*[:.…-]?\s*/;

/** Line openings that mark a photo or video credit. */
export const CREDIT_OPENINGS = /^(?:©|image caption|image source|pie de foto|fuente de la imagen|caption\s*:|photograph\s*:|подпись к фото|\(c\)\s|copyright\b|photo\s*(?:by|credit|:|\/)|photos?\s*:|foto\s*(?:de|:|\/)|fotos?\s*:|фото\s*[:/]|фото\b.{0,40}$|image\s*(?:by|credit|:|\/)|imagen\s*:|illustration\s*:|ilustracion\s*:|иллюстрация\s*:|credit\s*:|credito\s*:|source\s*:|fuente\s*:|источник\s*:|video\s*:|file photo|archive photo|foto de archivo|cortesia|courtesy)/;

/** Credits inside captions: `REUTERS/Evgenia Novozhenina`, `AP Photo/Ramon Espinosa`, `EPA-EFE/YURI KOCHETKOV`, `Getty Images`. */
export const INLINE_CREDIT = /(?:\b(?:REUTERS|AP Photo|AFP|EPA(?:-EFE)?|EFE|Sputnik|TASS|ТАСС|РИА Новости|Xinhua|ANADOLU)\s*\/\s*\p{Lu}|\((?:AP|AFP|Reuters|EFE|Xinhua) Photo[^)]*\)|\bvia Getty Images\b|\bGetty Images\b|\bShutterstock\b|\(Foto:|\(Photo:|Фото:|\bPhotograph:|\bCredit\.\.\.|\[[^\]]{2,60}\/[^\]]{2,40}\]\s*$|\b(?:Foto|Photo|Фото)\s*:\s*[^.]{2,60}\.?\s*$)/u;

/** Cookie and consent banners (the cookie word and a consent word, in either order). */
const CONSENT = String.raw`(?:site|website|accept|consent|agree|use|policy|browsing|continu\w*|experience|sitio|navegaci\w+|acept\w+|pol[ií]tica|uso|utiliza\w*|сайт\w*|использ\w+|согла\w+)`;
export const COOKIE_BANNER = new RegExp(String.raw`\b(?:cookies?|galletas)\b.*\b${CONSENT}\b|\b${CONSENT}\b.*\bcookies?\b|файлы cookie|cookie-файл|\bкуки\b`, "iu");

/**
 * Whole lines that are page furniture by their form: newsletter and app promotions, contributor
 * notes (AP, CNN, Bloomberg), print-edition notes (NYT), "follow us" widgets, bare URLs, editor
 * initials (`lb/ftm`, AFP and Prensa Latina), empty date labels, skip links.
 */
export const CHROME_PATTERNS: RegExp[] = [
  /\b(?:sign up|subscribe|suscr[ií]b\w*|подпис\w+)\b.*\b(?:newsletters?|bolet[ií]n|here|aqu[ií]|inbox|рассылк\w*)\b/iu,
  /\b(?:newsletters?|bolet[ií]n)\b.*\b(?:privacy|inbox|charities|sign up|subscribe|suscr[ií]b\w*|every (?:morning|day|week))\b/iu,
  /\b(?:click here|haz clic aqu[ií]|pulsa aqu[ií]|нажмите здесь)\b/iu,
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
  /\b(?:website|web site|sitio web|сайт)\b.*\b(?:subscribers?|suscriptores|подписчик\w*)\b/iu,
  /^(?:privacy settings|accept all|only necessary|yes, i agree|no, take me to settings|manage preferences|reject all|rechazar todo)$/i,
];
