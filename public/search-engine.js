/*
 * The fallback search engine: searches the script-file index in search-data/ (see
 * src/search/fallback-index.ts). Used by search.html when Pagefind cannot start (a copy opened
 * from disk), and by `npm run search` in the terminal, so both give the same results.
 *
 * Semantics follow the Pagefind setup of the site: every query word must match (a word matches
 * the indexed words it begins, so "blockade" finds "blockades"); headline words weigh 10, body
 * words 1; ranking is BM25; filters are OR within a group and AND across groups.
 * A classic script (no modules: they cannot load from file://), usable from Node through `vm`.
 */
(function (root) {
  "use strict";

  var store = {};
  var waiting = {};

  /** Index files call this when they load. */
  root.ArchiveSearchData = {
    add: function (name, data) {
      store[name] = data;
      (waiting[name] || []).forEach(function (resolve) {
        resolve(data);
      });
      delete waiting[name];
    },
  };

  /** Same as src/search/tokenize.ts. */
  function tokenize(text) {
    return (
      String(text)
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/ё/g, "е")
        .match(/[\p{L}\p{N}]+/gu) || []
    );
  }

  /** Same as src/search/tokenize.ts. */
  function termKey(term) {
    return Array.from(term.slice(0, 2))
      .map(function (c) {
        return c.codePointAt(0).toString(16);
      })
      .join("-");
  }

  /** A loader that adds `<script>` tags (works from file://). */
  function scriptLoader(base) {
    return function (name) {
      if (store[name]) return Promise.resolve(store[name]);
      return new Promise(function (resolve, reject) {
        var first = !waiting[name];
        (waiting[name] = waiting[name] || []).push(resolve);
        if (!first) return;
        var s = document.createElement("script");
        s.src = base + name + ".js";
        s.onerror = function () {
          reject(new Error("The search index file " + name + ".js could not be loaded."));
        };
        document.head.appendChild(s);
      });
    };
  }

  var K1 = 1.2;
  var B = 0.75;
  var PREFIX_WEIGHT = 0.7;
  var FILTER_KEYS = ["source", "theme", "year", "person", "place"];

  /**
   * A search engine over an index that `load(name)` returns parts of. The index is in shards
   * (`shards` names how many; each has `<k>/meta`, `<k>/terms/<key>`, `<k>/docs/<n>`); they are
   * merged here into one list of documents, so scores use the totals over all shards.
   */
  function createEngine(load) {
    var metaPromise = null;
    function meta() {
      if (!metaPromise)
        metaPromise = Promise.resolve(load("shards")).then(function (list) {
          var names = [];
          for (var k = 0; k < list.count; k++) names.push(k + "/meta");
          return Promise.all(names.map(load)).then(mergeShards);
        });
      return metaPromise;
    }

    /** One meta over all shards: documents in shard order, filter values renumbered. */
    function mergeShards(metas) {
      var merged = {
        count: 0,
        averageLength: 0,
        filterValues: {},
        docs: [],
        shards: [],
      };
      var seen = {};
      FILTER_KEYS.forEach(function (key) {
        merged.filterValues[key] = [];
        seen[key] = new Map();
      });
      var totalLength = 0;
      metas.forEach(function (m, k) {
        var renumber = {};
        FILTER_KEYS.forEach(function (key) {
          renumber[key] = m.filterValues[key].map(function (v) {
            if (!seen[key].has(v)) seen[key].set(v, merged.filterValues[key].push(v) - 1);
            return seen[key].get(v);
          });
        });
        merged.shards.push({ offset: merged.docs.length, termKeys: m.termKeys });
        m.docs.forEach(function (d) {
          var doc = d.slice(0, 5);
          FILTER_KEYS.forEach(function (key, i) {
            doc.push(
              d[5 + i].map(function (v) {
                return renumber[key][v];
              }),
            );
          });
          merged.docs.push(doc);
        });
        totalLength += m.averageLength * m.count;
        merged.count += m.count;
      });
      merged.averageLength = merged.count ? totalLength / merged.count : 0;
      return merged;
    }

    /** The shard of a merged document number, and its number inside the shard. */
    function locate(m, doc) {
      var k = m.shards.length - 1;
      while (k > 0 && m.shards[k].offset > doc) k--;
      return { shard: k, local: doc - m.shards[k].offset };
    }

    /** Documents matching one query word: doc → { weight, first paragraph }. */
    function matchWord(m, word) {
      var key = termKey(word);
      var docs = new Map();
      return Promise.all(
        m.shards.map(function (shard, k) {
          if (shard.termKeys.indexOf(key) === -1) return null;
          return Promise.resolve(load(k + "/terms/" + key)).then(function (bucket) {
            Object.keys(bucket).forEach(function (term) {
              if (term.indexOf(word) !== 0) return;
              var factor = term === word ? 1 : PREFIX_WEIGHT;
              var list = bucket[term];
              for (var i = 0; i < list.length; i += 3) {
                var doc = shard.offset + list[i];
                var d = docs.get(doc);
                var first = list[i + 2];
                if (!d) docs.set(doc, { weight: list[i + 1] * factor, first: first });
                else {
                  d.weight += list[i + 1] * factor;
                  if (first > 0 && (d.first === 0 || first < d.first)) d.first = first;
                }
              }
            });
          });
        }),
      ).then(function () {
        return docs;
      });
    }

    function filterValue(m, doc, key) {
      return m.docs[doc][5 + FILTER_KEYS.indexOf(key)];
    }

    function passes(m, doc, selected) {
      return FILTER_KEYS.every(function (key) {
        var wanted = selected[key];
        if (!wanted || wanted.length === 0) return true;
        var values = filterValue(m, doc, key).map(function (i) {
          return m.filterValues[key][i];
        });
        return wanted.some(function (v) {
          return values.indexOf(v) !== -1;
        });
      });
    }

    function countFilters(m, docs) {
      var counts = {};
      FILTER_KEYS.forEach(function (key) {
        counts[key] = {};
      });
      docs.forEach(function (doc) {
        FILTER_KEYS.forEach(function (key) {
          filterValue(m, doc, key).forEach(function (i) {
            var v = m.filterValues[key][i];
            counts[key][v] = (counts[key][v] || 0) + 1;
          });
        });
      });
      return counts;
    }

    /**
     * Searches. `options.filters` maps a filter to the values wanted; `options.sort` is
     * "date-desc", "date-asc" or relevance. An empty query with filters lists the filtered articles.
     */
    function search(query, options) {
      options = options || {};
      var selected = options.filters || {};
      return meta().then(function (m) {
        var words = tokenize(query || "").filter(function (w, i, all) {
          return all.indexOf(w) === i;
        });
        var all = [];
        for (var i = 0; i < m.count; i++) all.push(i);
        var anyFilter = FILTER_KEYS.some(function (k) {
          return selected[k] && selected[k].length;
        });
        if (words.length === 0) {
          if (!anyFilter)
            return {
              results: [],
              filters: countFilters(m, all),
              totalFilters: countFilters(m, all),
              unfiltered: 0,
            };
          var listed = all.filter(function (d) {
            return passes(m, d, selected);
          });
          return finish(
            m,
            listed.map(function (d) {
              return { doc: d, score: 0, paragraph: 0 };
            }),
            all,
            options,
          );
        }
        return Promise.all(
          words.map(function (w) {
            return matchWord(m, w);
          }),
        ).then(function (maps) {
          var base = maps.reduce(function (a, b) {
            return a.size <= b.size ? a : b;
          });
          var matched = [];
          base.forEach(function (_, doc) {
            if (
              maps.every(function (mp) {
                return mp.has(doc);
              })
            )
              matched.push(doc);
          });
          var scored = matched.map(function (doc) {
            var score = 0;
            var paragraph = 0;
            maps.forEach(function (mp) {
              var hit = mp.get(doc);
              var idf = Math.log(1 + (m.count - mp.size + 0.5) / (mp.size + 0.5));
              var len = m.docs[doc][4] / (m.averageLength || 1);
              score += (idf * (hit.weight * (K1 + 1))) / (hit.weight + K1 * (1 - B + B * len));
              if (hit.first > 0 && (paragraph === 0 || hit.first < paragraph))
                paragraph = hit.first;
            });
            return { doc: doc, score: score, paragraph: paragraph };
          });
          return finish(
            m,
            scored.filter(function (r) {
              return passes(m, r.doc, selected);
            }),
            matched,
            options,
          );
        });
      });
    }

    function finish(m, results, unfiltered, options) {
      var date = function (r) {
        return m.docs[r.doc][2] || "";
      };
      if (options.sort === "date-desc" || options.sort === "date-asc") {
        var dir = options.sort === "date-desc" ? -1 : 1;
        results.sort(function (a, b) {
          var da = date(a);
          var db = date(b);
          if (!da !== !db) return da ? -1 : 1; // undated last either way
          return da < db ? -dir : da > db ? dir : b.score - a.score;
        });
      } else
        results.sort(function (a, b) {
          return b.score - a.score || a.doc - b.doc;
        });
      return {
        results: results,
        filters: countFilters(
          m,
          results.map(function (r) {
            return r.doc;
          }),
        ),
        totalFilters: countFilters(m, unfiltered),
        unfiltered: unfiltered.length,
      };
    }

    /** The displayable data of a result: path (with the paragraph anchor), headline, date, source, excerpt parts. */
    function data(result, query, excerptWords) {
      excerptWords = excerptWords || 30;
      return meta().then(function (m) {
        var d = m.docs[result.doc];
        var at = locate(m, result.doc);
        var chunk = Math.floor(at.local / 100);
        return Promise.resolve(load(at.shard + "/docs/" + chunk)).then(function (paragraphs) {
          var paras = paragraphs[at.local % 100] || [];
          var index = result.paragraph > 0 ? result.paragraph - 1 : 0;
          return {
            path: d[0] + (result.paragraph > 0 ? "#p" + result.paragraph : ""),
            headline: d[1],
            date: d[2],
            source: d[3],
            excerpt: excerpt(paras[index] || "", tokenize(query || ""), excerptWords),
          };
        });
      });
    }

    function filters() {
      return meta().then(function (m) {
        var all = [];
        for (var i = 0; i < m.count; i++) all.push(i);
        return countFilters(m, all);
      });
    }

    return { search: search, data: data, filters: filters, meta: meta };
  }

  /** Up to `size` words around the first match, as parts `{ text, mark }`. */
  function excerpt(text, words, size) {
    var re = /[\p{L}\p{N}]+/gu;
    var tokens = [];
    var m;
    while ((m = re.exec(text)))
      tokens.push({ start: m.index, end: m.index + m[0].length, hit: isHit(m[0]) });
    function isHit(word) {
      var w = tokenize(word)[0] || "";
      return words.some(function (q) {
        return w.indexOf(q) === 0;
      });
    }
    if (tokens.length === 0) return [{ text: text, mark: false }];
    var firstHit = tokens.findIndex(function (t) {
      return t.hit;
    });
    var from = Math.max(0, (firstHit === -1 ? 0 : firstHit) - Math.floor(size / 3));
    // Start at the beginning of a word (`Russia’s`, not `s`).
    while (from > 0 && !/\s/.test(text.charAt(tokens[from].start - 1))) from--;
    var to = Math.min(tokens.length, from + size);
    var start = tokens[from].start;
    var end = to >= tokens.length ? text.length : tokens[to - 1].end;
    var parts = [];
    var at = start;
    for (var i = from; i < to; i++) {
      if (!tokens[i].hit) continue;
      if (tokens[i].start > at) parts.push({ text: text.slice(at, tokens[i].start), mark: false });
      parts.push({ text: text.slice(tokens[i].start, tokens[i].end), mark: true });
      at = tokens[i].end;
    }
    if (end > at) parts.push({ text: text.slice(at, end), mark: false });
    if (from > 0) parts.unshift({ text: "… ", mark: false });
    if (end < text.length) parts.push({ text: " …", mark: false });
    return parts;
  }

  root.ArchiveSearch = {
    tokenize: tokenize,
    termKey: termKey,
    createEngine: createEngine,
    scriptLoader: scriptLoader,
    excerpt: excerpt,
    FILTER_KEYS: FILTER_KEYS,
  };
})(typeof window !== "undefined" ? window : globalThis);
