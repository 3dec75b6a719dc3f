import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { HtmlValidate } from "html-validate";
import { buildInto, listFiles, SEED_ARCHIVE } from "../helpers/built-site.ts";
import { brokenLinks, linksOf } from "../helpers/links.ts";

let dir = "";
let pages: string[] = [];
const read = (p: string): string => readFileSync(join(dir, p), "utf8");
const page = (slugStart: string): string =>
  read(pages.find((p) => p.startsWith(`articles/${slugStart}`) && !p.includes(".source."))!);

before(async () => {
  const built = await buildInto(SEED_ARCHIVE);
  assert.ok(built.result.ok, JSON.stringify(built.result.diagnostics));
  dir = built.dir;
  pages = listFiles(dir).filter((p) => p.endsWith(".html"));
});

describe("the seed archive", () => {
  it("renders the five articles with their dates at their precision", () => {
    assert.match(
      page("russian-cuban-top-diplomats"),
      /<time datetime="2020-05-08">8 May 2020<\/time>/,
    );
    assert.match(
      page("russia-and-cuba-to-strengthen"),
      /<time datetime="2024-02-19T08:34:09">19 February 2024<\/time>/,
    );
    assert.match(page("russia-promises-more"), /<time datetime="2019-07-24">24 July 2019<\/time>/);
    assert.match(
      page("russia-praises-cuba"),
      /<time datetime="2015-02-14">14 February 2015<\/time>/,
    );
    assert.match(page("moscow-and-havana"), /<time datetime="2018-11">November 2018<\/time>/);
  });
  it("names the right sources, and says so when there is none", () => {
    assert.match(page("russian-cuban-top-diplomats"), /<span>TASS<\/span>/);
    assert.match(page("russia-and-cuba-to-strengthen"), />Radio Habana Cuba<\/a>/);
    assert.match(page("russia-promises-more"), />Russia Business Today<\/a>/);
    assert.match(page("russia-praises-cuba"), />Sputnik<\/a>/);
    assert.match(page("moscow-and-havana"), /Source not stated/);
  });
  it("has one h1 per page, the headline on article pages", () => {
    for (const p of pages) assert.equal((read(p).match(/<h1[\s>]/g) ?? []).length, 1, p);
    assert.match(
      page("russia-praises-cuba"),
      /<h1>Russia Praises Cuba for Opening Havana Port to Russian Vessels - Minister<\/h1>/,
    );
  });
  it("puts every article on at least one topic", () => {
    const articles = pages.filter((x) => /^articles\/[^/]+(?<!\.source)\.html$/.test(x));
    assert.equal(articles.length, 5);
    for (const p of articles) assert.match(read(p), /href="\.\.\/topics\/[a-z-]+\.html"/, p);
  });
  it("says on an article's page which words of its text chose each topic", () => {
    // The evidence is kept with the article's paragraphs in the cache, not in its facts.
    assert.match(page("russia-praises-cuba"), /— rules: ‘[^’<]+’ (×\d+ )?in the (headline|body)/);
  });
  it("links people and places found through their spellings", () => {
    assert.match(
      page("russia-and-cuba-to-strengthen"),
      /href="\.\.\/people\/sergey-lavrov\.html">Sergey Lavrov</,
    ); // "Serguei Lavrov" in the text
    assert.match(
      page("russian-cuban-top-diplomats"),
      /href="\.\.\/people\/bruno-rodriguez-parrilla\.html"/,
    ); // "Rodriguez" without accent
    assert.match(read("people/raul-castro.html"), /Raul Castro/);
  });
  it("shows the 1902, 1942, 1952 and 1960 events from the TASS article, each linked to its sentence", () => {
    const timeline = read("timeline.html");
    for (const [datetime, label] of [
      ["1902", "1902"],
      ["1942-10", "October 1942"],
      ["1952-04-03", "3 April 1952"],
      ["1960-05-08", "8 May 1960"],
    ]) {
      const decade = `events/${datetime!.slice(0, 3)}0s.html`;
      assert.ok(timeline.indexOf(`href="${decade}"`) > timeline.indexOf('id="events"'), decade);
      const page = read(decade);
      const at = page.indexOf(`<time datetime="${datetime}">${label}</time>`);
      assert.ok(at > 0, `${label} is on ${decade}`);
      const item = page.slice(at, page.indexOf("</li></ul>", at));
      assert.match(
        item,
        /href="\.\.\/articles\/russian-cuban-top-diplomats[^"]*\.html#p5s\d"/,
        label,
      );
    }
  });
  it("places the month-precision article in its month without a day, in the publication view", () => {
    assert.match(read("timeline.html"), /href="timeline\/2018\.html"/);
    assert.match(
      read("timeline/2018.html"),
      /<time datetime="2018-11">November 2018<\/time><span class="precision"> \(day not stated\)/,
    );
  });
  it("marks the lines the cleaner removed in the original-file view", () => {
    const source = read(
      pages.find(
        (p) => p.startsWith("articles/russia-and-cuba-to-strengthen") && p.includes(".source."),
      )!,
    );
    assert.match(
      source,
      /<li class="removed" id="L40"><span class="ln">40<\/span><code>Deja un comentario<\/code>/,
    );
    assert.match(source, /<li class="front-matter" id="L2">/);
  });
  it("writes feeds and a sitemap that list the articles", () => {
    assert.equal((read("feed.xml").match(/<entry>/g) ?? []).length, 5);
    assert.equal((JSON.parse(read("feed.json")) as { items: unknown[] }).items.length, 5);
    assert.match(read("sitemap.xml"), /articles\/russia-praises-cuba[^<]*\.html/);
  });
  it("declares a Content-Security-Policy without inline scripts on every page", () => {
    for (const p of pages) {
      const html = read(p);
      assert.match(
        html,
        /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39;/,
        p,
      );
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>/, p);
      assert.doesNotMatch(html, /\sstyle="/, p);
    }
  });
  it("has valid HTML on every page", async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(".htmlvalidate.json", "utf8")));
    const problems: string[] = [];
    for (const p of pages) {
      const report = await validator.validateString(read(p), p);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${p}:${m.line}: ${m.ruleId} ${m.message}`);
    }
    assert.deepEqual(problems, []);
  });
  it("has no broken internal links and no root-absolute links", () => {
    assert.deepEqual(
      pages.flatMap((p) => brokenLinks(dir, p)),
      [],
    );
    assert.deepEqual(
      pages.flatMap((p) =>
        linksOf(read(p))
          .filter((l) => l.startsWith("/"))
          .map((l) => `${p} → ${l}`),
      ),
      [],
    );
  });
});

describe("hostile article text", () => {
  it("shows template and markup syntax as text, never running it", async () => {
    const articles = mkdtempSync(join(tmpdir(), "hostile-"));
    const text =
      'Headline with {{ site.config.title }} and {% raw %} and ${process.exit(1)}\n\nThe minister said {{ 7*7 }} and {% include "x" %} and <script>alert(1)</script> <img src=x onerror=alert(2)> are all text, and *this* is not emphasis.\n\nA second paragraph with a [link](javascript:alert(3)) and `code` in it, written as plain text.';
    writeFileSync(join(articles, "a.txt"), text);
    const { dir: out, result } = await buildInto(articles);
    assert.ok(result.ok);
    const html = readFileSync(
      join(
        out,
        listFiles(out).find((p) => p.startsWith("articles/") && !p.includes(".source."))!,
      ),
      "utf8",
    );
    assert.match(
      html,
      /<h1>Headline with \{\{ site\.config\.title \}\} and \{% raw %\} and \$\{process\.exit\(1\)\}<\/h1>/,
    );
    assert.match(html, /\{\{ 7\*7 \}\}/);
    assert.match(
      html,
      /&lt;script&gt;alert\(1\)&lt;\/script&gt; &lt;img src=x onerror=alert\(2\)&gt;/,
    );
    assert.match(html, /\*this\* is not emphasis/);
    assert.match(html, /\[link\]\(javascript:alert\(3\)\)/);
    assert.doesNotMatch(html, /<script>alert|<img src=x|href="javascript/);
  });
});

describe("the language an article is written in", () => {
  it("states a German article as German on its page and in the feed, though its dates are read with English words", async () => {
    const articles = mkdtempSync(join(tmpdir(), "language-"));
    writeFileSync(
      join(articles, "de.txt"),
      "Stadtrat beschließt neuen Radweg an der Hauptstraße\n\n12. März 2024\n\nDer Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, dass an der Hauptstraße ein neuer Radweg gebaut werden soll. Die Arbeiten sollen im Sommer beginnen und bis zum Ende des Jahres abgeschlossen sein.\n\nDie Bürgermeisterin sagte, der Radweg sei ein wichtiger Schritt für die Sicherheit der Schulkinder, die jeden Morgen über die viel befahrene Straße fahren müssen.",
    );
    const { dir: out, result } = await buildInto(articles);
    assert.ok(result.ok);
    const page = listFiles(out).find((p) => p.startsWith("articles/") && !p.includes(".source."))!;
    const html = readFileSync(join(out, page), "utf8");
    assert.match(html, /<article class="article" lang="de">/);
    assert.match(html, /"inLanguage":"de"/);
    const feed = JSON.parse(readFileSync(join(out, "feed.json"), "utf8"));
    assert.equal(feed.items[0].language, "de");
  });
});

describe("atomic builds", () => {
  const hashTree = (d: string): string => {
    const h = createHash("sha256");
    for (const f of listFiles(d)) h.update(f).update(readFileSync(join(d, f)));
    return h.digest("hex");
  };
  it("leaves the previous site byte for byte when a build fails", async () => {
    const articles = mkdtempSync(join(tmpdir(), "atomic-"));
    cpSync(SEED_ARCHIVE, articles, { recursive: true });
    const { dir: out } = await buildInto(articles);
    const before = hashTree(out);
    writeFileSync(join(articles, "broken.txt"), "---\ndate: 2024-02-30\n---\nA headline\n\nText.");
    const { result } = await buildInto(articles, out);
    assert.equal(result.ok, false);
    assert.ok(result.diagnostics.some((d) => d.path.endsWith("broken.txt") && d.line === 2));
    assert.equal(hashTree(out), before);
  });
  it("removes a deleted article's pages", async () => {
    const articles = mkdtempSync(join(tmpdir(), "delete-"));
    cpSync(SEED_ARCHIVE, articles, { recursive: true });
    const { dir: out } = await buildInto(articles);
    // The Sputnik article's page, and the page of the person only it names.
    const victims = [
      listFiles(out).find((p) => p.startsWith("articles/russia-praises-cuba")),
      "people/sergei-shoigu.html",
    ];
    for (const v of victims) assert.ok(v && listFiles(out).includes(v), `${v} before`);
    rmSync(join(articles, "003_ee3cd615208c053a.txt"));
    const { result } = await buildInto(articles, out);
    assert.ok(result.ok);
    for (const v of victims) assert.ok(!listFiles(out).includes(v!), `${v} after`);
  });
});

describe("rendering in batches", () => {
  it("writes the same site in batches of three pages as in one", async () => {
    const one = await buildInto(SEED_ARCHIVE);
    const batched = await buildInto(SEED_ARCHIVE, undefined, { renderBatch: 3 });
    assert.ok(one.result.ok && batched.result.ok);
    assert.equal(batched.result.counts?.rendered, one.result.counts?.rendered);
    // Pagefind's bundles are left out: its file names change between identical runs.
    const withoutPagefind = (dir: string): string[] =>
      listFiles(dir).filter((p) => !/^pagefind(-\d+)?\//.test(p));
    const files = withoutPagefind(one.dir);
    assert.deepEqual(withoutPagefind(batched.dir), files);
    for (const f of files)
      assert.ok(
        readFileSync(join(batched.dir, f)).equals(readFileSync(join(one.dir, f))),
        `${f} differs`,
      );
  });
});
