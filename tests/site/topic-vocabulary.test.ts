/**
 * The default topics' vocabulary (issue 16): each top-level topic knows its ordinary news words in
 * English, Spanish and Russian, and words that merely look alike do not pull a story in.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadArticleBytes } from "../../src/archive/load.ts";
import { withDefaultTopics } from "../../src/site/default-topics.ts";
import { assignThemes, compileThemes } from "../../src/site/themes.ts";

const themes = withDefaultTopics([]);
const rules = compileThemes(themes);
const topLevel = new Set(themes.filter((t) => !t.parent).map((t) => t.slug));

/** The top-level topics the rules give a headline and its body (the body written twice). */
const topicsOf = (headline: string, body: string): string[] => {
  const text = `${headline}\n\n${body} ${body}\n`;
  const record = loadArticleBytes(
    "a.txt",
    new TextEncoder().encode(text),
    new Date("2025-01-01"),
  ).record!;
  return assignThemes(record, rules).slugs.filter((s) => topLevel.has(s));
};

/** Short stories in everyday news words, each with the only topics it must get. */
const STORIES: [headline: string, body: string, topics: string[]][] = [
  [
    "Playwright's new drama opens in the West End",
    "The composer and the choreographer rehearsed with the dancers; critics praised the comedy.",
    ["arts-and-culture"],
  ],
  [
    "Robber jailed after stabbing in shop",
    "The defendant was remanded in custody; his lawyer said he would appeal the manslaughter charge.",
    ["crime-law-and-justice"],
  ],
  [
    "Ferry capsizes off the coast",
    "Coastguard and lifeboat crews searched for survivors; several passengers drowned in the accident.",
    ["disaster-and-accidents"],
  ],
  [
    "Supermarket chain agrees takeover by rival retailer",
    "Shareholders backed the merger; the chief executive said suppliers and farmers would be paid faster.",
    ["economy-business-and-finance"],
  ],
  [
    "Hospital waiting lists grow as surgeons retire",
    "Patients with diabetes and dementia wait longer for surgery at the clinic, the NHS said.",
    ["health"],
  ],
  [
    "Coral reefs and wetlands at risk, conservationists warn",
    "Endangered species face extinction as landfill and pesticides poison ecosystems.",
    ["environment"],
  ],
  [
    "La ola de frío llega a la meseta",
    "Una borrasca trae granizo, nevadas y precipitaciones; la Aemet avisa de heladas.",
    ["weather"],
  ],
  [
    "Un descarrilamiento deja varios heridos",
    "El siniestro se produjo por un desprendimiento de tierras; los vagones volcaron y Protección Civil evacuó a los pasajeros.",
    ["disaster-and-accidents"],
  ],
  [
    "La cooperativa exportará aceite tras un acuerdo comercial",
    "La cosecha crece y los agricultores venden a una multinacional; la facturación sube.",
    ["economy-business-and-finance"],
  ],
  [
    "Nuevas estrellas Michelin para la cocina andaluza",
    "El chef presentó su menú degustación con tapas y cervezas artesanas.",
    ["lifestyle-and-leisure"],
  ],
  [
    "Detenido un estafador por agresión",
    "El juzgado lo procesó; su abogada recurrirá. Los Mossos lo arrestaron tras un atraco.",
    ["crime-law-and-justice"],
  ],
  [
    "В Сочи прошел турнир по волейболу",
    "Волейболисты и гандболисты сразились за кубок, биатлонисты и фигуристы пришли поболеть.",
    ["sport"],
  ],
  [
    "Мигрантов будут проверять по новым правилам",
    "Трудовые мигранты и их семьи: диаспоры жалуются, депортации стали чаще.",
    ["society"],
  ],
  [
    "Палеонтологи нашли окаменелости динозавра",
    "Анализ ДНК и генома провели в лаборатории, сообщили ученые.",
    ["science-and-technology"],
  ],
  [
    "Flood barriers go up as the river rises",
    "The flood defences held overnight and a rest centre opened for families who left their homes.",
    ["disaster-and-accidents"],
  ],
  [
    "Река поднялась выше опасной отметки",
    "Жителей подтопленных домов разместили в пункте временного размещения.",
    ["disaster-and-accidents"],
  ],
  [
    "Открылся новый подъемник",
    "Канатная дорога поднимет туристов к вершине за десять минут.",
    ["lifestyle-and-leisure"],
  ],
  [
    "El ciclista colombiano recupera el liderato",
    "Miles de aficionados vieron la contrarreloj; el pelotón llegó a un minuto.",
    ["sport"],
  ],
  [
    "Stürmer trifft doppelt: Aufsteiger gewinnt am Spieltag",
    "Der Trainer lobte die Mannschaft; nach dem Elfmeter jubelten die Fans im Stadion, die Bundesliga-Tabelle wackelt.",
    ["sport"],
  ],
  [
    "Landgericht verurteilt Betrüger zu Haftstrafe",
    "Die Staatsanwaltschaft hatte Anklage wegen Geldwäsche erhoben; der Angeklagte saß in Untersuchungshaft, sein Anwalt kündigte Revision an.",
    ["crime-law-and-justice"],
  ],
  [
    "Großbrand in Lagerhalle: Feuerwehr evakuiert Wohnhäuser",
    "Nach einer Explosion standen Teile der Halle in Flammen; die Brandursache ist unklar, Löscharbeiten dauerten die ganze Nacht.",
    ["disaster-and-accidents"],
  ],
  [
    "Konzern hebt Umsatzprognose an, Aktie legt an der Börse zu",
    "Der Vorstandschef verwies auf das starke Quartal; Anleger und Analysten erwarten höhere Gewinne, die Zulieferer profitieren.",
    ["economy-business-and-finance"],
  ],
  [
    "Warnstreik bei der Müllabfuhr",
    "Die Gewerkschaft verlangt höhere Löhne; die Tarifverhandlungen mit den Arbeitgebern waren in der zweiten Runde gescheitert.",
    ["labour"],
  ],
  [
    "Unwetterwarnung: Sturmtief bringt Orkanböen und Starkregen",
    "Der Deutsche Wetterdienst rechnet mit Gewittern und Hagel; in den Alpen fällt Schnee, die Temperaturen sinken.",
    ["weather"],
  ],
  [
    "Grippewelle füllt die Notaufnahmen",
    "Ärzte raten zur Impfung; viele Patienten mit Fieber und Symptomen einer Infektion warten im Krankenhaus.",
    ["health"],
  ],
  [
    "Koalition streitet über Wahlrecht vor der Landtagswahl",
    "Die Opposition im Bundestag kritisiert den Gesetzentwurf; Abgeordnete von SPD und CDU verhandeln, der Kanzler schweigt.",
    ["politics"],
  ],
  [
    "Waffenruhe gebrochen: Soldaten melden Beschuss an der Frontlinie",
    "Das Militär meldet Drohnenangriffe und Artilleriefeuer; die Friedensverhandlungen stocken, Zivilisten fliehen.",
    ["conflict-war-and-peace"],
  ],
  [
    "Neuer Roman der Schriftstellerin erscheint zur Buchmesse",
    "Der Verlag plant eine Lesereise; Kritiker loben die Lyrik ihrer Gedichte, die Bibliothek zeigt eine Ausstellung.",
    ["arts-and-culture"],
  ],
];

