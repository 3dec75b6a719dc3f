/**
 * The body's edges on copied pages (issue 15, round 3): the standfirst above the byline is body,
 * inline "read also" markers in other languages take their teaser out, and appeals to the reader
 * (newsletter, paywall, "did you like it?"), captions with their credit, blog post footers and
 * affiliate disclosures are not body; a quotation printed over several short lines is. Fixtures:
 * tests/fixtures/text-patterns.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { teaserMarker } from "../../src/archive/boilerplate.ts";
import { parseArticle } from "../../src/archive/parse.ts";
import { readArticleText } from "../../src/archive/read.ts";
import { isCaptionCredit } from "../../src/archive/caption-credits.ts";
import { isDisclosureLine } from "../../src/archive/disclosures.ts";
import { isPageAction } from "../../src/archive/page-actions.ts";
import { isPostFooterLine } from "../../src/archive/post-footer.ts";
import { isReaderAppeal } from "../../src/archive/reader-appeals.ts";
import { isSiteCreditLine } from "../../src/archive/site-credits.ts";
import { standfirstAboveRun } from "../../src/archive/standfirst.ts";
import type { LineKind } from "../../src/archive/classify-line.ts";

const dir = join(import.meta.dirname, "..", "fixtures", "text-patterns");
const now = new Date("2026-11-23T12:00:00Z");

function bodyOf(name: string): string {
  const read = readArticleText(`${name}.txt`, readFileSync(join(dir, name, "input.txt")), now);
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join("; "));
  return parseArticle(read.file, now).body;
}

describe("standfirst", () => {
  it("a full sentence between headline and byline opens the body", () =>
    assert.ok(bodyOf("standfirst-above-byline").startsWith("Nach drei Jahren Bauzeit")));
  it("a caption with its credit there is still left out", () =>
    assert.ok(!bodyOf("caption-between-header-and-body").includes("Jordan Reyes")));
});

describe("standfirstAboveRun", () => {
  const summary =
    "The council approved the new lanes on Monday after two years of debate over the route.";
  const lines = [summary, "By Dana Whitfield", "12 March 2023", "Body starts here."].map(
    (text, i) => ({ n: i + 1, text }),
  );
  const kinds: LineKind[] = ["content", "teaser", "date-stamp", "content"];
  const reach = lines.map((l) => l.n);
  it("a summary above the byline and date is the standfirst", () =>
    assert.equal(standfirstAboveRun(lines, kinds, reach, 4), 0));
  it("not without a header between it and the run", () => {
    const bare = [summary, "Photo gallery", "Related", "Body starts here."].map((text, i) => ({
      n: i + 1,
      text,
    }));
    assert.equal(
      standfirstAboveRun(bare, ["content", "teaser", "teaser", "content"], reach, 4),
      -1,
    );
  });
  it("not when it is inside the run already", () =>
    assert.equal(standfirstAboveRun(lines, kinds, reach, 1), -1));
});

describe("inline teaser markers in other languages", () => {
  const body = bodyOf("teaser-markers-in-body");
  it("the marked teasers go", () => {
    assert.ok(!body.includes("Mire:"), body);
    assert.ok(!body.includes("Le puede interesar"), body);
  });
  it("the paragraphs between and after them stay", () => {
    assert.ok(body.includes("Según el servicio meteorológico"));
    assert.ok(body.endsWith("a partir del lunes."));
  });
  const markers = [
    "Lesen Sie auch: Die neue Brücke ist fertig",
    "Czytaj też: Nowe przepisy od stycznia",
    "À lire aussi » Les meilleures plages de l'été",
    "PUEDES VER: ¿Qué cambia con la nueva ley?",
    "Lea: El Congreso aprueba el presupuesto",
  ];
  for (const line of markers)
    it(`marker: ${line}`, () => assert.notEqual(teaserMarker(line), null));
  const prose = [
    "Mira cómo cambió la ciudad en diez años, dijo el alcalde.",
    "Lesen ist für viele Kinder heute schwieriger als früher.",
  ];
  for (const line of prose)
    it(`not a marker: ${line}`, () => assert.equal(teaserMarker(line), null));
});

describe("isReaderAppeal", () => {
  it("the appeals below the fixture's article are not body", () => {
    const body = bodyOf("reader-appeal-below-article");
    assert.ok(!body.includes("Never miss"), body);
    assert.ok(body.endsWith("for the next academic year."), body);
  });
  const appeals = [
    "Never miss the latest news by signing up to our newsletter today!",
    "Wir informieren Sie regelmäßig über die wichtigsten Themen.",
    "Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter.",
    "Gefällt Ihnen dieser Artikel?",
    "To view the full story, please subscribe.",
    "Zapraszamy do subskrypcji naszego tygodnika.",
    "Jede kleine Spende hilft!",
    "Sie lesen gern Hafenblatt.de?",
    "Wählen Sie Ihren Zugang und lesen Sie weiter:",
    "Verraten Sie gerne in den Kommentaren: Wie gefällt Ihnen der neue Hafen?",
    "Geben Sie jetzt Ihre Meinung zu diesem Thema ab",
    "Lesen Sie das Hafenmagazin digital in der App oder bestellen Sie es als Abo oder Einzelheft:",
    "Schon registriert? Hier einloggen",
    "Besuchen Sie unseren Fan-Shop!",
    "Wir respektieren deine Privatsphäre.",
    "Was passiert mit meinen Daten?",
    "We ask that comments are civil and free of hateful material.",
    "Para comentar debes registrarte.",
    "¡Mira lo que tiene nuestro canal de YouTube!",
    "Qui êtes-vous ?",
    "Pour créer des paragraphes, laissez simplement des lignes vides.",
    "Klicken Sie auf den unteren Button, um den Inhalt von www.example.de zu laden.",
  ];
  const prose = [
    "The company said its newsletter had lost a third of its subscribers since the spring.",
    "Der Verein will seine Mitglieder künftig per Newsletter über die Termine informieren.",
    "Jede Spende wurde von der Stadt geprüft, sagte der Kämmerer am Dienstag.",
    "Sie lesen gern Krimis, sagt die Buchhändlerin.",
  ];
  for (const line of appeals) it(`appeal: ${line}`, () => assert.equal(isReaderAppeal(line), true));
  for (const line of prose)
    it(`not an appeal: ${line}`, () => assert.equal(isReaderAppeal(line), false));
});

describe("captions with their credit and post footers", () => {
  const body = bodyOf("caption-credit-and-post-footer");
  it("the caption goes, the paragraphs around it stay", () => {
    assert.ok(!body.includes("Pixabay"), body);
    assert.ok(body.includes("Danach verteile ich"), body);
  });
  it("the post footer goes", () => assert.ok(body.endsWith("mit der Aussaat beginnen."), body));
});

/** Lines one test names as matching, and lines of prose it must not match. */
function table(name: string, test: (line: string) => boolean, yes: string[], no: string[]): void {
  describe(name, () => {
    for (const line of yes) it(`yes: ${line}`, () => assert.equal(test(line), true));
    for (const line of no) it(`no: ${line}`, () => assert.equal(test(line), false));
  });
}

