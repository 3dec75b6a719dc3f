/**
 * A fact read from a saved page, with where it was read: the value, and a `page` provenance with
 * the part of the page, the property, the words as written and the line of the file.
 */
import type { Provenance } from "../types.ts";
import { lineOf } from "./saved-page.ts";

/** A fact read from the page, with where it was read. */
export interface PageFact<T = string> {
  /** The value, normalised (a date parsed, whitespace collapsed). */
  value: T;
  /** Where in the page it was read. */
  provenance: Extract<Provenance, { from: "page" }>;
}

/** The part of the page a fact was read from. */
export type Part = PageFact["provenance"]["part"];

/** Makes a fact, placing it on the line of the page's text where `needle` first stands. */
export type FactMaker = <T>(
  value: T,
  part: Part,
  property: string,
  evidence: string,
  needle: string,
) => PageFact<T>;

/** A fact maker for one page, whose text (`html`) places each fact on its line. */
export function factMaker(html: string): FactMaker {
  return (value, part, property, evidence, needle) => ({
    value,
    provenance: { from: "page", part, property, evidence, line: lineOf(html, needle) },
  });
}
