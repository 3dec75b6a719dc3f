import { memoize } from "./memo.ts";
import { NATIONAL_AGENCIES } from "./national-agencies.ts";

/**
 * The registry of news outlets: canonical names and the aliases they appear under in datelines
 * (`(Reuters)`, `/TASS/`, `(RHC)`), bylines, footers and site names. Extend it here: matching is
 * case- and accent-insensitive and ignores punctuation, so `/ТАСС/`, `(Sputnik)` and
 * `Sputnik International` need only their words listed.
 */

/** One outlet. */
export interface Outlet {
  /** The name the archive shows, e.g. `Radio Habana Cuba`. */
  name: string;
  /** Other ways the outlet is named: abbreviations, other languages, site names and domains. */
  aliases: string[];
  /** True for wire services and agencies, whose dateline tag names them even on other sites. */
  agency?: boolean;
  /** True when the outlet writes numeric dates month first (`02/19/2024`), as US outlets do. */
  monthFirst?: boolean;
}

/** Every outlet the parser recognises. */
export const OUTLETS: Outlet[] = [
  { name: "Reuters", aliases: ["Thomson Reuters", "reuters.com"], agency: true },
  {
    name: "Associated Press",
    aliases: ["AP", "The Associated Press", "apnews.com", "AP News"],
    agency: true,
    monthFirst: true,
  },
  {
    name: "Agence France-Presse",
    aliases: ["AFP", "Agence France Presse", "France-Presse", "afp.com"],
    agency: true,
  },
  {
    name: "Xinhua",
    aliases: [
      "Xinhua News Agency",
      "Xinhuanet",
      "xinhuanet.com",
      "Xinhua Español",
      "Xinhua Espanol",
      "Синьхуа",
    ],
    agency: true,
  },
  {
    name: "TASS",
    aliases: ["ТАСС", "ITAR-TASS", "ИТАР-ТАСС", "tass.com", "tass.ru", "TASS Russian News Agency"],
    agency: true,
  },
  { name: "RIA Novosti", aliases: ["РИА Новости", "RIA", "ria.ru", "РИА"], agency: true },
  {
    name: "Sputnik",
    aliases: [
      "Sputnik International",
      "Sputnik News",
      "Sputnik Mundo",
      "Sputnik Nóvosti",
      "sputniknews.com",
      "sputnikglobe.com",
      "Спутник",
    ],
    agency: true,
  },
  {
    name: "Interfax",
    aliases: ["Интерфакс", "INTERFAX.RU", "interfax.ru", "Interfax-Ukraine"],
    agency: true,
  },
  {
    name: "Prensa Latina",
    aliases: [
      "PL",
      "Prensa Latina News Agency",
      "Agencia Prensa Latina",
      "prensa-latina.cu",
      "plenglish.com",
    ],
    agency: true,
  },
  { name: "EFE", aliases: ["Agencia EFE", "EFE News", "efe.com"], agency: true },
  { name: "Europa Press", aliases: ["europapress.es"], agency: true },
  {
    name: "UPI",
    aliases: ["United Press International", "upi.com"],
    agency: true,
    monthFirst: true,
  },
  {
    name: "Anadolu Agency",
    aliases: ["Anadolu", "AA", "aa.com.tr", "Agencia Anadolu"],
    agency: true,
  },
  { name: "ANSA", aliases: ["ansa.it"], agency: true },
  { name: "dpa", aliases: ["Deutsche Presse-Agentur", "DPA"], agency: true },
  { name: "Kyodo News", aliases: ["Kyodo"], agency: true },
  { name: "Yonhap", aliases: ["Yonhap News Agency"], agency: true },
  { name: "Agencia Cubana de Noticias", aliases: ["ACN", "acn.cu"], agency: true },
  { name: "Notimex", aliases: [], agency: true },
  ...NATIONAL_AGENCIES,
  { name: "Bloomberg", aliases: ["Bloomberg News", "bloomberg.com"], monthFirst: true },
  { name: "Radio Habana Cuba", aliases: ["RHC", "Radio Havana Cuba", "radiohc.cu"] },
  { name: "Russia Business Today", aliases: ["russiabusinesstoday.com", "RBT"] },
  {
    name: "BBC News",
    aliases: [
      "BBC",
      "BBC Mundo",
      "BBC News Mundo",
      "Русская служба Би-би-си",
      "bbc.com",
      "bbc.co.uk",
    ],
  },
  {
    name: "The Guardian",
    aliases: ["Guardian", "theguardian.com", "Guardian News & Media", "Guardian News and Media"],
  },
  { name: "Al Jazeera", aliases: ["Al Jazeera English", "aljazeera.com"] },
  { name: "CNN", aliases: ["CNN International", "CNN en Español", "cnn.com"], monthFirst: true },
  {
    name: "The New York Times",
    aliases: ["New York Times", "NYT", "nytimes.com", "The New York Times Company"],
    monthFirst: true,
  },
  {
    name: "The Washington Post",
    aliases: ["Washington Post", "washingtonpost.com"],
    monthFirst: true,
  },
  { name: "Deutsche Welle", aliases: ["DW", "dw.com"], monthFirst: true },
  { name: "France 24", aliases: ["France24", "france24.com"] },
  {
    name: "RT",
    aliases: ["Russia Today", "RT en Español", "RT en Espanol", "actualidad.rt.com", "rt.com"],
  },
  { name: "teleSUR", aliases: ["teleSUR English", "telesurtv.net", "telesurenglish.net"] },
  { name: "Granma", aliases: ["Granma International", "Granma Internacional", "granma.cu"] },
  { name: "Cubadebate", aliases: ["cubadebate.cu"] },
  { name: "Juventud Rebelde", aliases: ["jrebelde.cu"] },
  { name: "Cubasí", aliases: ["Cubasi"] },
  { name: "El País", aliases: ["El Pais", "elpais.com"] },
  { name: "El Mundo", aliases: ["elmundo.es"] },
  { name: "Kommersant", aliases: ["Коммерсантъ", "Коммерсант", "kommersant.ru"] },
  { name: "RBC", aliases: ["РБК", "rbc.ru"] },
  {
    name: "Rossiyskaya Gazeta",
    aliases: ["Российская газета", "Rossiiskaya Gazeta", "RG", "rg.ru"],
  },
  { name: "Izvestia", aliases: ["Известия", "iz.ru"] },
  { name: "The Moscow Times", aliases: ["Moscow Times", "themoscowtimes.com"] },
  { name: "Euronews", aliases: ["euronews.com"] },
  { name: "CGTN", aliases: ["cgtn.com"] },
  { name: "NPR", aliases: ["npr.org"], monthFirst: true },
  { name: "Fox News", aliases: ["foxnews.com"], monthFirst: true },
  { name: "NBC News", aliases: ["nbcnews.com"], monthFirst: true },
  { name: "CBS News", aliases: ["cbsnews.com"], monthFirst: true },
  { name: "ABC News", aliases: ["abcnews.go.com"], monthFirst: true },
  { name: "Financial Times", aliases: ["FT", "ft.com"] },
  {
    name: "The Wall Street Journal",
    aliases: ["Wall Street Journal", "WSJ", "wsj.com"],
    monthFirst: true,
  },
  { name: "Politico", aliases: ["politico.com"], monthFirst: true },
  { name: "Axios", aliases: ["axios.com"], monthFirst: true },
  { name: "The Independent", aliases: ["independent.co.uk"] },
  { name: "The Telegraph", aliases: ["telegraph.co.uk"] },
  { name: "Le Monde", aliases: ["lemonde.fr"] },
  { name: "Miami Herald", aliases: ["miamiherald.com"], monthFirst: true },
  { name: "14ymedio", aliases: ["14ymedio.com"] },
  { name: "Diario de Cuba", aliases: ["DDC", "diariodecuba.com"] },
  { name: "CiberCuba", aliases: ["cibercuba.com"] },
  { name: "Infobae", aliases: ["infobae.com"] },
  { name: "Clarín", aliases: ["Clarin", "clarin.com"] },
];

