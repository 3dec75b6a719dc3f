/**
 * The headline picker's parts: navigation lines that are never a headline, a headline printed
 * again on its page, post meta rows, and the scored choice among the header's lines.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pickHeadline } from "../../src/archive/headline.ts";
import { repeatsOnPage } from "../../src/archive/headline-echo.ts";
import { isNeverHeadline } from "../../src/archive/headline-score.ts";
import { isNavigationLine } from "../../src/archive/navigation-lines.ts";
import { isDatedTitle, isPostMetaLine } from "../../src/archive/post-meta.ts";
import { textLanguage } from "../../src/archive/prose-language.ts";
import { isRecipeCardLine } from "../../src/archive/recipe-card-lines.ts";
import { isWidgetLine } from "../../src/archive/widget-lines.ts";

const en = textLanguage("en", "en");

const PARAGRAPH =
  "The council met on Tuesday evening to discuss the new bus timetable, and most members agreed that the changes would help people who work late shifts in the town centre.";

describe("isNavigationLine", () => {
  const navigation = [
    "Zum Inhalt springen",
    "Toggle search Search",
    "Search for: Search",
    "Click to share on Facebook (Opens in new window)",
    "Kommentare 0",
    "« Preparing the beds for a cold spring",
    "Older posts »",
    "chat_bubble 3 comments",
    "Mobiles Menü öffnen",
    "Dark mode",
    "« Older post »",
  ];
  const titles = [
    "Apple Harvest",
    "Search for the lost ship ends",
    "Home at last",
    "« Il y a, d’abord, le poids de la géographie ». Sur les migrations",
  ];
  for (const line of navigation)
    it(`navigation: ${line}`, () => assert.equal(isNavigationLine(line), true));
  for (const line of titles)
    it(`not navigation: ${line}`, () => assert.equal(isNavigationLine(line), false));
});

describe("isWidgetLine", () => {
  const widgets = [
    "Photo 7 of 10",
    "1 post • Page 1 of 1",
    "Leave a Reply",
    "Share the article on Facebook",
    "Follow @townrowing",
    "21 minutes - 4312 words",
    "5 from 7 votes",
    "Media playback is unsupported on your device",
    "Continue reading the main story",
    "Show more sharing options",
    "Loading...",
    "Deprecated: Assigning the return value of new by reference is deprecated in /www/site/x.php",
  ];
  const titles = [
    "Photo of the week: the old mill",
    "Leaving the river behind",
    "Facebook buys a startup",
    "Loading the ark",
  ];
  for (const line of widgets) it(`widget: ${line}`, () => assert.equal(isWidgetLine(line), true));
  for (const line of titles)
    it(`not a widget: ${line}`, () => assert.equal(isWidgetLine(line), false));
});

describe("isRecipeCardLine", () => {
  const card = [
    "100 ml milk",
    "2½ cups rice",
    "1/2 TL Salz",
    "Total time 50 minutes",
    "120 Minuten",
    "250 Gramm Mehl",
    "1 xícara de açúcar",
    "2 cloves garlic",
  ];
  const titles = ["10 reasons to drink milk", "5 Tipps zum Autokredit", "3 teachers win a prize"];
  for (const line of card)
    it(`recipe card: ${line}`, () => assert.equal(isRecipeCardLine(line), true));
  for (const line of titles)
    it(`not a recipe card: ${line}`, () => assert.equal(isRecipeCardLine(line), false));
});

describe("isDatedTitle (a date closing a title is not a meta line)", () => {
  it("minutes of a meeting", () => {
    assert.equal(isDatedTitle("Minutes of the board meeting of 10 October 2019"), true);
    assert.equal(isPostMetaLine("Minutes of the board meeting of 10 October 2019"), false);
  });
  it("a name and a date stay a byline", () =>
    assert.equal(isDatedTitle("Kim Lee am 12. Juni 2017"), false));
  it("a noun that is a meta opener elsewhere needs its colon", () => {
    assert.equal(isPostMetaLine("Tag des offenen Denkmals am 8. September"), false);
    assert.equal(isPostMetaLine("Tags: garden, apples"), true);
  });
});

describe("isNeverHeadline", () => {
  it("a line ending with a colon", () => assert.equal(isNeverHeadline("Read more:", en), true));
  it("a long caption with a full stop", () =>
    assert.equal(isNeverHeadline("A farmer carries crates of apples to the old barn.", en), true));
  it("a short title with a full stop", () =>
    assert.equal(isNeverHeadline("Apple harvest.", en), false));
  it("a two-word title", () => assert.equal(isNeverHeadline("Apple Harvest", en), false));
  it("a caption with its credit after the full stop", () =>
    assert.equal(
      isNeverHeadline("A farmer carries crates of apples to the barn last week. Photo Agency", en),
      true,
    ));
  it("a paragraph of two sentences", () =>
    assert.equal(
      isNeverHeadline("The club has grown apples on the hill for forty years. Join us", en),
      true,
    ));
  it("a title with an abbreviation", () =>
    assert.equal(
      isNeverHeadline("Former press secretary of the city council exits Warner Bros. role", en),
      false,
    ));
  it("a contact line with an e-mail address", () => {
    assert.equal(isNeverHeadline("office@harbour-lawyers.example", en), true);
    assert.equal(isNeverHeadline("Write to the editors at letters@harbourtimes.example", en), true);
  });
  it("a title that only names an address's sign", () =>
    assert.equal(isNeverHeadline("Why the @ sign took over the world", en), false));
  it("a caption under its label, glued to it or not", () => {
    assert.equal(isNeverHeadline("Media captionDrone footage shows the flooded harbour", en), true);
    assert.equal(isNeverHeadline("Image caption Volunteers fill sandbags on Friday", en), true);
    assert.equal(isNeverHeadline("Caption contest winners announced", en), false);
  });
  it("a notice about the reader's browser", () =>
    assert.equal(isNeverHeadline("Dein Browser ist leider veraltet.", en), true));
  it("a search box's close button", () =>
    assert.equal(isNeverHeadline("Close this search box.", en), true));
  it("a title with an ordinal", () =>
    assert.equal(
      isNeverHeadline("So sähe die Tabelle nach dem 10. Spieltag ohne Fehlentscheidungen aus", en),
      false,
    ));
});

describe("repeatsOnPage", () => {
  it("a title inside a breadcrumb", () =>
    assert.equal(repeatsOnPage(["Home › Club › Apple Harvest", "Apple Harvest"], 1), true));
  it("a short line printed again whole is a menu item", () =>
    assert.equal(repeatsOnPage(["Contact", "Contact"], 1), false));
  it("a title of a few words printed again whole", () =>
    assert.equal(
      repeatsOnPage(["Junior crews win again", "x", "Junior crews win again"], 0),
      true,
    ));
});

describe("isPostMetaLine (field rows, glued dates, bylines)", () => {
  const meta = [
    "Veröffentlicht: 05.01.2020 | Autor: Kim | Abgelegt unter: Fotografie, Licht, Abend, Winter, Stadt, Reisen, Notizen",
    "17/11/201917/11/2019 ~ Sam Lee",
    "Artikel von Anna Berg",
    "von anna",
    "Von",
    "By:",
  ];
  for (const line of meta) it(`meta: ${line}`, () => assert.equal(isPostMetaLine(line), true));
});

describe("pickHeadline", () => {
  it("takes the title over a person's name and a photo credit above the body", () => {
    const lines = [
      "Home",
      "News",
      "Junior crews win at the spring regatta",
      "Partner",
      "Enlarge",
      "Lena Hartmann",
      "Source: Jan Weber",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 7), 2);
  });
  it("takes the title under a label in capitals, not the label", () => {
    const lines = [
      "Business",
      "A PORT IN DISPUTE",
      "Council accuses the ferry operator of siding with the union",
      "The company announced eighty layoffs for the end of the month and now wants to send the case to the labour court.",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 5), 2);
  });
  it("takes the title over its standfirst, above the byline", () => {
    const lines = [
      "Menu",
      "Council approves later buses for night workers",
      "Routes to the hospital and the station will run until one in the morning",
      "By Kim Lee",
      "12 March 2024",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 5), 1);
  });
  it("takes a two-word title over the menu above it", () => {
    const lines = [
      "Skip to content",
      "About the club",
      "Visiting hours",
      "Night Buses",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 5), 3);
  });
  it("takes the title under its kicker, above the byline", () => {
    const lines = [
      "Sport",
      "A good morning on the river",
      "Junior crews win again at the spring regatta",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 4), 2);
  });
  it("takes a short title over a standfirst with a clause, above the byline", () => {
    const lines = [
      "Business",
      "Airlines climb again",
      "Passenger numbers rise, leaving carriers short of planes",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 4), 1);
  });
  it("takes the title over a longer standfirst, above the byline", () => {
    const lines = [
      "Sport",
      "Junior crews win again",
      "The town's rowers took four of six races at the spring regatta on the river on Saturday",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 4), 1);
  });
  it("takes a question the run opens with over the blog's name", () => {
    const lines = [
      "Notes from the Harbour",
      "Imprint",
      "Why do night buses stop at midnight?",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 2), 2);
  });
  it("takes a question the run of prose opens with", () => {
    const lines = ["Why do night buses matter?", "Posted on 3 March 2020 by Kim Lee", PARAGRAPH];
    assert.equal(pickHeadline(lines, en, 0), 0);
  });
});
