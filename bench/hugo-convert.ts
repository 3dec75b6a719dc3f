/**
 * Untimed preparation for the peer: parses the raw articles with our parser and writes them as
 * a Hugo site (bench/hugo-peer.ts).   tsx bench/hugo-convert.ts ARTICLES DIR
 */
import { loadArticleFolder } from "../src/pipeline/load-articles.ts";
import { loadSiteInputs } from "../src/site/site-inputs.ts";
import { siteFromRecords } from "../src/site/site-from-records.ts";
import { writeHugoSite } from "./hugo-peer.ts";

const [articles, dir] = process.argv.slice(2);
if (!articles || !dir) throw new Error("usage: tsx bench/hugo-convert.ts ARTICLES DIR");
const { inputs } = loadSiteInputs();
const archive = await loadArticleFolder(articles, inputs);
writeHugoSite(siteFromRecords(archive.records, inputs).views, dir);