/**
 * Folds a name for matching: lowercase, no accents, punctuation as spaces, `ё` as `е`. Dots
 * that open or close a word go; `(?<!\.)` starts the closing test at a run's first dot only (from
 * every dot of a long run it was quadratic).
 */
export const foldName = memoize((name: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .replace(/(^|\s)\.+|(?<!\.)\.+(\s|$)/g, " ")
    .trim(),
);

const byAlias = new Map<string, Outlet>();
for (const outlet of OUTLETS) {
  for (const alias of [outlet.name, ...outlet.aliases]) byAlias.set(foldName(alias), outlet);
}

/** Longest text looked up as a name: aliases are a few words; a long line is never one. */
const MAX_NAME_CHARS = 200;

/** The outlet a name or alias refers to, or null. `(Sputnik)`, `/TASS/` and `sputnikglobe.com` all resolve. */
export function findOutlet(name: string): Outlet | null {
  if (name.length > MAX_NAME_CHARS) return null;
  const folded = foldName(name);
  return byAlias.get(folded) ?? byAlias.get(folded.replace(/^the /, "")) ?? null;
}

/** The longest outlet alias that a text ends with (for `… - Sputnik International` alt lines and `Name, Reuters` bylines). */
export function outletAtEnd(text: string): Outlet | null {
  const words = foldName(text).split(" ");
  for (let take = Math.min(5, words.length); take >= 1; take--) {
    const outlet = byAlias.get(words.slice(-take).join(" "));
    if (outlet) return outlet;
  }
  return null;
}

/** The outlet whose web domain a host belongs to (`p.dw.com` → Deutsche Welle), or null. */
export function outletOfHost(host: string): Outlet | null {
  const h = host.toLowerCase().replace(/^www\./, "");
  for (const outlet of OUTLETS) {
    for (const alias of outlet.aliases) {
      if (alias.includes(".") && !alias.includes(" ") && (h === alias || h.endsWith(`.${alias}`)))
        return outlet;
    }
  }
  return null;
}
