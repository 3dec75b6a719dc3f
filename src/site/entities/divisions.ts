/**
 * First-level divisions (states, regions, provinces, counties) of the countries the archive
 * reports on most, which GeoNames keeps in a table of administrative areas that no maintained
 * package ships: each line is the English name, then other names (Spanish, Russian, local) and
 * `|`-separated. Read only by `build-name-data.ts`, which writes them into `gazetteer.tsv`.
 */
export const DIVISIONS = `
England|Inglaterra|Англия
Scotland|Escocia|Шотландия
Wales|Gales|Уэльс
Northern Ireland|Irlanda del Norte|Северная Ирландия
Cumbria|Камбрия
Lancashire|Ланкашир
Yorkshire|Йоркшир
North Yorkshire
West Yorkshire
South Yorkshire
East Yorkshire
Merseyside
Greater Manchester
West Midlands
East Midlands
Northumberland
Durham
Tyne and Wear
Cheshire
Derbyshire
Nottinghamshire
Lincolnshire
Leicestershire
Staffordshire
Shropshire
Warwickshire
Worcestershire
Herefordshire
Gloucestershire
Oxfordshire
Buckinghamshire
Bedfordshire
Hertfordshire
Cambridgeshire
Northamptonshire
Norfolk
Suffolk
Essex
Kent|Кент
Sussex
East Sussex
West Sussex
Surrey
Hampshire
Berkshire
Wiltshire
Dorset
Somerset
Devon
Cornwall|Cornualles|Корнуолл
Greater London
Highlands
Anglesey
Gwynedd
Powys
County Antrim
County Down
County Cork
County Dublin
California|Калифорния
Texas|Техас
Florida|Флорида
New York State
Pennsylvania|Pensilvania|Пенсильвания
Illinois|Иллинойс
Ohio|Огайо
Michigan|Míchigan|Мичиган
Georgia
North Carolina|Carolina del Norte|Северная Каролина
South Carolina|Carolina del Sur|Южная Каролина
Virginia|Вирджиния
West Virginia|Virginia Occidental
Arizona|Аризона
Nevada|Невада
Utah|Юта
Colorado|Колорадо
New Mexico|Nuevo México|Нью-Мексико
Oregon|Oregón|Орегон
Washington State
Alaska|Аляска
Hawaii|Hawái|Гавайи
Louisiana|Luisiana|Луизиана
Mississippi|Misisipi|Миссисипи
Alabama|Алабама
Tennessee|Теннесси
Kentucky|Кентукки
Missouri|Misuri|Миссури
Kansas|Канзас
Nebraska|Небраска
Iowa|Айова
Minnesota|Миннесота
Wisconsin|Висконсин
Indiana|Индиана
Massachusetts|Massachusetts|Массачусетс
Connecticut|Коннектикут
New Jersey|Nueva Jersey|Нью-Джерси
Maryland|Мэриленд
Delaware|Делавэр
Maine|Мэн
Vermont|Вермонт
New Hampshire|Нью-Гэмпшир
Rhode Island
Oklahoma|Оклахома
Arkansas|Арканзас
Montana|Монтана
Idaho|Айдахо
Wyoming|Вайоминг
North Dakota|Dakota del Norte
South Dakota|Dakota del Sur
Andalusia|Andalucía|Андалусия
Catalonia|Cataluña|Catalunya|Каталония
Community of Madrid|Comunidad de Madrid
Valencian Community|Comunidad Valenciana|Comunitat Valenciana|Валенсия
Basque Country|País Vasco|Euskadi|Страна Басков
Galicia|Галисия
Castile and León|Castilla y León
Castilla-La Mancha|Castilla La Mancha
Aragon|Aragón|Арагон
Asturias|Астурия
Cantabria|Кантабрия
Navarre|Navarra|Наварра
La Rioja
Extremadura|Эстремадура
Murcia|Región de Murcia|Мурсия
Balearic Islands|Islas Baleares|Illes Balears|Балеарские острова
Canary Islands|Islas Canarias|Canarias|Канарские острова
Mato Grosso
Mato Grosso do Sul
Amazonas|Амазонас
Tocantins
Goiás
Bahia|Bahía|Баия
Minas Gerais
São Paulo State|Estado de São Paulo
Rio Grande do Sul
Paraná
Santa Catarina
Pernambuco
Ceará
Maranhão
Rondônia
Roraima
Amapá
Piauí
Paraíba
Alagoas
Sergipe
Espírito Santo
Oaxaca|Оахака
Chiapas|Чьяпас
Jalisco|Халиско
Sonora|Сонора
Chihuahua|Чиуауа
Sinaloa|Синалоа
Michoacán|Мичоакан
Guerrero|Герреро
Veracruz|Веракрус
Tamaulipas|Тамаулипас
Nuevo León
Baja California|Нижняя Калифорния
Yucatán|Юкатан
Quintana Roo
Tabasco
Zacatecas
Durango
Coahuila
Norte de Santander
Antioquia|Антьокия
Cundinamarca
Valle del Cauca
Cauca
Nariño
Chocó
Buenos Aires Province|Provincia de Buenos Aires
Patagonia|Патагония
Andes|Los Andes|Анды
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

/**
 * Seas, oceans, rivers and lakes news names without a word that says so: GeoNames keeps them
 * apart from the cities.
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
