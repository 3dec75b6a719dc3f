/**
 * Seas, oceans, rivers and lakes news names without a word that says so: GeoNames keeps them
 * apart from the cities. Each line is the English name, then other names, `|`-separated. Read
 * only by `build-name-data.ts`, which writes them into `gazetteer.tsv`.
 */
export const WATERS = `
Atlantic Ocean|Atlantic|Océano Atlántico|Atlántico|Атлантический океан|Атлантика
Pacific Ocean|Pacific|Océano Pacífico|Pacífico|Тихий океан
Indian Ocean|Océano Índico|Индийский океан
Arctic Ocean|Océano Ártico|Северный Ледовитый океан
Mediterranean Sea|Mediterranean|Mediterráneo|Средиземное море
Baltic Sea|Mar Báltico|Báltico|Балтийское море|Балтика
Black Sea|Mar Negro|Чёрное море
Red Sea|Mar Rojo|Красное море
North Sea|Mar del Norte|Северное море
Caspian Sea|Mar Caspio|Каспийское море
South China Sea|Mar de la China Meridional|Южно-Китайское море
English Channel|Canal de la Mancha|Ла-Манш
Lake Baikal|Baikal|Lago Baikal|Байкал|озеро Байкал
Thames|Támesis|Темза
Danube|Danubio|Дунай
Rhine|Rin|Рейн
Volga|Волга
Dnieper|Dniéper|Днепр
Nile|Nilo|Нил
Amazon River|Río Amazonas
Guadalquivir|Гвадалквивир
Ebro|Эбро
Tagus|Tajo|Тахо
Mississippi River|Río Misisipi
Rio Grande|Río Bravo
Yangtze|Янцзы
Ganges|Ganges|Ганг
Euphrates|Éufrates|Евфрат
Tigris|Río Tigris
Yenisei|Енисей
Amur|Амур
Neva|Нева
`;
