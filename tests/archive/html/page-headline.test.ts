/** The headline of a saved page: its `<h1>`, else its metadata's title, less the site's name. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  chooseHeadline,
  decodeEntities,
  headlinePart,
  trimSiteName,
} from "../../../src/archive/html/page-headline.ts";
import { parseSavedPage } from "../../../src/archive/html/saved-page.ts";

const site = { names: ["Coastal Courier"], host: "courier.example" };
const doc = (head: string, body: string): Document =>
  parseSavedPage(`<html><head>${head}</head><body>${body}</body></html>`);

describe("the site's name in a title", () => {
  it("is cut after the headline, with what follows it", () => {
    assert.equal(
      trimSiteName("Harbour wall | Coastal Courier - News of the coast", site),
      "Harbour wall",
    );
  });
  it("is cut before the headline", () => {
    assert.equal(trimSiteName("Courier :: Harbour wall", site), "Harbour wall");
  });
  it("leaves the title's own dashes", () => {
    assert.equal(
      trimSiteName("Report 14. - 20. January - Courier", site),
      "Report 14. - 20. January",
    );
  });
});

describe("entities a CMS left in a title", () => {
  it("are decoded, twice encoded too", () => {
    assert.equal(decodeEntities("&#8222;Wall&#8220; &amp;#038; more"), "„Wall“ & more");
  });
});

describe("the headline", () => {
  it("is the <h1> over a differently worded og:title", () => {
    const d = doc(
      "<title>Wall works: all answers | Coastal Courier</title>",
      "<h1>Harbour gets a wall</h1>",
    );
    assert.deepEqual(chooseHeadline(d, "Wall works: all answers | Coastal Courier", site), {
      text: "Harbour gets a wall",
      from: "h1",
    });
  });
  it("is the metadata's title printed as an <h2> under an <h1> naming the section", () => {
    const d = doc(
      "<title>Pensions: how they work | Coastal Courier</title>",
      "<main><h1>Pensions</h1><h2>Saving for retirement with your employer's help</h2><p>Text.</p></main>",
    );
    assert.deepEqual(chooseHeadline(d, "Saving for retirement with your employer's help", site), {
      text: "Saving for retirement with your employer's help",
      from: "metadata",
    });
    // Not when the metadata's title is not printed on the page: the <h1> stays.
    const unprinted = doc("<title>Pensions</title>", "<h1>Pensions</h1><p>Text.</p>");
    assert.equal(chooseHeadline(unprinted, "Saving for retirement with help", site)?.from, "h1");
  });
  it("is not an <h1> that links home (a blog's name)", () => {
    const d = doc(
      "<title>Notes from the pier – Harbour Diary</title>",
      '<h1 class="site-title"><a href="/" rel="home">Harbour Diary</a></h1>',
    );
    assert.deepEqual(chooseHeadline(d, null, { names: [], host: "" }), {
      text: "Notes from the pier",
      from: "title",
    });
  });
  it("is the only <h2> of a page with neither an <h1> nor a metadata title", () => {
    const d = doc(
      "<title>Harbour | Coastal Courier</title>",
      "<h2>Harbour gets a wall</h2><p>Text.</p>",
    );
    assert.deepEqual(chooseHeadline(d, null, { names: [], host: "" }), {
      text: "Harbour gets a wall",
      from: "h2",
    });
  });
  it("is not a one-word <h2> (a box's)", () => {
    const d = doc("<title>Harbour gets a wall</title>", "<h2>Help</h2><p>Text.</p>");
    assert.equal(chooseHeadline(d, null, { names: [], host: "" })?.from, "title");
  });
  it("is not an <h1> for screen readers only", () => {
    const d = doc(
      "<title>Harbour gets a wall</title>",
      '<h1 class="sr-only">Coastal Courier</h1><h1>Harbour gets a wall</h1>',
    );
    assert.equal(chooseHeadline(d, null, { names: [], host: "" })?.text, "Harbour gets a wall");
  });
  it("leaves out a ruby's readings", () => {
    const d = doc("", "<h1><ruby>法律<rt>ほうりつ</rt></ruby>ができる</h1>");
    assert.equal(chooseHeadline(d, null, { names: [], host: "" })?.text, "法律ができる");
  });
  it("leaves out a kicker the titles do not say", () => {
    const h = doc(
      "",
      "<h1><span>Two years of works:</span> Harbour gets a wall</h1>",
    ).querySelector("h1")!;
    assert.equal(headlinePart(h, ["Harbour gets a wall"]), "Harbour gets a wall");
  });
  it("leaves out a kicker that a title puts after the headline", () => {
    const h = doc(
      "",
      "<h1><span>Storm season</span> <span>Harbour gets a wall</span></h1>",
    ).querySelector("h1")!;
    const titles = ["Harbour gets a wall - Storm season", "Storm season: Harbour gets a wall"];
    assert.equal(headlinePart(h, titles), "Harbour gets a wall");
  });
  it("keeps a kicker that every title prints before the headline", () => {
    const h = doc(
      "",
      "<h1><span>Storm season</span> <span>Harbour gets a wall</span></h1>",
    ).querySelector("h1")!;
    assert.equal(
      headlinePart(h, ["Storm season: Harbour gets a wall"]),
      "Storm season Harbour gets a wall",
    );
  });
});

describe("an article's own header marked as a banner", () => {
  it("holds the article's <h1>, not the site's", () => {
    const d = doc(
      "",
      '<article><header role="banner"><h1>Harbour gets a wall</h1></header><p>Text</p></article>',
    );
    assert.equal(chooseHeadline(d, null, { names: [], host: "" })?.text, "Harbour gets a wall");
  });
});

describe("a blog post's category and tag classes", () => {
  it("do not make its <h1> part of a sidebar", () => {
    const d = doc(
      "",
      '<article class="post-7 type-post category-popular-posts"><h1>Harbour gets a wall</h1></article>',
    );
    assert.equal(chooseHeadline(d, null, { names: [], host: "" })?.text, "Harbour gets a wall");
  });
});
