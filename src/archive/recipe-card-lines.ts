/**
 * Lines of a recipe card, which a copied recipe page prints between its title and its method:
 * ingredients (`100 ml Milch`, `2½ cups rice`, `4 Esslöffel Zucker`) and times (`Gesamtzeit ca.
 * 1 Stunde`, `Prep time 20 minutes`). They are short and capitalised like titles, and never the
 * headline.
 */
import { memoize } from "./memo.ts";

/** Units of an ingredient's amount, in the languages copied recipes show. */
const UNITS =
  "g|gr|kg|mg|ml|l|dl|cl|el|tl|essl[öo]ffel|teel[öo]ffel|tassen?|cups?|tbsp|tsp|tablespoons?|" +
  "teaspoons?|oz|ounces?|lbs?|pounds?|pfund|prisen?|st[üu]ck|scheiben?|pck|p[äa]ckchen|msp|" +
  "becher|bund|dosen?|cuill[èe]res?|c\\.\\s?[àa]\\s?s|cucharadas?|cucharaditas?|tazas?|pizzico|" +
  "gramm|grammes?|grammi|gramos|gramas|liter|litros?|xícaras?|colher(?:es)?|cloves?|pinch(?:es)?";

/** An amount and a unit opening the line: `100 ml Milch`, `2½ cups rice`, `1/2 TL Salz`. */
const INGREDIENT = new RegExp(
  `^(?:\\d+(?:[.,/]\\d+)?\\s*[½¼¾⅓⅔]?|[½¼¾⅓⅔])\\s*(?:-\\s*\\d+\\s*)?(?:${UNITS})\\.?(?=\\s|$)`,
  "iu",
);

/** A recipe's time: `Gesamtzeit ca. 1 Stunde 50 Minuten`, `Prep Time 20 mins`, `120 Minuten`. */
const RECIPE_TIME =
  /^(?:(?:gesamtzeit|zubereitungszeit|arbeitszeit|backzeit|kochzeit|ruhezeit|wartezeit|prep(?:aration)? time|cook(?:ing)? time|total time|temps de (?:préparation|cuisson)|tiempo de (?:preparación|cocción))\b|\d+\s*(?:minuten|min\.?|minutes|stunden?|std\.?)\s*(?:\(.*\))?\s*$)/iu;

/** True for an ingredient or a time of a recipe card. */
export const isRecipeCardLine = memoize((line: string): boolean => {
  const t = line.trim();
  return INGREDIENT.test(t) || RECIPE_TIME.test(t);
});
