/**
 * The headline picker on header layouts seen on many sites: a field label between the title and
 * its byline, a kicker over the title and its standfirst, photo credits in parentheses, an
 * author's card or a list of authors' names, titles ended by an abbreviation or a full stop,
 * menu items printed with no space between them, and a long title the run of prose took in.
 * Each fixture is invented text in the layout's pattern.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pickHeadline } from "../../src/archive/headline.ts";
import { textLanguage } from "../../src/archive/prose-language.ts";

const en = textLanguage("en", "en");

const PARAGRAPH =
  "The council met on Tuesday evening to discuss the new bus timetable, and most members agreed that the changes would help people who work late shifts in the town centre.";

describe("pickHeadline on header layouts", () => {
  it("takes the title under its kicker when a one-word label stands over the byline", () => {
    const lines = [
      "Menu",
      "The river in spring",
      "Junior crews win again at the spring regatta",
      "SPORT",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 5), 2);
  });
  it("passes over a photo credit in parentheses under the caption", () => {
    const lines = [
      "Politics",
      "Council approves later buses for night workers",
      "A night bus waits at the station.",
      "(Kim Lee / The Harbour Times)",
      "By Kim Lee",
      "12 March 2024",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 6), 1);
  });
  it("passes over the author's name printed again in the byline under it", () => {
    const lines = [
      "Home",
      "Lena Hartmann",
      "Lena Hartmann / 12.03.2024 / 06:15",
      "Listen",
      "Why do night buses stop at midnight?",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 4), 4);
  });
  it("passes over a line of authors' names over the date", () => {
    const lines = [
      "Menu",
      "Harbour works end",
      "Lena Hartmann, Jan Peter Weber",
      "12 March 2024",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 4), 1);
  });
  it("takes a title that ends with a weekday's abbreviation", () => {
    const lines = [
      "Weather",
      "Colder nights forecast for Wed. after frost warning on Tues.",
      "Written: 2024-03-12 15:03",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 3), 1);
  });
  it("passes over menu items printed with no space between them", () => {
    const lines = [
      "Skip to content",
      "Latest newsNight busesHarbour worksWeather",
      "Night buses return to the harbour",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 3), 2);
  });
  it("takes a short title ended by a full stop over its byline", () => {
    const lines = [
      "Notes from the Harbour",
      "Home",
      "About me",
      "Imprint/Contact",
      "Night buses.",
      "Posted on 3 March 2020 by Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 6), 4);
  });
  it("takes the title under its kicker, above its standfirst and byline", () => {
    const lines = [
      "Menu",
      "A long night in town",
      "Night buses return to the harbour",
      "Routes to the hospital and the station will run until one in the morning from May",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 5), 2);
  });
  it("takes the title over a list of ingredients weighed in grams", () => {
    const lines = [
      "Recipes",
      "Simple apple muffins",
      "Ingredients",
      "250 Gramm Mehl",
      "150 Gramm Zucker",
      "Method",
      "Sift the flour into a bowl, stir in the sugar and the eggs, and beat the dough for three minutes until it is smooth and light.",
    ];
    assert.equal(pickHeadline(lines, en, 6), 1);
  });
  it("takes the title under its kicker over a line of authors' names with no `By`", () => {
    const lines = [
      "Menu",
      "Night bus plans",
      "Council wants more night buses",
      "Lena Hartmann, Jan Peter Weber",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 4), 2);
  });
  it("takes a long title under a topic kicker of three words, above the byline", () => {
    const lines = [
      "Menu",
      "Night bus plans",
      "What the council wants from the new night bus routes to the hospital and the station",
      "By Kim Lee",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 4), 2);
  });
  it("passes over a caption that opens with a word in lower case", () => {
    const lines = ["Home", "Night buses", "in the courtyard of the old bus station", PARAGRAPH];
    assert.equal(pickHeadline(lines, en, 3), 1);
  });
  it("passes over a credit for text and photos over the title", () => {
    const lines = ["Home", "Text & Photos: Kim Lee", "Night buses", PARAGRAPH];
    assert.equal(pickHeadline(lines, en, 3), 2);
  });
  it("takes a long title the run of prose opens with, under a notice", () => {
    const lines = [
      "Menu",
      "Listen to this article",
      "Council approves later night buses to the hospital, the station and the harbour after workers on late shifts asked for a safer way home",
      "Routes will run until one in the morning from May, the council said on Tuesday.",
      "12 March 2024",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 2), 2);
  });
  it("takes the page's first line that can be a title when none stands over the run", () => {
    // A blog named "..." whose description the run of prose took in: nothing above it is a title.
    const lines = [
      "...",
      "",
      "NOTES FROM A SMALL KITCHEN. EVERYTHING HERE IS MADE UP, AS IS EVERYTHING ELSE YOU WILL READ ON THIS SITE ABOUT THE AUTHOR AND HIS COOKING. ENJOY IT ANYWAY, AND WASH YOUR HANDS.",
      "TUESDAY, 28 APRIL 2020",
      "Hello again!",
      PARAGRAPH,
    ];
    assert.equal(pickHeadline(lines, en, 2), 4);
  });
});
