import assert from "node:assert/strict";
import { test } from "node:test";
import { memoize, recentMap } from "../../src/archive/memo.ts";

test("a memoized function computes each text once while the cache holds it", () => {
  let calls = 0;
  const length = memoize((t: string) => (calls++, t.length), 10);
  assert.equal(length("abc"), 3);
  assert.equal(length("abc"), 3);
  assert.equal(calls, 1);
});

test("a recent map keeps a word still in use when its generation turns", () => {
  const map = recentMap<number>(3);
  map.set("often", 1);
  map.set("b", 2);
  map.set("c", 3);
  map.set("d", 4); // the first three become the old generation
  assert.equal(map.get("often"), 1); // asked again: moved to the new one
  map.set("e", 5);
  map.set("f", 6); // the new generation is full: it turns again, the unused "b" and "c" go
  map.set("g", 7);
  assert.equal(map.get("often"), 1);
  assert.equal(map.get("b"), undefined);
  assert.equal(map.get("c"), undefined);
});

test("a recent map holds at most twice its limit", () => {
  const map = recentMap<number>(100);
  for (let i = 0; i < 10_000; i++) map.set(`w${i}`, i);
  let kept = 0;
  for (let i = 0; i < 10_000; i++) if (map.get(`w${i}`) !== undefined) kept++;
  assert.ok(kept <= 200, `kept ${kept}`);
  assert.equal(map.get("w9999"), 9999);
});
