/**
 * A saved page is read, never run: its scripts do not execute and nothing it names (scripts,
 * styles, images, frames) is fetched, while the whole page goes through the loader.
 */
import assert from "node:assert/strict";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { join } from "node:path";
import { describe, it } from "node:test";
import { loadArticle } from "../../../src/archive/load.ts";

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
