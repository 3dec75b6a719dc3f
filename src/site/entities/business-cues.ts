/**
 * Words around a run that make it a firm's name: where staff work (`analysts at Peel Hunt`,
 * `auditors from Grant Thornton`, `economistas de BBVA`), whose shares trade (`shares of
 * Fullbrook Ales`, `acciones de Inditex`, `акции «Газпрома»`), whose chief executive speaks
 * (`Fullbrook's chief executive`, `Nvidia chief executive Jensen Huang`).
 */
import type { NameSpan } from "./name-spans.ts";

/** Staff of a firm, and the words that link them to it. */
const STAFF_NOUNS = new Set(
  `analysts economists strategists researchers scientists engineers executives employees staff
  workers auditors lawyers bankers consultants analistas economistas investigadores trabajadores
  empleados auditores abogados`.split(/\s+/),
);
const STAFF_LINKS = new Set(["at", "from", "de", "del"]);
/** A firm's shares, before `of` or `de` (`shares of`, `acciones de`) or, in Russian, its genitive (`акции`). */
const SHARE_NOUNS = new Set(["shares", "stock", "acciones", "titulos"]);
const RUSSIAN_SHARES = new Set(["акции", "акций", "акциях", "акциями"]);
/** Words after `chief` that make it a firm's officer (`chief executive`, `chief financial officer`). */
const CHIEF_OF = new Set(["executive", "financial", "operating"]);

/** True when the words around `s` say it is a firm. */
export function businessCue(s: NameSpan): boolean {
  const prev = s.before[s.before.length - 1] ?? "";
  const prev2 = s.before[s.before.length - 2] ?? "";
  if (STAFF_LINKS.has(prev) && STAFF_NOUNS.has(prev2)) return true;
  if ((prev === "of" || prev === "de") && SHARE_NOUNS.has(prev2)) return true;
  if (RUSSIAN_SHARES.has(prev)) return true;
  // Not across a comma: `Emma Haddad, chief executive of St Mungo's` is the officer.
  return (
    s.after[0] === "chief" &&
    CHIEF_OF.has(s.after[1] ?? "") &&
    !s.commaAfter &&
    s.title.length === 0
  );
}
