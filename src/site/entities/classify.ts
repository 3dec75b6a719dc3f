/**
 * What a capitalised run names, from its words and the words around it: an institution's word
 * (`Ministry`, `Partido`, `Совет`) or an acronym makes an organisation; the real gazetteer makes a
 * place; a title, an apposition, a verb of speech or a given name makes a person. A run with no
 * such sign is left undecided (the caller may still merge it into a name the article gives in full).
 */
import { fold } from "../../archive/language.ts";
import type { GeoPlace } from "./geo-gazetteer.ts";
import { lookupPlace, placeForm } from "./place-lookup.ts";
import { smallPlace } from "./small-places.ts";

export { lookupPlace };
export { orgCue, personCue } from "./person-org-cues.ts";
import { isGivenName } from "./given-names.ts";
import {
  AREA_WORDS,
  BODY_OPENERS,
  ORG_AFTER,
  BUSINESS_AFTER,
  COMPANY_NOUNS,
  DEMONYM_ENDINGS,
  FACILITY_WORDS,
  GEO_WORDS,
  NOT_ACRONYMS,
  NOT_NAMES,
  NOT_PARTIES,
  ORG_NAMES,
  PARTICLES,
  ORG_WORDS,
  PARTY_AFTER,
  PLACE_PREPOSITIONS,
  SETTLEMENT_WORDS,
  NATURAL_WORDS,
  STREET_WORDS,
} from "./lexicon.ts";
import { businessCue } from "./business-cues.ts";
import { isPlaceKind, isRoadCodeWord } from "./facility-names.ts";
import { isEventName } from "./competitions.ts";
import { facilityNoun, russianOrgWord } from "./kind-words.ts";
import { isKnownOrganisation } from "./known-organisations.ts";
import { isAcronym } from "./name-key.ts";
import type { NameSpan } from "./name-spans.ts";
import { personCue } from "./person-org-cues.ts";
import { isAgencyCompound, isRussianSurname } from "./russian-name-shapes.ts";
import { opensWithInstitution } from "./russian-institutions.ts";
import type { Verdict } from "./types.ts";

/**
 * Prepositions that put what follows inside a place (not `at` or `to`, which as often name a
 * firm; not Russian `в`, which as often stands before a ministry: `сообщили в Минздраве`).
 */
const IN_WORDS = new Set(["in", "en", "near", "cerca"]);
/** Definite articles, which make a lone institution's word inside a sentence a name (`al Congreso`, `la Generalitat`). */
const ARTICLES = new Set(["the", "el", "la", "al", "del"]);
/** Institutions' words that, even after an article, name whichever one the text is about (`el Gobierno`). */
const GENERIC_BODIES = new Set(["gobierno", "government", "universidad", "university", "liga"]);
/** Endings of Spanish adjectives of origin or kind (`madrileña`, `estadounidense`, `hotelero`, `pública`). */
const SPANISH_ADJECTIVE = /(?:ena|eno|ense|esa|es|ana|ano|ina|ino|ica|ico|era|ero|al)$/;
/** Points of the compass that open a region's name (`South`, `Northern`, `Южном`, `Западной`). */
const COMPASS = /^(?:(?:north|south|east|west)(?:ern)?|(?:северн|южн|западн|восточн)\p{Ll}{1,3})$/u;
/** Words before a team's name ("against Villa", "beat Chelsea"). */
const ORG_BEFORE = new Set(["against", "beat", "beating", "vs", "v", "contra", "против"]);

/** The verdict on a run, or null when nothing says what it is. */
export function classifySpan(s: NameSpan): Verdict | null {
  const found = placeForm(s.text);
  const verdict = classifyWith(s, found?.place);
  if (verdict?.place && found && found.form !== s.text) verdict.nominative = found.form;
  return verdict;
}

