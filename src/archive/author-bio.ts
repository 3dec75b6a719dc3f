/**
 * The author's note a page prints under an article, whatever the outlet: a paragraph that opens
 * with a name and says what the person is (`Jane Doe is a senior writer for The Daily.`, `Max
 * Muster ist Professor für Soziologie in Jena.`, `Ana Pérez es periodista y escritora.`, `Иван
 * Петров — журналист, автор книги …`). Below the article, with little prose after it, it ends the
 * article (body-end.ts); in the middle of one, it is a paragraph like any other.
 */

/** A name of one to four capitalised words (`Leah C. Stokes`, `J.O. Haselhoef`, `Perry Bacon Jr.`). */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}`;

/**
 * What links the name to the role: `is (a|an|the)`, `ist (ein|eine)`, `es`, `est`, `—`, `является`.
 * Not a comma: `Ana Pérez, a researcher at the university, said …` is a quote, often an article's
 * last paragraph.
 */
const LINK = String.raw`(?:is|ist|es|est|è|является|—|–)\s+(?:(?:a|an|the|ein|eine|der|die|un|una|une|el|la|le|il)\s+)?`;

/** Roles of the people who write the articles, in English, German, Spanish, Russian, French, Italian. */
const ROLE = String.raw`(?:professor|professorin|profesora?|professeure?|профессор|доцент|journalist|journalistin|periodista|journaliste|giornalista|журналист(?:ка)?|reporter|reporterin|reportera?|корреспондент|writer|editor|redakteur(?:in)?|redactora?|r[ée]dacteur|редактор|author|autor(?:in|a)?|auteure?|автор|columnist|kolumnist(?:in)?|columnista|обозреватель|contributor|fellow|analyst|analystin|analista|аналитик|researcher|forscher(?:in)?|investigadora?|исследователь|correspondent|korrespondent(?:in)?|corresponsal|freelance|escritora?|schriftsteller(?:in)?|писатель)`;

/** The opening of an author's note: name, link, up to three words (`senior`, `assistant`), role. */
const AUTHOR_BIO = new RegExp(
  String.raw`^(?<name>${NAME})${LINK}(?:[\p{L}-]+\s+){0,3}?${ROLE}(?!\p{L})`,
  "iu",
);

/** Most words of an author's note: longer, it is a paragraph about the person, not a note. */
const MAX_BIO_WORDS = 90;

/** True for a paragraph that introduces the article's author by name and role. */
export function isAuthorBioLine(line: string): boolean {
  const text = line.trim();
  // A capital first: `is a` must follow a name, and the case-blind flag would let any word be one.
  if (!/^\p{Lu}/u.test(text) || text.split(/\s+/).length > MAX_BIO_WORDS) return false;
  const name = AUTHOR_BIO.exec(text)?.groups?.["name"]?.trim();
  if (name === undefined) return false;
  // The name's words keep their capitals: the case-blind match must not take `the new` for a name.
  return name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
}
