/**
 * Words around a run that make it a firm's name: where staff work (`analysts at Peel Hunt`,
 * `auditors from Grant Thornton`, `economistas de BBVA`), whose shares trade (`shares of
 * Fullbrook Ales`, `acciones de Inditex`, `акции «Газпрома»`), whose chief executive speaks
 * (`Fullbrook's chief executive`, `Nvidia chief executive Jensen Huang`).
 */
import { COMPANY_NOUNS, DEMONYM_ENDINGS, ROLE_NOUNS, TITLES } from "./lexicon.ts";
import { isGivenName } from "./given-names.ts";
import type { NameSpan } from "./name-spans.ts";

/** Staff of a firm (`analysts at X`, `auditors from X`). */
const STAFF_NOUNS = new Set(
  `analysts economists strategists researchers scientists engineers executives employees staff
  workers auditors lawyers bankers consultants analistas economistas investigadores trabajadores
  empleados auditores abogados repartidores repartidor`.split(/\s+/),
);
/** Words that link staff to their firm. */
const STAFF_LINKS = new Set(["at", "from", "de", "del"]);
/** A firm's shares, before `of` or `de` (`shares of`, `acciones de`). */
const SHARE_NOUNS = new Set(["shares", "stock", "stake", "acciones", "titulos"]);
/** Words between a firm's shares and its name (`shares of`, `shares in`, `a stake in`, `acciones de`). */
const SHARE_LINKS = new Set(["of", "in", "de"]);
/** A firm's shares in Russian, before its name in the genitive (`акции Сбербанка`). */
const RUSSIAN_SHARES = new Set(["акции", "акций", "акциях", "акциями"]);
/** Words after `chief` that make it a firm's officer (`chief executive`, `chief financial officer`). */
const CHIEF_OF = new Set(["executive", "financial", "operating"]);

/** Participles before `by` and a firm's name (`run by`, `owned by`). */
const RUN_BY = new Set(["run", "owned", "operated", "managed", "acquired", "bought"]);
/** Articles that open an apposition after a name (`Extenda, la agencia`, `Dcoop, el mayor grupo`). */
const APPOSITION_ARTICLES = new Set(["the", "a", "an", "el", "la", "un", "una"]);
/** Bodies' nouns, beside the firms' of `COMPANY_NOUNS`, that an apposition calls a name by. */
const BODY_NOUNS = new Set(
  `agency organisation organization foundation association union maker agencia organizacion
  fundacion asociacion`.split(/\s+/),
);
/** True for a firm's or a body's noun. */
const isBodyNoun = (w: string | undefined): boolean =>
  w !== undefined && (COMPANY_NOUNS.has(w) || BODY_NOUNS.has(w));

/**
 * True when an apposition after `s` calls it a firm or a body: `Extenda, la agencia andaluza`,
 * `Dcoop, el mayor grupo oleícola`, `Arden, a private equity firm`; not `Rashford, the club
 * captain`, where the noun qualifies a person's role.
 */
function appositionCue(s: NameSpan): boolean {
  if (!s.commaAfter || !APPOSITION_ARTICLES.has(s.after[0] ?? "")) return false;
  // `the family-owned biscuit maker`: the noun may come third, after the firm's qualifiers.
  for (let i = 1; i <= 3; i++) {
    const w = s.after[i];
    if (w === undefined || isRole(w)) return false;
    if (isBodyNoun(w)) return !(s.after[i + 1] && isRole(s.after[i + 1]!));
  }
  return false;
}

/** True for a person's title or role (`captain`, `director`). */
const isRole = (w: string): boolean => TITLES.has(w) || ROLE_NOUNS.has(w);

/** True when the words around `s` say it is a firm. */
export function businessCue(s: NameSpan): boolean {
  const prev = s.before[s.before.length - 1] ?? "";
  const prev2 = s.before[s.before.length - 2] ?? "";
  if (STAFF_LINKS.has(prev) && STAFF_NOUNS.has(prev2)) return true;
  if (SHARE_LINKS.has(prev) && SHARE_NOUNS.has(prev2)) return true;
  // `shares in rival Aviva`.
  if (
    prev === "rival" &&
    SHARE_LINKS.has(prev2) &&
    SHARE_NOUNS.has(s.before[s.before.length - 3] ?? "")
  )
    return true;
  if (RUSSIAN_SHARES.has(prev)) return true;
  // `a farm run by Crestwood Poultry`, `owned by Hovis`: what runs or owns a business is a firm.
  // Not a people's adjective: `bought by Dutch group Vandermeer`.
  if (prev === "by" && RUN_BY.has(prev2) && !isGivenName(s.words[0]!))
    return s.words.length > 1 || !DEMONYM_ENDINGS.test(s.words[0]!.toLowerCase());
  if (appositionCue(s)) return true;
  // Not across a comma: `Emma Haddad, chief executive of St Mungo's` is the officer.
  return (
    s.after[0] === "chief" &&
    CHIEF_OF.has(s.after[1] ?? "") &&
    !s.commaAfter &&
    s.title.length === 0
  );
}
