/**
 * A saved page is read, never run: its scripts do not execute and nothing it names (scripts,
 * styles, images, frames) is fetched, while the whole page goes through the loader.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadArticle } from "../../../src/archive/load.ts";
import { MAX_DEPTH, parseSavedPage } from "../../../src/archive/html/saved-page.ts";

const PAGE = join("tests/fixtures/html/script-writes-body/page.html");

describe("a saved page is read, never run", () => {
  it("runs none of its scripts and fetches nothing", (t) => {
    const calls: string[] = [];
    const refuse =
      (name: string) =>
      (...args: unknown[]): never => {
        calls.push(`${name} ${String(args[0])}`);
        throw new Error(`${name} called`);
      };
    t.mock.method(globalThis, "fetch", refuse("fetch"));
    t.mock.method(http, "request", refuse("http.request"));
    t.mock.method(http, "get", refuse("http.get"));
    t.mock.method(https, "request", refuse("https.request"));
    t.mock.method(https, "get", refuse("https.get"));
    t.mock.method(net, "connect", refuse("net.connect"));
    t.mock.method(net, "createConnection", refuse("net.createConnection"));
    const { record } = loadArticle(PAGE, new Date("2025-06-01T12:00:00Z"));
    assert.deepEqual(calls, []);
    assert.equal(
      (globalThis as { __savedPageScriptRan?: boolean }).__savedPageScriptRan,
      undefined,
    );
    assert.ok(record && !record.body.includes("INJECTED"));
    assert.match(record.body, /nineteen votes in favour/);
  });
});

describe("a page nested absurdly deep", () => {
  // Regression: 50,000 nested <div>s (550 KB) ran past the 20 s time limit, as readers walk each
  // element's ancestors; elements below MAX_DEPTH are now flattened into their text.
  it("is flattened below MAX_DEPTH, every word kept", () => {
    const levels = 5_000;
    const html = `<html><body>${"<div>".repeat(levels)}<p>The deepest words</p>${"</div>".repeat(levels)}</body></html>`;
    const document = parseSavedPage(html);
    let deepest = 0;
    const stack: [Element, number][] = [[document.documentElement, 1]];
    while (stack.length) {
      const [el, depth] = stack.pop()!;
      deepest = Math.max(deepest, depth);
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
    }
    assert.ok(deepest <= MAX_DEPTH, `depth ${deepest}`);
    assert.match(document.body.textContent ?? "", /The deepest words/);
  });
});

describe("a page with markup before its <html> tag", () => {
  it("is read as one document, its head and body those of its <html>", () => {
    const doc = parseSavedPage(
      readFileSync("tests/fixtures/html/markup-before-html/page.html", "utf8"),
    );
    assert.equal(doc.documentElement.tagName, "HTML");
    assert.equal(doc.documentElement.getAttribute("lang"), "en");
    assert.equal(doc.title, "Harbour gets a new breakwater | Coastal Courier");
    assert.match(doc.body.textContent ?? "", /would protect the fishing fleet/);
  });
});
