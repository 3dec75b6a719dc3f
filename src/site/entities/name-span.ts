/** The type of a capitalised run that may be a name, with the words around it that tell what it names. */
/** A capitalised run that may be a name. */
export interface NameSpan {
  /** The name as written, without a leading title or trailing possessive (`Sergey Lavrov`). */
  text: string;
  /** Its words. */
  words: string[];
  /** The title words stripped from its front, folded (`foreign minister`), or empty. */
  title: string[];
  /** Up to three folded words before it (title excluded), nearest last. */
  before: string[];
  /** Up to three folded words after it. */
  after: string[];
  /** True when a comma stands right before it (an apposition: "the Arsenal manager, Mikel Arteta"). */
  commaBefore: boolean;
  /** True when a parenthesis follows it and holds `acronym` ("Federal Reserve (Fed)"). */
  acronym: string | null;
  /** True when it starts the sentence (where every word is capitalised). */
  initial: boolean;
  /** True when it is a news agency's credit after a dateline (`MOSCOW (Reuters) -`, `/Интерфакс/`). */
  credit: boolean;
  /** True when it stands in quotation marks or guillemets (`«Зенит»`). */
  quoted: boolean;
  /** The names, its own among them, of a list it stands in (`Southeastern, Southern and Thameslink`), or empty. */
  list: string[];
  /** The name right after it across a comma, before the clause ends (`Lincolnshire` of `Coningsby, Lincolnshire,`), or null. */
  commaNext: string | null;
  /** True when a comma stands right after it. */
  commaAfter: boolean;
  /** The settlement's noun of an apposition after it (`town` of `Ashby Green, a market town in`), or null. */
  apposition: string | null;
}
