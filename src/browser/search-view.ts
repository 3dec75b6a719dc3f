/**
 * What the search page draws: the filter checkboxes with their counts, and one result. Built with
 * DOM nodes and text, never innerHTML, so article text can never become markup.
 */
import { NO_SOURCE } from "../archive/labels.ts";
import { FILTER_KEYS, type FilterKey } from "../search/search-fields.ts";
import { formatDate } from "../site/format-date.ts";
import type { Counts } from "./search-backends.ts";
import type { ResultData } from "../search/search-engine.ts";

/** Each filter's heading on the page. */
const FILTER_LABELS: Record<FilterKey, string> = {
  source: "Source",
  theme: "Topic",
  year: "Year",
  person: "Person",
  place: "Place",
};

/** Values shown before a filter's list folds. */
const UNFOLDED = 8;

/** An element holding `content` as text. */
function text(tag: string, content?: string | null, className?: string): HTMLElement {
  const el = document.createElement(tag);
  if (content !== undefined && content !== null) el.textContent = content;
  if (className) el.className = className;
  return el;
}

/**
 * Draws the filters into `container`: the values `counts` has, plus the `chosen` ones, with their counts.
 * A change of a checkbox updates `chosen` and calls `onChange`.
 */
export function renderFilters(
  container: HTMLElement,
  counts: Counts,
  chosen: Record<string, string[]>,
  onChange: () => void,
): void {
  container.textContent = "";
  for (const key of FILTER_KEYS) {
    const count = (v: string): number => counts[key]?.[v] ?? 0;
    const picked = chosen[key] ?? [];
    let values = Object.keys(counts[key] ?? {});
    for (const v of picked) if (!values.includes(v)) values.push(v);
    if (values.length === 0) continue;
    values.sort((a, b) => {
      if (key === "year") return a < b ? 1 : -1;
      return count(b) - count(a) || a.localeCompare(b);
    });
    // Values no result has are left out unless chosen; long lists fold after the first eight.
    values = values.filter((v) => count(v) || picked.includes(v));
    if (values.length === 0) continue;
    const fieldset = text("fieldset", null, "filter-group");
    fieldset.appendChild(text("legend", FILTER_LABELS[key]));
    let fold: HTMLElement | null = null;
    values.forEach((value, i) => {
      if (i === UNFOLDED) {
        fold = document.createElement("details");
        fold.appendChild(text("summary", `More (${values.length - UNFOLDED})`));
        fieldset.appendChild(fold);
      }
      const id = `f-${key}-${i}`;
      const row = text("div", null, "filter-option");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.id = id;
      box.name = key;
      box.value = value;
      box.checked = picked.includes(value);
      box.addEventListener("change", () => {
        const list = chosen[key] ?? (chosen[key] = []);
        const at = list.indexOf(value);
        if (box.checked && at === -1) list.push(value);
        if (!box.checked && at !== -1) list.splice(at, 1);
        onChange();
      });
      const label = text("label", `${value} `) as HTMLLabelElement;
      label.htmlFor = id;
      label.appendChild(text("span", `(${count(value)})`, "count"));
      row.appendChild(box);
      row.appendChild(label);
      (fold ?? fieldset).appendChild(row);
    });
    container.appendChild(fieldset);
  }
}

/** One result: headline linking to the paragraph that matched, date and source, excerpt. */
export function renderResult(data: ResultData): HTMLElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = text("h2", null, "result-title");
  const link = text("a", data.headline) as HTMLAnchorElement;
  link.href = data.path;
  heading.appendChild(link);
  item.appendChild(heading);
  const meta = text("p", null, "byline");
  if (data.date) {
    const time = text("time", formatDate(data.date));
    time.setAttribute("datetime", data.date);
    meta.appendChild(time);
  } else meta.appendChild(text("span", formatDate(null)));
  meta.appendChild(document.createTextNode(` · ${data.source || NO_SOURCE}`));
  item.appendChild(meta);
  const excerpt = text("p", null, "excerpt");
  for (const part of data.excerpt ?? [])
    excerpt.appendChild(part.mark ? text("mark", part.text) : document.createTextNode(part.text));
  item.appendChild(excerpt);
  return item;
}
