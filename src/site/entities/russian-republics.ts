/**
 * The republics of Russia that `divisions.ts` lacks, in the same form (the English name, then
 * Spanish and Russian names, `|`-separated): with them every republic is a first-level division
 * of the gazetteer. Read only by `build-name-data.ts`, which writes them into `gazetteer.tsv`.
 */
export const RUSSIAN_REPUBLICS = `
Adygea|Adigueya|Адыгея|Республика Адыгея
Altai Republic|República de Altái|Республика Алтай|Горный Алтай
Kabardino-Balkaria|Kabardino-Balkaria|Кабардино-Балкария|Кабардино-Балкарская Республика
Kalmykia|Kalmukia|Калмыкия|Республика Калмыкия
Karachay-Cherkessia|Karacháyevo-Cherkesia|Карачаево-Черкесия|Карачаево-Черкесская Республика
Khakassia|Jakasia|Хакасия|Республика Хакасия
Mari El|Mari El|Марий Эл|Республика Марий Эл
North Ossetia–Alania|Osetia del Norte|Северная Осетия|Северная Осетия — Алания
`;
