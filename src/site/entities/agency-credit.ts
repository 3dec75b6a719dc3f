/**
 * A news agency's credit after a dateline (`MOSCOW (Reuters) -`, `/ТАСС/`), which names an
 * organisation wherever the run stands.
 */
/**
 * True for a news agency's credit after a dateline: `MOSCOW (Reuters) -`, Russian `МОСКВА, 31
 * января. /ТАСС/.` and `ТОМСК, 1 сентября — РИА Новости.` (a dash, then the name ends a sentence
 * that opens with a dateline in capitals).
 */
export function isCredit(tokens: readonly string[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (before === "(") return tokens[end] === ")" && /^[-–—]$/.test(tokens[end + 1] ?? "");
  if (before === "/") return tokens[end] === "/";
  return (
    (before === "—" || before === "–") &&
    (tokens[end] === "." || tokens[end] === undefined) &&
    tokens.length - end <= 1 &&
    /^\p{Lu}{3,}$/u.test(tokens[0] ?? "")
  );
}
