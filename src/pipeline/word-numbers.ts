/**
 * Word numbers across threads. A worker thread numbers the words of the articles it processes in
 * a vocabulary of its own and sends, with each result, the words it numbered since the previous
 * one; the loader renumbers each worker's words in the archive's vocabulary as they come. Looking
 * a word up once per worker instead of once per article: the words a worker sends are fresh
 * strings, hashed again by every lookup, and the loader's lookups competed with the workers for
 * the processor.
 */
import { vocabulary, wordNumber, type Vocabulary } from "../site/related.ts";
import type { ProcessedFile } from "./process-article.ts";

/**
 * In a worker thread: its vocabulary, and what adds to each result the words numbered since the
 * last result it was given (also those of a file whose processing was stopped half-way).
 */
export function workerWords(): {
  words: Vocabulary;
  withNewWords: (p: ProcessedFile) => ProcessedFile;
} {
  const words = vocabulary();
  let sent = 0;
  return {
    words,
    withNewWords: (p) => {
      const newWords = words.words.slice(sent);
      sent = words.words.length;
      return { ...p, newWords };
    },
  };
}

/**
 * In the loader: what renumbers the word counts of worker `w`'s results (in the order it sent
 * them) in the archive's vocabulary `archive`, in place.
 */
export function renumberWords(archive: Vocabulary): (w: number, p: ProcessedFile) => ProcessedFile {
  const numbers: number[][] = [];
  return (w, p) => {
    const mine = (numbers[w] ??= []);
    for (const word of p.newWords ?? []) mine.push(wordNumber(archive, word));
    const terms = p.terms;
    if (terms)
      for (let i = 0; i < terms.length; i += 2) {
        const id = mine[terms[i]!];
        if (id === undefined) throw new Error(`word number ${terms[i]} of a worker was never sent`);
        terms[i] = id;
      }
    return p;
  };
}
