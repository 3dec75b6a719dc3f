import { WORLD_DIVISIONS } from "./world-divisions.ts";

/**
 * First-level divisions (states, regions, provinces, counties) of the countries the archive
 * reports on most, and the larger regions news names as places, which GeoNames keeps in a table
 * of administrative areas that no maintained package ships: each line is the English name, then
 * other names (Spanish, Russian, local), `|`-separated. Britain's, the United States', Spain's and
 * Latin America's are here; the rest follow from `world-divisions.ts`. Read only by
 * `build-name-data.ts`, which writes them into `gazetteer.tsv`.
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
${WORLD_DIVISIONS.trimStart()}`;
