/**
 * Country and region names that may follow a city in a dateline without an agency tag
 * (`Doha, Qatar –`, `KYIV, Ukraine —`). Only these make a `Place, Country –` opening a dateline,
 * so prose such as `Lavrov, Shoigu – …` is never read as one.
 */
import { fold } from "./language.ts";

const NAMES =
  `afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh belarus belgium
belize benin bolivia bosnia brazil brasil bulgaria burkina faso cambodia cameroon canada chad chile china colombia congo costa rica croatia cuba
cyprus czech republic czechia denmark dominican republic ecuador egypt el salvador england eritrea estonia ethiopia finland france gabon georgia
germany ghana greece guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy ivory coast jamaica japan
jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon liberia libya lithuania luxembourg madagascar malawi malaysia mali malta
mauritania mexico méxico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands new zealand nicaragua niger nigeria
north korea north macedonia norway oman pakistan palestine panama paraguay peru perú philippines poland portugal puerto rico qatar romania russia
rwanda saudi arabia scotland senegal serbia sierra leone singapore slovakia slovenia somalia south africa south korea south sudan spain españa
sri lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo trinidad tunisia turkey türkiye turkmenistan uganda
ukraine united arab emirates uae united kingdom uk united states us usa uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe
rusia cuba alemania francia italia reino unido estados unidos eeuu china japón canadá brasil venezuela nicaragua
россия куба сша китай украина белоруссия беларусь казахстан германия франция`
    .split(/\n/)
    .join(" ");

const COUNTRIES: ReadonlySet<string> = new Set(
  // Multi-word names are matched whole: build every 1–3 word window of the list.
  (() => {
    const words = fold(NAMES).split(/\s+/);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++)
      for (let n = 1; n <= 3; n++) out.push(words.slice(i, i + n).join(" "));
    return out;
  })(),
);

/** True when the text names a country (English, Spanish or Russian). */
export function isCountry(text: string): boolean {
  return COUNTRIES.has(fold(text).replace(/[.,]/g, "").trim());
}
