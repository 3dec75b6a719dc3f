/**
 * The seed archive the site tests are written against: the five Russia–Cuba articles, front
 * matter and all, as first published in `articles/`. Tests read this copy, never `articles/`
 * itself, which editors add to and change.
 */
import { fileURLToPath } from "node:url";

/** Absolute path of the seed archive's folder. */
export const SEED_ARCHIVE = fileURLToPath(new URL("../fixtures/seed-archive", import.meta.url));
