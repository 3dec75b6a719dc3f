/**
 * Appeals to the reader that pages print inside or right below the article: newsletter and app
 * sign-ups, paywall and subscription notes, consent sentences of sign-up forms, "did you like
 * this article?" prompts, donation and comment prompts (issue 15). chrome-words.ts knows the
 * English, Spanish and Russian ones that name a newsletter; these are their peers in other
 * wordings and in the other languages of the web's news and blogs (German, French, Polish,
 * Portuguese, Italian).
 */
import { fold, wordsOf } from "./language.ts";

/** Most words of an appeal: a longer paragraph that mentions a newsletter is the article's. */
const MAX_APPEAL_WORDS = 60;

/** Appeals by their wording, matched against the folded line (lowercase, no accents). */
const APPEALS: readonly RegExp[] = [
  // Newsletters and updates: `Never miss the latest news…`, `Get regular updates on…`.
  /\bnever miss (?:the latest|our|a|another)\b/,
  /^(?:get|receive) (?:\w+ ){0,3}(?:updates|newsletter|daily edition|latest (?:news|stories|articles))\b/,
  /^sign up (?:to|for|now|today)\b/,
  /\bby signing up\b/,
  /\bdelivered (?:straight |directly )?to (?:your|their) inbox\b/,
  /\benter your e-?mail\b/,
  /\bdownload (?:the|our) (?:\S+ )?apps?\b/,
  // Paywalls: `To view the full story, please subscribe`, `Subscribe now to our…`.
  /^subscribe (?:now|today)\b/,
  /\bplease (?:subscribe|log in|sign in)\b/,
  /\balready a subscriber\b/,
  /^(?:instant|immediate) (?:online )?access to\b/,
  /\bsubmit (?:a|your) letter to the editor\b/,
  // German.
  /\bnewsletter\b.{0,80}\b(?:abonnier\w*|anmelden|kostenlos\w*|posteingang)\b/,
  /\b(?:abonnier\w*|anmelden|kostenlos\w*|bleiben sie auf dem laufenden)\b.{0,80}\bnewsletter\b/,
  /^wir informieren (?:sie|dich) (?:taglich|regelma(?:ss|ß)ig|wochentlich|immer)\b/,
  /\bin (?:deinen|ihren) posteingang\b/,
  /^(?:hier|jetzt) (?:kostenlos |gratis )?(?:anmelden|registrieren|abonnieren)\b/,
  /\bwillige ich\b/,
  /\bverarbeitung meiner (?:personenbezogenen )?daten\b/,
  /^(?:gefallt|gefiel) (?:ihnen|dir|euch) (?:dieser|unser|der)\b/,
  /^artikel gefallen\b/,
  // Donations, paywalls and comment prompts: `Jede kleine Spende hilft`, `Sie lesen gern …?`,
  // `Wählen Sie Ihren Zugang und lesen Sie weiter`, `Verraten Sie gerne in den Kommentaren: …`.
  /^jede (?:kleine )?spende (?:hilft|zahlt)\b/,
  /^(?:sie lesen|du liest) gerne?\b.{0,40}\?$/,
  /\bwahlen sie ihren zugang\b/,
  /\b(?:abo|abonnement) oder einzelheft\b/,
  /\b(?:verraten|schreiben|sagen) (?:sie|du) (?:es )?(?:uns )?(?:gerne )?in den kommentaren\b/,
  /\b(?:ihre|deine) meinung zu diesem (?:thema|artikel|beitrag)\b/,
  /^schon registriert\?/,
  /\bbesuchen sie unseren (?:\S+-)?shop\b/,
  /^wir respektieren (?:deine|ihre) privatsphare\b/,
  /^was passiert mit meinen daten\?$/,
  // Comment rules and sign-ins, channels: `We ask that comments are civil…`, `Para comentar debes…`.
  /^we ask that (?:all )?comments\b/,
  /^para comentar (?:debes|tienes que|es necesario)\b/,
  /\bnuestro canal de (?:youtube|telegram|whatsapp)\b/,
  // A comment form's help (SPIP's `Qui êtes-vous ?`), consent to load an embedded post.
  /^qui etes-vous \?$/,
  /\bpour creer des paragraphes, laissez simplement des lignes vides\b/,
  /^klicken sie auf den (?:unteren |folgenden )?button\b.{0,80}\binhalt\b/,
  // French, Polish, Portuguese, Italian, Spanish.
  /\b(?:abonnez-vous|inscrivez-vous) a (?:notre|la) (?:newsletter|lettre)\b/,
  /\bzapraszamy\b.{0,40}\bsubskrypcj\w*\b/,
  /\bzapisz sie do newslettera\b/,
  /\b(?:assine|inscreva-se|iscriviti)\b.{0,40}\bnewsletter\b/,
  /\bcanal de telegram\b.{0,80}\bunete\b/,
  /\bcancela cuando quieras\b/,
];

/** The patterns as one, so a line is scanned once. */
const ANY_APPEALS = new RegExp(APPEALS.map((re) => re.source).join("|"));

/** True for a line that appeals to the reader to sign up, subscribe or say they liked the page. */
export function isReaderAppeal(line: string): boolean {
  // The pattern first: most lines fail it, and it is cheaper than counting words.
  return (
    ANY_APPEALS.test(fold(line).replace(/^[\s\p{P}\p{S}]+/u, "")) &&
    wordsOf(line).length <= MAX_APPEAL_WORDS
  );
}
