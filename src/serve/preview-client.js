// Served by the preview server (`npm start`) into every page it serves, never part of the built
// site: shows the last rebuild's errors over the page, which still shows the last good site.
// Built with DOM calls and CSSOM styles only, so the pages' Content-Security-Policy allows it.
const STATUS = "/.11ty/build-status.json";
let panel = null;

function show(errors) {
  panel?.remove();
  panel = document.createElement("section");
  panel.setAttribute("role", "alert");
  panel.setAttribute("aria-label", "Build errors");
  panel.dataset.buildErrors = String(errors.length);
  Object.assign(panel.style, {
    position: "fixed",
    left: "0",
    right: "0",
    bottom: "0",
    zIndex: "2147483647",
    maxHeight: "60vh",
    overflow: "auto",
    margin: "0",
    padding: "1rem 1.25rem",
    background: "#fff4f4",
    color: "#3b0000",
    borderTop: "4px solid #b00020",
    boxShadow: "0 -4px 16px rgba(0, 0, 0, 0.25)",
    font: "15px/1.45 system-ui, sans-serif",
  });
  const heading = document.createElement("h2");
  heading.textContent = "The last rebuild failed: this is still the previous site";
  Object.assign(heading.style, { margin: "0 0 0.25rem", fontSize: "1.1rem", color: "#b00020" });
  const advice = document.createElement("p");
  advice.textContent =
    "Fix what is listed below and save the file: the page reloads when a build succeeds.";
  advice.style.margin = "0 0 0.5rem";
  const list = document.createElement("pre");
  list.textContent = errors.join("\n");
  Object.assign(list.style, {
    margin: "0",
    whiteSpace: "pre-wrap",
    font: "13px/1.4 ui-monospace, monospace",
  });
  const hide = document.createElement("button");
  hide.type = "button";
  hide.textContent = "Hide";
  hide.style.float = "right";
  hide.addEventListener("click", () => panel?.remove());
  panel.append(hide, heading, advice, list);
  document.body.append(panel);
}

async function refresh() {
  try {
    const response = await fetch(STATUS, { cache: "no-store" });
    const { errors } = await response.json();
    if (errors.length > 0) show(errors);
    else panel?.remove();
  } catch {
    // the server is gone or restarting: the dev server's reload script reconnects
  }
}

// The dev server broadcasts `eleventy.error` to every open page when a build fails.
const socket = new WebSocket(location.origin.replace(/^http/, "ws"));
socket.addEventListener("message", (event) => {
  try {
    if (JSON.parse(event.data).type === "eleventy.error") void refresh();
  } catch {
    // not a message of the dev server's
  }
});
void refresh();