/** The verdict on a run whose gazetteer place (if any) is `place`. */
function classifyWith(s: NameSpan, place: GeoPlace | undefined): Verdict | null {
  const folded = s.words.map(fold);
  const prev = s.before[s.before.length - 1] ?? "";
  // `парке Горького`, `avenida del Puerto`, `A511`: a kind of place in lowercase, or a road's code.
  if (isPlaceKind(s.words[0]!) || (s.words.length === 1 && isRoadCodeWord(s.words[0]!)))
    return { type: "place", strength: "strong" };
  // `больнице имени Семашко`, `школы № 59`: a lowercase institution's noun opens the name.
  if (opensWithInstitution(s.words)) return { type: "organisation", strength: "strong" };
  // `Station Road`, `Villa Park`, `Газпром Арене`: a street or a ground, no town of the
  // gazetteer; `Royal Museum`: undecided.
  const lastWord = facilityNoun(folded[folded.length - 1]!);
  if (lastWord && s.words.length > 1)
    return STREET_WORDS.has(lastWord) ? { type: "place", strength: "weak" } : null;
  if (s.credit) return { type: "organisation", strength: "strong" };
  // `Кубок России`, `la Concha de Oro`, `the Nobel Prize`: an event or a prize, none of the three.
  if (isEventName(s.words)) return null;
  // `Gazprom said`, `según Inditex`: a widely known organisation, named with no cue.
  if (isKnownOrganisation(s.text)) return { type: "organisation", strength: "strong" };
  // `Marks & Spencer`, `Procter & Gamble`: names joined by an ampersand are a firm's, not a person's.
  if (s.words.includes("&")) return { type: "organisation", strength: "strong" };
  const givenFirst = s.words.length > 1 && isGivenName(s.words[0]!);
  // `Анзор Музаев`: a name and a Russian surname, whatever list lacks the name.
  const surnamed =
    s.words.length > 1 &&
    s.words.length < 4 &&
    isRussianSurname(s.words[s.words.length - 1]!) &&
    !folded.some((w) => ORG_WORDS.has(w)) &&
    !/(?:ый|ий|ой|ая|ое|ые|ых|ого)$/u.test(s.words[0]!);
  // `chipmaker Nvidia`, `el club Villarreal`, `компании «Газпром»`: the noun says what it is.
  // `analysts at Goldman Sachs`, `shares of Fullbrook Ales`: the words around say it is a firm.
  if (businessCue(s)) return { type: "organisation", strength: "strong" };
  if (COMPANY_NOUNS.has(prev) && !givenFirst && !surnamed)
    return { type: "organisation", strength: "strong" };
  // `la productora madrileña Tornasol`, `la petrolera estadounidense Chevron`: Spanish puts the
  // adjective between the firm's noun and its name.
  const prev2 = s.before[s.before.length - 2] ?? "";
  if (
    COMPANY_NOUNS.has(prev2) &&
    SPANISH_ADJECTIVE.test(prev) &&
    !NOT_NAMES.has(prev) &&
    !givenFirst &&
    !surnamed
  )
    return { type: "organisation", strength: "strong" };
  // `на арене «Янтарный»`, `стадион «Лужники»`: a quoted name after a venue's word is the venue.
  if (s.quoted && facilityNoun(prev)) return { type: "place", strength: "strong" };
  // Russian sets a company's or a club's name in guillemets (`«Зенит» обыграл «Спартак»`).
  if (s.quoted && /\p{Script=Cyrillic}/u.test(s.text) && !(givenFirst && surnamed) && !place)
    return { type: "organisation", strength: "strong" };
  if (place && place.kind !== "city") return { type: "place", strength: "strong", place };
  if (s.words.length === 1 && isAcronym(s.words[0]!)) {
    // A dateline's `LONDON` is a place; `NATO`, an organisation; `AI`, neither.
    if (place) return { type: "place", strength: "strong", place };
    if (NOT_ACRONYMS.has(folded[0]!.replace(/\./g, ""))) return null;
    return { type: "organisation", strength: "strong" };
  }
  // `NHS Highland`, `BBC Scotland`: an acronym that opens a name of two makes it an institution's.
  if (
    s.words.length === 2 &&
    isAcronym(s.words[0]!) &&
    !NOT_ACRONYMS.has(folded[0]!.replace(/\./g, "")) &&
    !lookupPlace(s.words[0]!) &&
    /^\p{Lu}\p{Ll}/u.test(s.words[1]!) &&
    !isGivenName(s.words[1]!)
  )
    return { type: "organisation", strength: "strong" };
  // `Роскосмос`, `Минздрава`, `Газпром`: a clipped compound of the state's or of industry.
  if (s.words.length === 1 && !place && isAgencyCompound(s.words[0]!) && !isGivenName(s.words[0]!))
    return { type: "organisation", strength: "strong" };
  // A lone `Gobierno` or `Совет` is a common noun capitalised by custom. `Казанского федерального
  // университета`: a Russian run holds its institution's word in any case.
  if (folded.some((w) => ORG_WORDS.has(w)) || russianOrgWord(s.words))
    return s.words.length > 1 ||
      ORG_NAMES.has(folded[0]!) ||
      (!s.initial && ARTICLES.has(prev) && !GENERIC_BODIES.has(folded[0]!))
      ? { type: "organisation", strength: "strong" }
      : null;
  // `губернатор Рязанской области`: a lowercase area's word ends no person's name, title or not.
  const area = AREA_WORDS.has(s.words[s.words.length - 1]!);
  // `Ecologistas en Acción`: a body's name joined over `en` (name-spans.ts).
  if (s.words.length === 3 && s.words[1] === "en")
    return { type: "organisation", strength: "weak" };
  // `ГУ МЧС по Московской области`: an institution's regional branch (regional-branch.ts).
  if (area && s.words.includes("по")) return { type: "organisation", strength: "strong" };
  if (
    !place &&
    s.words.length > 1 &&
    (area ||
      ((GEO_WORDS.has(folded[0]!) || GEO_WORDS.has(folded[folded.length - 1]!)) && !personCue(s)))
  )
    return { type: "place", strength: "weak" };
  // `Sale Sharks`, `Exeter Chiefs`: a town and a plural is a team, whoever `who` follows it.
  if (s.words.length === 2 && /^\p{Lu}[a-z]+[^aeious]s$/u.test(s.words[1]!) && !givenFirst) {
    const town = lookupPlace(s.words[0]!);
    if (town && !place) return { type: "organisation", strength: "weak" };
  }
  // `the Arsenal manager`, but not `the Cuban side`: a demonym is no team.
  const demonym = s.words.length === 1 && /(?:an|ese|ish)$/.test(folded[0]!);
  if (BUSINESS_AFTER.has(s.after[0] ?? "") && s.words.length === 1 && !demonym && !place)
    return { type: "organisation", strength: "strong" };
  // `Labour councillor Priya Shah`, `Conservative group leader`: a party before its members.
  // Not a people's adjective (`the Dutch group`), nor a word any party's members share.
  const party =
    s.words.length === 1 && !DEMONYM_ENDINGS.test(folded[0]!) && !NOT_PARTIES.has(folded[0]!);
  if (party && PARTY_AFTER.has(s.after[0] ?? "") && !place)
    return { type: "organisation", strength: "strong" };
  if (ORG_AFTER.has(s.after[0] ?? "") && !s.title.length && s.before.includes("the") && !demonym)
    return { type: "organisation", strength: "strong" };
  if (ORG_BEFORE.has(prev) && !(s.words.length > 1 && isGivenName(s.words[0]!)))
    return { type: "organisation", strength: "weak" };
  // `el estadio Manolo Santana`, `улица Баумана`: a name after a facility's word is that place.
  if (FACILITY_WORDS.has(prev)) return { type: "place", strength: "strong" };
  // `the town of Chiva`, `el municipio de Utiel`, `посёлок Листвянка`.
  // Not `главы города Андрея Ступина`: the town's head, named.
  const settlement =
    SETTLEMENT_WORDS.has(prev) ||
    ((prev === "of" || prev === "de" || prev === "del") && SETTLEMENT_WORDS.has(prev2));
  if (settlement && !(givenFirst && surnamed))
    return { type: "place", strength: "strong", ...(place ? { place } : {}) };
  // `el desierto de Atacama`, `на озере Байкал`; not across a comma after `Villanueva del Río`.
  const natural =
    NATURAL_WORDS.has(prev) || ((prev === "de" || prev === "del") && NATURAL_WORDS.has(prev2));
  if (natural && !s.commaBefore && !isGivenName(s.words[0]!))
    return { type: "place", strength: "strong", ...(place ? { place } : {}) };
  const small = smallPlace(s, place);
  if (small) return small;
  // `en Chiva`, `in Kupwara`: a lone name the gazetteer lacks, right after `in`, is a small place.
  if (s.words.length === 1 && !place && IN_WORDS.has(prev) && !isGivenName(s.words[0]!))
    if (!isAcronym(s.words[0]!) && !/(?:ish|ian|ese|ch)$/.test(folded[0]!))
      return { type: "place", strength: "weak" };
  const given =
    s.words.length > 1 &&
    !isAcronym(s.words[0]!) &&
    isGivenName(s.words[0]!) &&
    !NOT_NAMES.has(folded[0]!);
  // `Natural Resources Wales`, `Welsh Water`: a name ending in a country's or a region's name,
  // or led by a demonym, is an institution's, whatever verb follows.
  if (!given && !place && s.words.length > 1) {
    const last = lookupPlace(s.words[s.words.length - 1]!);
    // `Южном Урале`, `East Anglia`: a point of the compass before a region is part of it.
    if (last && last.kind !== "city" && s.words.length === 2 && COMPASS.test(folded[0]!))
      return { type: "place", strength: "strong" };
    if ((last && last.kind !== "city") || /(?:ish|ian|ese)$/.test(folded[0]!))
      return { type: "organisation", strength: "weak" };
  }
  // `National Highways said`, `St John Ambulance treated`: a name opened by a body's word is a body's.
  if (!given && s.words.length > 1 && BODY_OPENERS.has(folded[0]!))
    return { type: "organisation", strength: "weak" };
  const person = personCue(s);
  // `Milton Keynes`: a given name that opens the whole name of a city of 100,000 people opens a
  // place's name; before a smaller town's, as likely a person's.
  // `Miranda de Ebro`: not a town's whole name with a particle inside (`de`, `del`).
  const personLike =
    given &&
    s.words.length > 1 &&
    (place?.population ?? 0) < 100_000 &&
    !(place && s.words.some((w) => PARTICLES.has(w)));
  if (place && !person && !personLike)
    return { type: "place", strength: PLACE_PREPOSITIONS.has(prev) ? "strong" : "weak", place };
  if (person) return { type: "person", strength: "strong" };
  // `Santiago Gómez Sierra`, `Rosario Jiménez`: a Spanish patronymic after the first word is a person's.
  if (!place && s.words.slice(1).some((w) => /^\p{Lu}\p{Ll}+ez$/u.test(w) && w.length >= 5))
    return { type: "person", strength: "weak" };
  // `Real Madrid`, `Natural Resources Wales`: a name holding a place's name is an institution's.
  if (
    s.words.length > 1 &&
    s.words.some(
      (w) => lookupPlace(w)?.kind === "country" || (lookupPlace(w)?.population ?? 0) > 1_000_000,
    )
  )
    return { type: "organisation", strength: "weak" };
  if (given || (surnamed && !place)) return { type: "person", strength: "weak" };
  return null;
}
