/**
 * A page's JSON-LD (schema.org) blocks: the article node among them, found in a plain object, an
 * array or an `@graph`, with references (`{"@id": …}`) to the author and publisher resolved
 * within the page. Only parsed as JSON: nothing in a block is run.
 */

/** One JSON-LD node: an object with string keys. */
export type JsonLdNode = Record<string, unknown>;

/** schema.org types read as the article itself, most specific first. */
const ARTICLE_TYPES = new Set([
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "ReviewNewsArticle",
  "BackgroundNewsArticle",
  "AskPublicNewsArticle",
  "Article",
  "BlogPosting",
  "LiveBlogPosting",
  "SocialMediaPosting",
  "TechArticle",
  "Report",
]);

/** The JSON-LD nodes of a page, every block and nesting level flattened, in page order. */
export function jsonLdNodes(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    if ("@type" in node || "@id" in node) nodes.push(node);
    for (const [k, v] of Object.entries(node)) if (k !== "@context") visit(v, depth + 1);
  };
  for (const script of Array.from(document.querySelectorAll("script"))) {
    const type = (script.getAttribute("type") ?? "").toLowerCase();
    const text = script.textContent ?? "";
    // Some pages put their JSON-LD in a `<script>` without a type: read (never run) it when it
    // is a schema.org object.
    const untyped = type === "" && /^\s*\{\s*"@context"/.test(text);
    if (!type.startsWith("application/ld+json") && !untyped) continue;
    const parsed = parseJsonLd(text);
    if (parsed !== undefined) visit(parsed, 0);
  }
  return nodes;
}

/** A block's JSON, with the HTML comment or CDATA wrappers some pages add; undefined if invalid. */
function parseJsonLd(text: string): unknown {
  const bare = text
    .trim()
    .replace(/^(?:<!--|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)/, "")
    .replace(/(?:-->|\/\*\s*\]\]>\s*\*\/|\]\]>)$/, "")
    .trim();
  try {
    return JSON.parse(bare) as unknown;
  } catch {
    // Raw line breaks and tabs inside strings (an `articleBody` pasted as is) are the commonest
    // fault; as spaces they make the block valid JSON and change no date or name.
    try {
      return JSON.parse(bare.replace(/[\u0000-\u001f]+/g, " ")) as unknown;
    } catch {
      return undefined;
    }
  }
}

/** A node's `@type` values. */
export function typesOf(node: JsonLdNode): string[] {
  const t = node["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === "string")
    .map((x) => x.replace(/^.*[/:]/, ""));
}

/** The page's article node: the first of an article type that has a headline or a date. */
export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
  return (
    articles.find((n) => typeof n["datePublished"] === "string") ??
    articles.find((n) => typeof n["headline"] === "string") ??
    null
  );
}

/** The page's web-page node (`WebPage`, `ItemPage`), whose dates stand for the article's when no article node has them. */
export function webPageNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  return (
    nodes.find(
      (n) =>
        typesOf(n).some((t) => t === "WebPage" || t === "ItemPage") &&
        typeof n["datePublished"] === "string",
    ) ?? null
  );
}

/**
 * The one dated node of a page that has neither an article nor a dated web page: a `HowTo`,
 * `Recipe` or `VideoObject` whose `datePublished` (or `uploadDate`) is the page's. Null when
 * nodes disagree on the date: then none of them is known to be the page's own.
 */
export function soleDatedNode(nodes: readonly JsonLdNode[]): JsonLdNode | null {
  const dated = nodes.filter(
    (n) => typeof n["datePublished"] === "string" || typeof n["uploadDate"] === "string",
  );
  const values = new Set(dated.map((n) => n["datePublished"] ?? n["uploadDate"]));
  return values.size === 1 ? (dated[0] ?? null) : null;
}

/** A node's value for `key` as one line of text, when it is text (or a number); null otherwise. */
export function textValue(node: JsonLdNode, key: string): string | null {
  const v = node[key];
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === "number") return String(first);
  if (typeof first !== "string") return null;
  const text = first.replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

/**
 * The names under `key` (`author`, `publisher`): a name, a `{name}` object, an `{"@id"}`
 * reference to another node of the page, or a list of these; URLs are not names and are left out.
 */
export function namesOf(node: JsonLdNode, key: string, nodes: readonly JsonLdNode[]): string[] {
  const v = node[key];
  const names: string[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    let name: string | null = null;
    if (typeof item === "string") name = item;
    else if (item !== null && typeof item === "object") {
      const ref = item as JsonLdNode;
      name = textValue(ref, "name");
      const id = ref["@id"];
      if (name === null && typeof id === "string")
        name = textValue(nodes.find((n) => n["@id"] === id && n !== ref) ?? {}, "name");
    }
    const clean = name?.replace(/\s+/g, " ").trim();
    if (clean && !/^https?:\/\//i.test(clean) && !names.includes(clean)) names.push(clean);
  }
  return names;
}
