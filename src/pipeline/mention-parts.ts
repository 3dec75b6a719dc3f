/**
 * An article's mentions as the cache stores them: one entry per person, place or organisation,
 * each with its sentences encoded on their own, so a term page decodes the sentences it quotes
 * and nothing else. Decoding the whole of an article's mentions for each of its names' pages was
 * the render's largest cost after Eleventy's own on a 10,000-article archive.
 *
 * Layout, repeated per entry: kind (1 byte), the slug's length and the sentences' length (4 bytes
 * each), the slug's UTF-8 bytes, then the sentences as JSON (plain strings: JSON writes and reads
 * them in a third of the time v8's serializer takes, and the part's checksum guards the bytes).
 */
import type { ArticleMentions, CitedSentence } from "../site/types.ts";

/** The kinds of names, in the order their numbers stand for. */
const KINDS: readonly MentionKind[] = ["people", "places", "organisations"];

/** Bytes before an entry's slug: its kind and two lengths. */
const HEAD = 9;

/** A kind of name whose pages quote sentences. */
export type MentionKind = keyof ArticleMentions;

/** Encodes an article's mentions, each entry readable alone (see `citationsIn`). */
export function encodeMentions(mentions: ArticleMentions): Buffer {
  const parts: Buffer[] = [];
  KINDS.forEach((kind, k) => {
    for (const [slug, sentences] of Object.entries(mentions[kind])) {
      const name = Buffer.from(slug);
      const body = Buffer.from(JSON.stringify(sentences));
      const head = Buffer.alloc(HEAD);
      head.writeUInt8(k, 0);
      head.writeUInt32LE(name.length, 1);
      head.writeUInt32LE(body.length, 5);
      parts.push(head, name, body);
    }
  });
  return Buffer.concat(parts);
}

/** The sentences that mention `slug` of `kind` in bytes `encodeMentions` wrote; none when it has no entry. Throws on bytes it did not write. */
export function citationsIn(bytes: Buffer, kind: MentionKind, slug: string): CitedSentence[] {
  const k = KINDS.indexOf(kind);
  const wanted = Buffer.from(slug);
  for (let at = 0; at < bytes.length;) {
    if (at + HEAD > bytes.length) throw new Error("mentions cut short");
    const nameEnd = at + HEAD + bytes.readUInt32LE(at + 1);
    const end = nameEnd + bytes.readUInt32LE(at + 5);
    if (end > bytes.length) throw new Error("mentions cut short");
    if (bytes[at] === k && wanted.equals(bytes.subarray(at + HEAD, nameEnd)))
      return JSON.parse(bytes.toString("utf8", nameEnd, end)) as CitedSentence[];
    at = end;
  }
  return [];
}
