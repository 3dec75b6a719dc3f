/*
 * The search page. One interface over two engines: Pagefind (its WebAssembly search, loaded from
 * pagefind/) on a web server, and the script-file fallback (search-engine.js over search-data/)
 * when Pagefind cannot start — as on a copy opened from disk, where WebAssembly and fetch are
 * blocked. Same page, same result links, same filters. The address carries the query and filters
 * (search.html?q=blockade&source=TASS), so a search can be shared; it runs on load.
 * Results are built with DOM nodes and text, never innerHTML.
 */
(function () {
  "use strict";

  var FILTERS = [
    ["source", "Source"],
    ["theme", "Topic"],
    ["year", "Year"],
    ["person", "Person"],
    ["place", "Place"],
  ];
  var PAGE_SIZE = 10;
  var MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];

  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var filterBox = document.getElementById("search-filters");
  var list = document.getElementById("search-results");
  var sortSelect = document.getElementById("search-sort");
  var moreButton = document.getElementById("search-more");
  var engineNote = document.getElementById("search-engine");
  if (!form || !input || !list) return;

  var state = { query: "", filters: {}, sort: "", results: [], shown: 0, search: 0 };
  var backend = null;

  function text(tag, content, className) {
    var el = document.createElement(tag);
    if (content !== undefined && content !== null) el.textContent = content;
    if (className) el.className = className;
    return el;
  }

  /** `2018-11` → "November 2018": the date at its own precision. */
  function formatDate(date) {
    if (!date) return "Undated";
    var parts = date.split("-");
    if (parts.length === 1) return parts[0];
    var month = MONTHS[Number(parts[1]) - 1] || parts[1];
    return parts.length === 2
      ? month + " " + parts[0]
      : Number(parts[2]) + " " + month + " " + parts[0];
  }

  /** Pagefind's excerpt (HTML with <mark>) as text parts, parsed inertly. */
  function partsOfHtml(html) {
    var doc = new DOMParser().parseFromString("<p>" + (html || "") + "</p>", "text/html");
    var parts = [];
    doc.body.firstChild.childNodes.forEach(function (node) {
      parts.push({ text: node.textContent || "", mark: node.nodeName === "MARK" });
    });
    return parts;
  }

  /** Pagefind, when it can start here. */
  function pagefindBackend() {
    // The index is in shards (pagefind/, pagefind-1/, …); the first is imported, the others merged.
    var shards = (form.getAttribute("data-shards") || "").split(" ").filter(Boolean);
    return import("./pagefind/pagefind.js").then(function (pagefind) {
      return pagefind
        .options({ excerptLength: 30 })
        .then(function () {
          return Promise.all(
            shards.map(function (k) {
              return pagefind.mergeIndex(new URL("pagefind-" + k + "/", document.baseURI).pathname);
            }),
          );
        })
        .then(function () {
          return {
            name: "Pagefind",
            search: function (query, filters, sort) {
              // Every filter is passed (an empty list filters nothing) so Pagefind counts them all.
              var any = {};
              FILTERS.forEach(function (f) {
                any[f[0]] = { any: filters[f[0]] || [] };
              });
              var opts = { filters: any };
              if (sort === "date-desc") opts.sort = { date: "desc" };
              if (sort === "date-asc") opts.sort = { date: "asc" };
              return pagefind.search(query || null, opts).then(function (r) {
                if (!r) return null;
                return {
                  total: r.results.length,
                  filters: r.filters,
                  totalFilters: r.totalFilters,
                  results: r.results.map(function (result) {
                    return function () {
                      return result.data().then(function (d) {
                        var sub = (d.sub_results || []).filter(function (s) {
                          return /#p\d+$/.test(s.url);
                        })[0];
                        return {
                          path: (sub ? sub.url : d.url).replace(/^\//, ""),
                          headline: d.meta.title,
                          date: d.meta.date,
                          source: d.meta.source,
                          excerpt: partsOfHtml(sub ? sub.excerpt : d.excerpt),
                        };
                      });
                    };
                  }),
                };
              });
            },
            filters: function () {
              return pagefind.filters();
            },
          };
        });
    });
  }

  /** The script-file index, which works everywhere, from disk too. */
  function fallbackBackend() {
    var engine = window.ArchiveSearch.createEngine(
      window.ArchiveSearch.scriptLoader("search-data/"),
    );
    return Promise.resolve({
      name: "the built-in index",
      search: function (query, filters, sort) {
        if (
          !query &&
          !Object.keys(filters).some(function (k) {
            return filters[k].length;
          })
        )
          return engine.filters().then(function (f) {
            return { total: 0, filters: f, results: [] };
          });
        return engine.search(query, { filters: filters, sort: sort }).then(function (r) {
          return {
            total: r.results.length,
            filters: r.filters,
            totalFilters: r.totalFilters,
            results: r.results.map(function (result) {
              return function () {
                return engine.data(result, query);
              };
            }),
          };
        });
      },
      filters: function () {
        return engine.filters();
      },
    });
  }

  function chooseBackend() {
    // From disk, Pagefind cannot load (and trying logs errors): go straight to the fallback.
    if (location.protocol === "file:" || !window.WebAssembly) return fallbackBackend();
    return pagefindBackend().catch(function () {
      return fallbackBackend();
    });
  }

  /** Reads query, filters and sort from the address. */
  function readAddress() {
    var params = new URLSearchParams(location.search);
    state.query = params.get("q") || "";
    state.sort = params.get("sort") || "";
    state.filters = {};
    FILTERS.forEach(function (f) {
      state.filters[f[0]] = params.getAll(f[0]);
    });
  }

  /** Writes them back, so the address can be shared. */
  function writeAddress() {
    var params = new URLSearchParams();
    if (state.query) params.set("q", state.query);
    FILTERS.forEach(function (f) {
      (state.filters[f[0]] || []).forEach(function (v) {
        params.append(f[0], v);
      });
    });
    if (state.sort) params.set("sort", state.sort);
    var query = params.toString();
    try {
      history.replaceState(null, "", query ? "?" + query : location.pathname.split("/").pop());
    } catch (e) {
      /* some file:// contexts refuse; the search still works */
    }
  }

  function renderFilters(counts) {
    if (!filterBox) return;
    filterBox.textContent = "";
    FILTERS.forEach(function (f) {
      var key = f[0];
      var values = Object.keys((counts && counts[key]) || {});
      (state.filters[key] || []).forEach(function (v) {
        if (values.indexOf(v) === -1) values.push(v);
      });
      if (values.length === 0) return;
      values.sort(function (a, b) {
        if (key === "year") return a < b ? 1 : -1;
        return (counts[key][b] || 0) - (counts[key][a] || 0) || a.localeCompare(b);
      });
      // Values no result has are left out unless chosen; long lists fold after the first eight.
      values = values.filter(function (v) {
        return (counts[key] && counts[key][v]) || (state.filters[key] || []).indexOf(v) !== -1;
      });
      if (values.length === 0) return;
      var fieldset = text("fieldset", null, "filter-group");
      fieldset.appendChild(text("legend", f[1]));
      var fold = null;
      values.forEach(function (value, i) {
        if (i === 8) {
          fold = document.createElement("details");
          fold.appendChild(text("summary", "More (" + (values.length - 8) + ")"));
          fieldset.appendChild(fold);
        }
        var id = "f-" + key + "-" + i;
        var row = text("div", null, "filter-option");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.id = id;
        box.name = key;
        box.value = value;
        box.checked = (state.filters[key] || []).indexOf(value) !== -1;
        box.addEventListener("change", function () {
          var chosen = state.filters[key] || (state.filters[key] = []);
          var at = chosen.indexOf(value);
          if (box.checked && at === -1) chosen.push(value);
          if (!box.checked && at !== -1) chosen.splice(at, 1);
          run();
        });
        var label = text("label", value + " ");
        label.htmlFor = id;
        label.appendChild(
          text("span", "(" + ((counts[key] && counts[key][value]) || 0) + ")", "count"),
        );
        row.appendChild(box);
        row.appendChild(label);
        (fold || fieldset).appendChild(row);
      });
      filterBox.appendChild(fieldset);
    });
  }

  function renderResult(data) {
    var item = document.createElement("li");
    item.className = "search-result";
    var heading = text("h2", null, "result-title");
    var link = text("a", data.headline);
    link.href = data.path;
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = text("p", null, "byline");
    if (data.date) {
      var time = text("time", formatDate(data.date));
      time.setAttribute("datetime", data.date);
      meta.appendChild(time);
    } else meta.appendChild(text("span", "Undated"));
    meta.appendChild(document.createTextNode(" · " + (data.source || "Source not stated")));
    item.appendChild(meta);
    var excerpt = text("p", null, "excerpt");
    (data.excerpt || []).forEach(function (part) {
      excerpt.appendChild(part.mark ? text("mark", part.text) : document.createTextNode(part.text));
    });
    item.appendChild(excerpt);
    return item;
  }

  function showMore() {
    var id = state.search;
    var batch = state.results.slice(state.shown, state.shown + PAGE_SIZE);
    state.shown += batch.length;
    return Promise.all(
      batch.map(function (load) {
        return load();
      }),
    ).then(function (items) {
      if (id !== state.search) return;
      items.forEach(function (d) {
        list.appendChild(renderResult(d));
      });
      if (moreButton) moreButton.hidden = state.shown >= state.results.length;
    });
  }

  function run() {
    var id = ++state.search;
    writeAddress();
    var anyFilter = FILTERS.some(function (f) {
      return (state.filters[f[0]] || []).length;
    });
    if (!state.query && !anyFilter) {
      list.textContent = "";
      status.textContent = "Type a word to search the archive, or pick a filter.";
      if (moreButton) moreButton.hidden = true;
      return backend.filters().then(function (f) {
        if (id === state.search) renderFilters(f);
      });
    }
    status.textContent = "Searching…";
    return backend.search(state.query, state.filters, state.sort).then(function (r) {
      if (id !== state.search || !r) return;
      state.results = r.results;
      state.shown = 0;
      list.textContent = "";
      // A group with a choice made shows what choosing another value would add (OR within a group).
      var counts = {};
      FILTERS.forEach(function (f) {
        var k = f[0];
        counts[k] = ((state.filters[k] || []).length ? r.totalFilters : r.filters)[k] || {};
      });
      renderFilters(counts);
      var what = state.query ? "“" + state.query + "”" : "the chosen filters";
      list.setAttribute("aria-busy", "true");
      // The count is announced once the first results are on the page.
      return showMore().then(function () {
        if (id !== state.search) return;
        list.removeAttribute("aria-busy");
        status.textContent =
          r.total === 0
            ? "No articles match " + what + "."
            : r.total + (r.total === 1 ? " article matches " : " articles match ") + what + ".";
      });
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      state.query = input.value.trim();
      run();
    }, 150);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    state.query = input.value.trim();
    run();
  });
  if (sortSelect)
    sortSelect.addEventListener("change", function () {
      state.sort = sortSelect.value;
      run();
    });
  if (moreButton) moreButton.addEventListener("click", showMore);

  readAddress();
  input.value = state.query;
  if (sortSelect) sortSelect.value = state.sort;
  document.documentElement.classList.add("search-ready");
  chooseBackend().then(function (b) {
    backend = b;
    if (engineNote) engineNote.textContent = "Searching with " + b.name + ".";
    return run();
  });
})();
