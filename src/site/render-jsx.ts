/**
 * JSX elements to HTML, as jsx-async-runtime's `jsxToString` does (every text and attribute value
 * escaped by `escapeHtml`; only `{ html }` objects from `rawHtml` pass through), but synchronously wherever the
 * components are: `jsxToString` awaits every node of the tree, which made turning elements into
 * strings the largest part of a page's render. An async component still works: the parts of the
 * tree below it are joined when it resolves.
 */
import { escapeHtml } from "./escape-html.ts";

/** Elements written without a closing tag when they have no children. */
const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** A node of jsx-async-runtime's tree (see its jsx-runtime). */
interface JsxNode {
  /** `textNode` for text; `tag` for an element or component. */
  type?: string;
  /** Text of a text node. */
  text?: string;
  /** Element name (`""` for a fragment) or component. */
  tag?: string | ((props: Record<string, unknown>) => unknown);
  /** Attributes, with `children`. */
  props?: Record<string, unknown>;
}

/** True for a promise (of any realm). */
const isPromise = (v: unknown): v is Promise<unknown> =>
  typeof (v as { then?: unknown } | null)?.then === "function";

/** The HTML of a list of nodes, joined (waiting only when some are still to come). */
function renderAll(nodes: readonly unknown[]): string | Promise<string> {
  let html = "";
  for (let i = 0; i < nodes.length; i++) {
    const part = renderJsx(nodes[i]);
    if (typeof part !== "string") {
      // An async component: the rest is joined when every part has come.
      const rest = [part, ...nodes.slice(i + 1).map(renderJsx)];
      return Promise.all(rest).then((parts) => html + parts.join(""));
    }
    html += part;
  }
  return html;
}

/** An attribute as jsx-async-runtime writes it (empty when it is left out). */
function attribute(key: string, value: unknown): string {
  if (value === true) return key;
  if (value === false || value === null || value === undefined) return "";
  if (typeof value === "object") {
    if (key === "style") {
      const styles = Object.entries(value).map(([k, v]) => `${k}: ${String(v)}`);
      return `style="${escapeHtml(styles.join("; "))}"`;
    }
    if (key === "class") {
      const classes = Array.isArray(value)
        ? value.filter((v) => v)
        : Object.entries(value)
            .filter(([, v]) => v)
            .map(([k]) => k);
      return classes.length > 0 ? `class="${escapeHtml(classes.join(" "))}"` : "";
    }
    return `${key}="${escapeHtml(JSON.stringify(value))}"`;
  }
  return `${key}="${escapeHtml(String(value as string | number))}"`;
}

/** The HTML of a JSX element (a string, or a promise when an async component is in the tree). */
export function renderJsx(node: unknown): string | Promise<string> {
  if (node === null) return "";
  switch (typeof node) {
    case "string":
      return escapeHtml(node);
    case "bigint":
    case "number":
      return String(node);
    case "object":
      break;
    default:
      return "";
  }
  if ("html" in (node as object)) return (node as { html: string }).html;
  const el = node as JsxNode;
  if (el.type === "textNode") return escapeHtml(el.text!);
  const props = el.props ?? {};
  if (typeof el.tag === "function") {
    const out = el.tag(props);
    return isPromise(out) ? out.then(renderJsx) : renderJsx(out);
  }
  if (typeof el.tag !== "string") return "";
  const children = !props.children
    ? []
    : Array.isArray(props.children)
      ? (props.children as unknown[])
      : [props.children];
  const inner = renderAll(children);
  if (el.tag === "") return inner;
  let open = `<${el.tag}`;
  for (const key in props) {
    const a = key === "children" ? "" : attribute(key, props[key]);
    if (a.length > 0) open += ` ${a}`;
  }
  open += ">";
  if (children.length === 0 && VOID_TAGS.has(el.tag)) return open;
  const close = `</${el.tag}>`;
  return typeof inner === "string" ? open + inner + close : inner.then((s) => open + s + close);
}
