/**
 * The sign-off a blogger or an editorial team puts under a post: `x Franzi`, `XX, Die Redaktion`,
 * `Euer Hans`, `Liebe Grüße, Anna`. Short and without a stop, it reads as a teaser or a label,
 * but right under the last paragraph it is the article's close (issue 15: the hand-marked real
 * pages count it as body).
 */
import { wordsOf } from "./language.ts";

/** Most words of a sign-off: a greeting and a name. */
const MAX_SIGN_OFF_WORDS = 5;

/** A greeting and a name, or kisses and a name, in the languages of the web's blogs. */
const SIGN_OFF =
  /^(?:x{1,3}o*|xo(?:xo)?)\s*,?\s+\p{L}|^(?:eure?|euer|dein(?:e)?|yours|cheers|love|ciao|besos|bisous|baci)\s*,?\s+\p{Lu}|^(?:(?:liebe|viele|herzliche|beste|sonnige)\s+grüße|kind regards|best wishes|un abrazo|saludos|bis bald)\b/iu;

/** True when a line is a sign-off: a greeting or kisses, then a name, in a few words. */
export function isSignOffLine(line: string): boolean {
  return wordsOf(line).length <= MAX_SIGN_OFF_WORDS && SIGN_OFF.test(line.trim());
}