table(
  "isCaptionCredit",
  isCaptionCredit,
  [
    "Quelle: Anna Berg / Fotolia.com",
    "Stau auf der Autobahn © Max Muster / Clipdealer",
    "Neue Kurse starten im März. (Foto: Lena Roth/Unsplash)",
    "Der Minister vor dem Rathaus, photo: Archives municipales",
    "Abbildung 3: Aufbau der Schneedecke im Winter",
  ],
  [
    "Die Regierung will die Steuer senken, sagte der Minister am Montag in Berlin vor Journalisten.",
    "Cuba thanked Russia for its help during the pandemic. (Source: Prensa Latina).",
  ],
);

table(
  "isPostFooterLine",
  isPostFooterLine,
  [
    "This entry was posted in Diary. Bookmark the permalink.",
    "Dieser Beitrag wurde veröffentlicht in Garten und gekennzeichnet mit Herbst, Laub.",
    "Erstellt am Montag 3. Mai 2021 um 10:00 und abgelegt unter Linux, Tipps",
  ],
  ["The entry was posted to the council in March, the mayor said on Tuesday."],
);

table(
  "isDisclosureLine",
  isDisclosureLine,
  [
    "Advertising disclosure: We may receive compensation for some of the links in our stories.",
    "Bei den Verlinkungen handelt es sich um Affiliate Links.",
    "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
    "The Harbour Times is supported by its readers. When you buy through links on our site, we may earn an affiliate commission. Learn more",
    "*Werbung. Dieser Beitrag enthält Werbung für eine Strickmarke.",
    "Anzeige, enthält Affiliate Links",
    "(Alle Angaben ohne Gewähr)",
  ],
  [
    "The company said it would pay its sales staff a higher commission from next year.",
    "Werbung im Internet wird teurer, sagen die Agenturen der Stadt.",
    "Alle Angaben zum Hafen stammen aus dem Bericht des Rechnungshofs.",
  ],
);

table(
  "isPageAction",
  isPageAction,
  [
    "Dieses Skript als PDF herunterladen",
    "Download as PDF",
    "PDF version",
    "Vorschau auf den nächsten Artikel",
    "Next article",
    "Article suivant",
    "Kategorie: News",
    "Category: Politics, Economy",
    "Inhaltsverzeichnis",
    "Externer Inhalt",
    "Empfohlener redaktioneller Inhalt",
  ],
  [
    "The report can be downloaded as PDF from the council's website today.",
    "The next article in this series looks at the harbour's finances.",
    "Kategorien wie Alter und Wohnort spielen bei der Umfrage keine Rolle.",
  ],
);

table(
  "isSiteCreditLine",
  isSiteCreditLine,
  [
    "Powered by WordPress.com VIP",
    "Simple theme. Powered by Blogger.",
    "Design von Andreas Viklund",
    "© 2022 Harbour Times Ltd. Newspaper Theme by tagDiv | All rights reserved.",
    "Die Inhalte dieser Website sind unter einer Creative Commons-Lizenz lizenziert.",
    "Original content available for non-commercial use under a Creative Commons license.",
  ],
  [
    "The new ferry is powered by a hybrid engine.",
    "The design by Zaha Hadid was chosen in 2004.",
    "Die Jury lobte das Design von Studio Nord.",
  ],
);

describe("a quotation over several short lines between paragraphs", () => {
  it("is body, from the line that opens it to the line that closes it", () => {
    const body = bodyOf("quoted-verse-between-paragraphs");
    for (const line of [
      `"He taught me all I know, but now he's lost the beat`,
      "He counts his gold records while the kids walk down the street",
      `And even those he borrowed from the songs of other times"`,
    ])
      assert.ok(body.includes(line), line);
    assert.ok(!body.includes("Top five albums"));
  });
});
