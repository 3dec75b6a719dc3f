/**
 * Given names, the strongest sign that a capitalised pair is a person (`Bukayo Saka` has none,
 * `Mikel Arteta` has one). `build-name-data.ts` compiles `given-names.txt` (by `nameKey`, so
 * `Sergey`, `Sergei` and `Сергей` are one): the names of `gender-detection-from-name` (MIT)
 * that two of its national lists share (`Aston`, `Real` or `West` are in one list only), less
 * common words and the names of countries, regions and big cities, plus common Russian names.
 * Read once per process, on first use.
 */
import { readFileSync } from "node:fs";
import { nameKey, russianNominatives } from "./name-key.ts";

/**
 * Words that two name lists share but that news writes as words, places or clubs more often
 * than as first names (folded).
 */
export const NOT_GIVEN_NAMES = new Set(
  `
  will may june april august summer winter autumn spring hope grant price young brown
  court liberty justice sky art page real west north south east aston villa san santa sierra
  mar del luz rio crystal sunday chase ford tesla star sun golden royal unity faith king
  prince duke major general bishop hall house street park city town green white black gray
  grey forest river lake dawn eve christmas easter march trinity union sporting inter atletico
  deportivo olympic olympia dynamo spartak zenit lokomotiv celtic rangers wolves saints palace
  forest lazio roma juventus athletic city county ocean sea bay cape victory angel angeles
  paz cruz dolores rosario mercedes pilar soledad asuncion concepcion consuelo remedios
  amparo fe esperanza salvador trinidad guadalupe montserrat nieves rocio camino
  china india israel jordan georgia kenya chad`
    .trim()
    .split(/\s+/),
);

/** Common Russian given names, which the Western lists lack or spell otherwise. */
export const RUSSIAN_GIVEN_NAMES = `
  Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артур Борис Вадим Валентин
  Валерий Василий Виктор Виталий Владимир Владислав Вячеслав Геннадий Георгий Глеб Григорий
  Даниил Денис Дмитрий Евгений Егор Зиновий Иван Игорь Илья Ильдар Кирилл Константин Лев Леонид
  Максим Марат Михаил Никита Николай Олег Павел Пётр Рамзан Равиль Роман Руслан Рустам Семён
  Сергей Станислав Степан Тимур Фёдор Эдуард Юрий Ярослав
  Александра Алина Алла Анастасия Анна Валентина Валерия Вера Виктория Галина Гульнара Дарья
  Евгения Екатерина Елена Елизавета Ирина Карина Ксения Лариса Лидия Любовь Людмила Маргарита
  Марина Мария Надежда Наталья Нина Оксана Ольга Полина Светлана София Татьяна Ульяна Элла
  Эльвира Юлия Яна
`;

/** The Russian given names as written, `ё` as `е` too (`Пётр`, `Петр`). */
const RUSSIAN_WRITTEN = new Set(
  RUSSIAN_GIVEN_NAMES.trim()
    .split(/\s+/)
    .flatMap((n) => [n, n.replace(/ё/g, "е")]),
);

/** True for a common Russian given name as written (`Сергей`, not `Серге` or `Сергея`). */
export const isRussianGivenName = (word: string): boolean => RUSSIAN_WRITTEN.has(word);

let loaded: ReadonlySet<string> | null = null;

/** Given names by `nameKey`, read on first use. */
function givenNames(): ReadonlySet<string> {
  loaded ??= new Set(
    readFileSync(new URL("./given-names.txt", import.meta.url), "utf8").split("\n"),
  );
  return loaded;
}

/** True when `word` as written is a given name of the list (`Сергей`, not `Сергея`). */
export function isListedGivenName(word: string): boolean {
  return givenNames().has(nameKey(word));
}

/** True when `word` is a given name of the list, in any case for a Russian one. */
export function isGivenName(word: string): boolean {
  if (givenNames().has(nameKey(word))) return true;
  // `Олега`, `Анной`: a Russian given name in another case.
  return (
    /\p{Script=Cyrillic}/u.test(word) &&
    russianNominatives(word).some((n) => givenNames().has(nameKey(n)))
  );
}