describe("the default topics' vocabulary", () => {
  for (const [headline, body, topics] of STORIES)
    it(`files “${headline}” under ${topics.join(" and ")}`, () => {
      assert.deepEqual(topicsOf(headline, body).sort(), [...topics].sort());
    });

  it("does not read look-alike words as topics", () => {
    // A cruise missile is not a holiday, Gene is a name, "lent" is a verb, a college football
    // player is not a student story, a nursery for a baby is not a school.
    assert.ok(
      !topicsOf(
        "Cruise missile hits depot",
        "Troops said the missile strike killed two soldiers.",
      ).includes("lifestyle-and-leisure"),
    );
    assert.deepEqual(
      topicsOf("Gene Hackman lent his voice to a film", "The actor and the film festival."),
      ["arts-and-culture"],
    );
    assert.ok(
      !topicsOf(
        "College football star signs",
        "The player scored in the match; the team and fans cheered.",
      ).includes("education"),
    );
    assert.deepEqual(
      topicsOf("Ideas for a baby nursery", "Paint the nursery walls a calm colour."),
      [],
    );
  });

  it("does not read German look-alike words as topics", () => {
    // A striker (Stürmer) is no storm (Sturm), "betrug" is also "amounted to", and neither
    // Mönchengladbach (Mönch, monk) nor Brandenburg (Brand, fire) is a religion or a disaster story.
    assert.ok(
      !topicsOf(
        "Stürmer stürmt an die Tabellenspitze",
        "Der Stürmer traf zweimal im Heimspiel; der Trainer lobte die Mannschaft, die Fans feierten.",
      ).includes("weather"),
    );
    assert.ok(
      !topicsOf(
        "Umsatz steigt kräftig",
        "Der Umsatz betrug im Quartal vier Milliarden Euro, die Kosten betrugen weniger als erwartet; die Aktie an der Börse stieg.",
      ).includes("crime-law-and-justice"),
    );
    assert.deepEqual(
      topicsOf(
        "Mönchengladbach gewinnt in Brandenburg",
        "Borussia Mönchengladbach hat in Brandenburg gewonnen; der Trainer lobte die Mannschaft, die Tore fielen nach der Halbzeit.",
      ),
      ["sport"],
    );
  });
});
