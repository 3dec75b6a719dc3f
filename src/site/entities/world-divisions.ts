/**
 * The first-level divisions of continental Europe, Canada, Australia, Asia, Ukraine, the Middle
 * East and Russia, then Russia's and the world's larger regions (Siberia, the Caucasus, the
 * continents), in the form of `DIVISIONS` (the English name, then other names, `|`-separated),
 * which `divisions.ts` ends with them.
 */
export const WORLD_DIVISIONS = `
Bavaria|Baviera|Бавария
Saxony|Sajonia|Саксония
Brandenburg|Brandeburgo|Бранденбург
Hesse|Hesse|Гессен
North Rhine-Westphalia|Renania del Norte-Westfalia|Северный Рейн-Вестфалия
Baden-Württemberg|Баден-Вюртемберг
Lombardy|Lombardía|Ломбардия
Tuscany|Toscana|Тоскана
Sicily|Sicilia|Сицилия
Sardinia|Cerdeña|Сардиния
Piedmont|Piamonte|Пьемонт
Veneto|Венето
Campania|Кампания
Calabria|Калабрия
Brittany|Bretaña|Бретань
Normandy|Normandía|Нормандия
Provence|Provenza|Прованс
Corsica|Córcega|Корсика
Île-de-France
Flanders|Flandes|Фландрия
Wallonia|Valonia|Валлония
Quebec|Québec|Квебек
Ontario|Онтарио
British Columbia|Columbia Británica|Британская Колумбия
Alberta|Альберта
Manitoba|Манитоба
Saskatchewan|Саскачеван
Nova Scotia|Nueva Escocia|Новая Шотландия
Queensland|Квинсленд
New South Wales|Nueva Gales del Sur|Новый Южный Уэльс
Victoria State
Tasmania|Тасмания
Kashmir|Cachemira|Кашмир
Punjab|Пенджаб
Kerala|Керала
Bihar
Uttar Pradesh
Maharashtra
Gujarat
Tamil Nadu
West Bengal|Bengala Occidental|Западная Бенгалия
Assam
Manipur
Xinjiang|Синьцзян
Tibet|Tíbet|Тибет
Guangdong|Гуандун
Sichuan|Сычуань
Hokkaido|Хоккайдо
Okinawa|Окинава
Donbas|Donbás|Донбасс
Crimea|Crimea|Крым
Donetsk Oblast|Donetsk|Донецкая область
Luhansk Oblast|Luhansk|Луганская область
Kherson Oblast|Херсонская область
Zaporizhzhia Oblast|Запорожская область
Kharkiv Oblast|Харьковская область
Gaza Strip|Franja de Gaza|Gaza|Сектор Газа
West Bank|Cisjordania|Западный берег
Golan Heights|Altos del Golán|Голанские высоты
Darfur|Дарфур
Kurdistan|Kurdistán|Курдистан
Moscow Oblast|Московская область|Подмосковье
Leningrad Oblast|Ленинградская область
Novosibirsk Oblast|Новосибирская область
Sverdlovsk Oblast|Свердловская область
Samara Oblast|Самарская область
Belgorod Oblast|Белгородская область
Kursk Oblast|Курская область
Bryansk Oblast|Брянская область
Rostov Oblast|Ростовская область
Penza Oblast|Пензенская область
Irkutsk Oblast|Иркутская область
Tomsk Oblast|Томская область
Omsk Oblast|Омская область
Chelyabinsk Oblast|Челябинская область
Nizhny Novgorod Oblast|Нижегородская область
Voronezh Oblast|Воронежская область
Kaliningrad Oblast|Калининградская область
Murmansk Oblast|Мурманская область
Arkhangelsk Oblast|Архангельская область
Tver Oblast|Тверская область
Tula Oblast|Тульская область
Kaluga Oblast|Калужская область
Smolensk Oblast|Смоленская область
Vladimir Oblast|Владимирская область
Yaroslavl Oblast|Ярославская область
Volgograd Oblast|Волгоградская область
Saratov Oblast|Саратовская область
Astrakhan Oblast|Астраханская область
Orenburg Oblast|Оренбургская область
Tyumen Oblast|Тюменская область
Kemerovo Oblast|Кемеровская область|Кузбасс
Amur Oblast|Амурская область
Sakhalin Oblast|Сахалинская область|Сахалин
Magadan Oblast|Магаданская область
Krasnodar Krai|Краснодарский край|Кубань
Krasnoyarsk Krai|Красноярский край
Stavropol Krai|Ставропольский край
Perm Krai|Пермский край
Altai Krai|Алтайский край
Primorsky Krai|Приморский край|Приморье
Khabarovsk Krai|Хабаровский край
Kamchatka Krai|Камчатский край|Камчатка
Zabaykalsky Krai|Забайкальский край|Забайкалье
Tatarstan|Татарстан
Bashkortostan|Башкортостан|Башкирия
Chechnya|Chechenia|Чечня
Dagestan|Daguestán|Дагестан
Ingushetia|Ингушетия
Sakha Republic|Yakutia|Якутия
Chuvashia|Чувашия
Buryatia|Бурятия
Karelia|Carelia|Карелия
Komi Republic|Коми
Udmurtia|Удмуртия
Mordovia|Мордовия
Tuva|Тыва
Chukotka|Чукотка
Siberia|Сибирь
East Siberia|Восточная Сибирь
West Siberia|Западная Сибирь
Far East|Дальний Восток
Urals|Урал
Caucasus|Cáucaso|Кавказ
North Caucasus|Северный Кавказ
Arctic|Ártico|Арктика
Europe|Europa|Европа
Asia|Азия
Africa|África|Африка
North America|América del Norte|Северная Америка
South America|América del Sur|Sudamérica|Южная Америка
Central America|Centroamérica|Центральная Америка
Latin America|América Latina|Latinoamérica|Латинская Америка
Middle East|Oriente Medio|Oriente Próximo|Ближний Восток
Caribbean|Caribe|Карибский бассейн
Oceania|Океания
Antarctica|Antártida|Антарктида
Amazonia|Amazonía|Амазония
Sahel|Сахель
Balkans|Balcanes|Балканы
Scandinavia|Escandinavia|Скандинавия
Central Asia|Asia Central|Центральная Азия
`;
