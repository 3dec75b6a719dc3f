/**
 * Soft end markers (see end-markers.ts) in the other languages of the web's news and blogs:
 * German, French, Italian, Portuguese, Spanish, Polish and Dutch headings of related-article,
 * most-read and further-reading blocks, and their English peers not listed there (issue 15).
 * Written folded (lowercase, no accents), as end-markers.ts compares them.
 */

/** Headings of teaser blocks that end the article unless two paragraphs follow. */
export const EUROPEAN_SOFT_END_MARKERS: readonly string[] = [
  "auch interessant",
  "das thema konnte dich auch interessieren",
  "das thema konnte sie auch interessieren",
  "das konnte dich auch interessieren",
  "das konnte sie auch interessieren",
  "das konnte ihnen auch gefallen",
  "lesen sie auch",
  "lesen sie auch die folgenden beitrage",
  "beliebte beitrage zum thema",
  "empfehlungen aus der redaktion",
  "mehr zum thema",
  "mehr themen",
  "weitere artikel",
  "weitere beitrage",
  "weitere nachrichten",
  "weitere informationen",
  "weitere beitrage zu",
  "weitere beitrage zum thema",
  "beliebte beitrage",
  "beliebte artikel",
  "neueste artikel",
  "neueste beitrage",
  "neue beitrage",
  "aktuelle beitrage",
  "letzte beitrage",
  "die meistgelesenen artikel",
  "meistgelesen",
  "meistgelesene artikel",
  "zum weiterlesen",
  "passend zum thema",
  "empfehlungen der redaktion",
  "lust auf mehr",
  "want more",
  "explore further",
  "further reading",
  "read next",
  "popular posts",
  "recent posts",
  "related posts",
  "a lire aussi",
  "a lire egalement",
  "sur le meme sujet",
  "dans la meme rubrique",
  "leggi anche",
  "potrebbe interessarti anche",
  "veja tambem",
  "leia tambem",
  "le puede interesar",
  "te puede interesar",
  "czytaj tez",
  "zobacz takze",
  "przeczytaj takze",
  "lees ook",
  "meer nieuws",
];

/**
 * Headings of teaser blocks by form, folded: a word for more, related, newest or most read, then a
 * plural word for articles or news, and at most a few words more (`Weitere Pressemitteilungen
 * dieses Verbands`, `Die meistgelesenen Artikel bei …`, `Top Stories`, `Aktuelle Meldungen`).
 */
export const SOFT_END_FORM =
  /^(?:die |the |le |les |gli |los |las )?(?:weitere|mehr|more|other|further|ahnliche|verwandte|neueste|neuesten|aktuelle|latest|recent|popular|beliebte|meistgelesene|meistgelesenen|top|related|similar|autres|derniers|dernieres|altri|altre|ultime|ultimi|otras|otros|mas|ultimas|ultimos|wiecej|meer|andere|nieuwste)\s+(?:\S+\s+)?(?:artikel|beitrage|pressemitteilungen|nachrichten|news|meldungen|stories|storys|articles|posts|noticias|articulos|actualites|notizie|articoli|artykuly|berichten|artikelen|themen|videos|geschichten|rezepte|recipes)(?:\s+\S+){0,4}$/;
