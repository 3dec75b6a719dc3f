import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createElement, jsxToString } from "jsx-async-runtime";
import { markSafe, rawHtml } from "../../src/site/raw-html.ts";
import { renderJsx } from "../../src/site/render-jsx.ts";

/** Both renderers' output for the same tree. */
async function both(el: JSX.Element): Promise<[string, string]> {
  return [await renderJsx(el), await jsxToString.call({}, el)];
}

function Item(props: { label: string; n: number }): JSX.Element {
  return (
    <li data-n={props.n} class={["item", props.n > 1 && "many"] as unknown as string}>
      {props.label}
    </li>
  );
}

async function Later(props: { text: string }): Promise<JSX.Element> {
  await new Promise((go) => setTimeout(go, 1));
  return (
    <>
      <em>{props.text}</em>
      <Item label={`${props.text} & more`} n={2} />
    </>
  );
}

describe("renderJsx", () => {
  it("writes what jsx-async-runtime's jsxToString writes, escaping text and attributes", async () => {
    const hostile = `<script>alert("x")</script> & 'q'`;
    const [ours, theirs] = await both(
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>{hostile}</title>
        </head>
        <body class={{ dark: true, light: false }} style={{ color: "red", "font-size": "2px" }}>
          <input type="checkbox" checked={true} disabled={false} value={hostile} />
          <br />
          <p
            title={hostile}
            data-json={{ a: "<b>" } as unknown as string}
            hidden={null as unknown as boolean}
          >
            {hostile}
            {42}
            {null}
            {undefined}
            {false}
            {rawHtml(markSafe("<b>kept</b>"))}
          </p>
          <ul>
            {[1, 2, 3].map((n) => (
              <Item label={`${hostile} ${n}`} n={n} />
            ))}
          </ul>
          <div></div>
          <></>
        </body>
      </html>,
    );
    assert.equal(ours, theirs);
    assert.ok(!ours.includes("<script>"), ours);
    assert.ok(ours.includes("<b>kept</b>"));
  });

  it("renders synchronously when no component is async, and waits for one that is", async () => {
    const sync = renderJsx(<Item label="a" n={1} />);
    assert.equal(typeof sync, "string");
    const tree = (
      <section>
        {createElement(Later as never, { text: "<later>" })}
        <p>after</p>
      </section>
    );
    const pending = renderJsx(tree);
    assert.ok(pending instanceof Promise);
    const [ours, theirs] = await both(tree);
    assert.equal(ours, theirs);
    assert.equal(await pending, theirs);
  });
});
