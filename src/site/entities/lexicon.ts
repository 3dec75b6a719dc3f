/**
 * The words that tell a name from a capitalised word, and a person from a place or an
 * organisation, in English, Spanish and Russian. All folded (lowercase, no accents, `ё` as `е`),
 * as `fold` in src/archive/language.ts makes them.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Titles and honorifics that stand before a person's name ("Minister Sergey Lavrov", "el
 * presidente Nicolás Maduro", "министр Сергей Лавров"): stripped from the name, and a sign that
 * what follows is a person.
 */
export const TITLES = words(`
  mr mrs ms miss dr prof sir dame lord lady rev gen sen rep gov lt col capt sgt
  president minister ministers secretary chancellor premier senator governor mayor
  ambassador general admiral colonel captain commander sergeant lieutenant king queen prince
  princess pope cardinal bishop archbishop rabbi imam sheikh emir sultan chairman chairwoman
  spokesman spokeswoman spokesperson judge commissioner director coach manager striker
  midfielder defender goalkeeper administrator librarian secretary-general forecaster
  councillor councilor professor inspector chef justice
  senor senora don dona presidente presidenta ministro ministra canciller vicepresidente
  vicepresidenta secretario secretaria gobernador gobernadora alcalde alcaldesa embajador
  embajadora rey reina papa diputado diputada senador senadora lider candidato candidata
  opositor opositora exministro expresidente entrenador
  господин госпожа президент министр премьер премьер-министр глава посол генерал губернатор мэр
  председатель вице-премьер канцлер король королева сенатор депутат пресс-секретарь спикер
  судья тренер министра президента губернатора мэра депутата главы тренера судьи сенатора посла
  председателя защитник защитника нападающий нападающего полузащитник полузащитника вратарь
  вратаря наставник наставника капитан капитана президенты министры presidents presidentes
  mp mep msp mla congressman congresswoman concejal concejala juez jueza portavoz
  obispo arzobispo cardenal sacerdote doctor doctora profesor profesora coronel capitan teniente
  sargento comandante director directora consejero consejera delegado delegada
`);

/** Words that qualify a title ("Foreign Minister", "Prime Minister", "former President"): stripped only before a title. */
export const TITLE_MODIFIERS = words(`
  foreign interior home defence defense finance economy economic trade health energy oil
  justice education culture labour labor environment transport agriculture state deputy vice
  prime first former acting interim chief senior junior general attorney
  exterior relaciones exteriores
  иностранных дел
`);

/**
 * Nouns that, before a comma, make the name after it a person ("the Arsenal manager, Mikel
 * Arteta"; "su homólogo, Bruno Rodríguez"; "его коллега Бруно Родригес").
 */
export const ROLE_NOUNS = words(`
  manager coach minister president secretary spokesman spokeswoman spokesperson leader chief
  director chairman ceo founder analyst economist official candidate counterpart striker
  midfielder defender goalkeeper captain player author professor mayor governor ambassador
  envoy diplomat lawyer judge councillor councilor resident residents owner head
  presidente ministro ministra canciller homologo homologa portavoz lider dirigente candidato
  candidata opositor opositora secretario secretaria jefe jefa director directora analista
  alcalde alcaldesa entrenador delantero
  министр президент коллега глава председатель представитель пресс-секретарь руководитель
  директор лидер посол кандидат
`);

/** Verbs of speech that make the name beside them a person ("Lavrov said", "dijo Machado"). */
export const SPEECH_VERBS = words(`
  said says told added stated noted argued warned insisted explained announced
  dijo afirmo aseguro senalo declaro anadio explico indico advirtio sostuvo expreso
  заявил заявила сказал сказала отметил отметила подчеркнул подчеркнула сообщил сообщила
  признал признала добавил добавила пояснил пояснила считает уверен уверена
  admitted confirmed claimed acknowledged
  admitio reconocio confirmo anuncio
`);

/** Words that make a name an organisation wherever they stand in it. */
export const ORG_WORDS = words(`
  ministry department agency bank reserve council committee commission federation union league
  association party parliament assembly congress senate duma court tribunal government army
  navy police forces force company corporation corp inc ltd plc group holdings institute
  university college school hospital church foundation fund organisation organization office
  service services authority board club fc cf afc united city rovers athletic wanderers
  exchange opec nato times post news press agencia house
  ministerio departamento agencia banco consejo comite comision federacion union liga asociacion
  partido parlamento asamblea congreso senado tribunal corte gobierno ejercito policia fuerzas
  empresa compania universidad instituto fundacion fondo organizacion oficina servicio
  plataforma frente movimiento alianza
  министерство мид ведомство агентство банк совет комитет комиссия федерация союз лига
  ассоциация партия парламент собрание дума суд правительство армия полиция компания корпорация
  университет институт фонд организация служба кремль госдума управление прокуратура биржа
  завод комбинат театр академия больница департамент инспекция церковь церкви
  guardia audiencia fiscalia generalitat hermandad cofradia observatorio junta ayuntamiento
  hospitalario universitario proteccion
  diputacion cabildo sindicato banca camara academia hospital sala juzgado consejeria
  trust chamber charity society sociedad friends
  rail railway railways airways airlines hospice infirmary water instruments machines motors pharmaceuticals rugby research
  laboratories labs capital partners ventures investments foods dairies breweries studios
  productions mutual treasury
`);

/** First words of bodies' names, never of a person's (`National Highways`, `St John Ambulance`). */
export const BODY_OPENERS = words(`
  national royal international federal central global st saint
`);

/** Words that end street, building and venue names: such a name is not a country or a city. */
export const FACILITY_WORDS = words(`
  estadio calle avenida plaza aeropuerto palacio museo catedral
  стадион улица проспект площадь аэропорт дворец музей парк арена храм храме храма собор соборе
  собора мечеть мечети монастырь монастыре монастыря
  road street avenue lane drive square park bridge station airport stadium hall centre center
  memorial palace tower building hotel cathedral museum theatre theater arena ground
  calle avenida plaza estadio aeropuerto palacio museo
  улица проспект площадь аэропорт стадион дворец музей
`);

/** Institutions' words that are names on their own, not common nouns capitalised by custom (`the Kremlin`, `Госдума`). */
export const ORG_NAMES = words(`opec nato кремль госдума мид`);

/** Nouns for a company, club or body right before its name (`chipmaker Nvidia`, `la petrolera Repsol`, `компании «Газпром»`). */
export const COMPANY_NOUNS = words(`
  company firm carmaker automaker chipmaker retailer lender airline insurer broadcaster newspaper
  regulator watchdog startup conglomerate manufacturer supermarket brewer miner operator club charity
  group grupo chain cooperative journal publisher developer
  cooperativa productora distribuidora revista editorial
  empresa compania firma aerolinea petrolera constructora operadora aseguradora diario periodico
  cadena club equipo sindicato
  компания компании компанию компанией концерн концерна холдинг холдинга банк банка банке клуб
  клуба клубу клубом команда команды команде издание издания газета газеты агентство агентства
  корпорация корпорации профсоюз профсоюза ведомство ведомства авиакомпания авиакомпании
  авиакомпанию авиакомпанией
`);

/** Words after a one-word name that make it a company's (`Nvidia's sales`, `Tesla shares`). */
export const BUSINESS_AFTER = words(`
  shares revenue revenues sales profit profits earnings shareholders investors customers
  subscribers headquarters subsidiary ceo
`);

/** Facility words that end the name of a place one can stand in (`Station Road`, `Villa Park`, `Газпром Арена`), not of an institution. */
export const STREET_WORDS = words(`
  road street avenue lane drive square park bridge station airport stadium arena ground
  calle avenida plaza aeropuerto estadio puente
  улица проспект площадь аэропорт стадион арена парк мост
`);

/** Words for a natural feature, written in lowercase before its name: `el desierto de Atacama`, `на озере Байкал`. */
export const NATURAL_WORDS = words(`
  desierto rio lago isla valle volcan cordillera bahia golfo cerro cima pico puerto sierra macizo
  склонах склоне склонов склоны вершине вершину подножия берегу берега берегах
  река реки реке озеро озера озере остров острова острове хребет хребта хребте
`);

/** Words for a settlement or an area, before its name: `the town of Chiva`, `el municipio de Utiel`, `посёлок Листвянка`. */
export const SETTLEMENT_WORDS = words(`
  town village city municipality county district province borough hamlet suburb parish region
  pueblo municipio localidad ciudad provincia comarca aldea villa barrio
  город города городе поселок поселка поселке село села селе деревня деревни деревне станица
  станицы станице аул хутор
`);

/** Prepositions after which a name is usually a place ("in London", "en Caracas", "в Москве"). */
export const PLACE_PREPOSITIONS = words(`
  in at from to near across outside inside throughout en desde hacia hasta cerca в во из на под
`);

/**
 * Capitalised words that are never a name on their own: function words and words that often
 * start a sentence or a headline-cased line ("The", "However", "Según", "Однако").
 */
export const NOT_NAMES = words(`
  the a an in on at by for from to of and but or as it its this that these those he she they we
  i you his her their our my your after before during while when where since according however
  also now then there here both such many some several other another first last new more most
  all any each every no not if so yet still even only just well meanwhile moreover although
  though because despite thus therefore instead under over about against between among with
  without within into onto upon what which who whom whose why how mr mrs ms dr
  today yesterday tomorrow tonight earlier later next this week month year
  el la los las un una unos unas por para con sin segun ademas tambien pero sin embargo este esta
  estos estas ese esa eso aquel del al en de y o que como cuando donde mientras hoy ayer manana
  su sus nuestro nuestra durante tras ante sobre entre hacia hasta desde
  в во на по с со к ко у о об от из за для при это этот эта эти тот та те его ее их он она они
  мы вы я однако также кроме после перед во время сегодня вчера завтра как когда где
`);

/** Lowercase words that may stand inside a name ("Bruno Rodríguez de la Parrilla", "Ludwig van Beethoven"). */
export const PARTICLES = words(
  `de del la las los da do dos das van von der den bin ibn al el le du`,
);

/** Lowercase words that may join two capitalised parts of an organisation's or a place's name. */
export const NAME_JOINERS = words(`of for the de del la las los para`);

/**
 * Russian nouns of an area or a natural feature, in their cases, that end a name after a
 * capitalised adjective (`Томская область`, `Краснодарского края`, `Ферганская долина`).
 */
export const AREA_WORDS = words(`
  область области областью областей край края крае краю краем район района районе районом
  округ округа округе округом республика республики республике республикой долина долины
  долине долиной коса косы косе косой озеро озера озере река реки реке рекой полуостров
  полуострова полуострове залив залива заливе пруды прудах прудов пруд пруда пруду
  нагорье нагорья плато низменность низменности ущелье ущелья ущелью ущельем хребет хребта
  хребте
`);

/** Words of natural features and of the front of place names: a name with one is a place, not a person (`River Wye`, `Irish Sea`, `San Antonio`). */
export const GEO_WORDS = words(`
  river sea ocean lake mount mountains bay gulf island islands valley cape canal strait desert
  coast peninsula loch isle glen moor moors firth san santa saint sao rio mar oceano lago monte sierra isla islas valle golfo
  bahia costa peninsula река море океан озеро гора горы остров залив долина
`);

/** Capitalised abbreviations that name no organisation (`AI`, `GDP`, Roman numerals, a company's legal form: `LLC`). */
export const NOT_ACRONYMS = words(
  `ai tv gdp ceo cfo pm am ok id pc uk vs dna hiv covid sms llc ltd plc inc gmbh ag sa pjsc jsc ooo oao ооо оао зао пао gcse gcses егэ огэ mp mps kc qc mep msp obe mbe cbe ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi`,
);

/** Demonyms that stand before a title and are not part of a name ("Russian Foreign Minister …"). */
export const DEMONYM_ENDINGS = /(?:ian|ean|ish|ese|can|ani|ic|i|ch)$/;

/** Words before a one-word name that make it an organisation ("told Reuters", "at Nvidia", "según Reuters", "сообщает Интерфакс"). */
export const ORG_CUES_BEFORE = words(`
  at told to joined segun informo informa сообщает сообщил сообщили передает
  передают пишет данным агентство
`);

/** Words after a team's or a company's name that make it one ("the Arsenal manager", "Villa fans"). */
export const ORG_AFTER = words(`
  manager coach striker midfielder defender goalkeeper captain side fans players squad shares
  chief boss spokesman spokeswoman board executive union charity airline
`);

/** Words of a competition, a festival or a prize, first or last in its name: such a name is an event's, no body's (`Кубок России`, `Concha de Oro`, `Nobel Prize`). */
export const EVENT_WORDS = words(`
  cup trophy prize award awards festival championship championships marathon maraton марафон
  copa trofeo premio premios festival campeonato concha
  кубок кубка кубке кубку кубком чемпионат турнир фестиваль премия первенство олимпиада
`);

/** A party's members and offices, after its one-word name (`Labour councillor`, `Conservative group leader`, `Green candidate`). */
export const PARTY_AFTER = words(`
  councillor councillors candidate candidates mp mps mep meps peer peers activists
  group voters
`);

/** Capitalised words before `councillors` or `candidate` that qualify members of any party (`Opposition councillors`). */
export const NOT_PARTIES = words(`
  opposition independent local senior junior former backbench veteran fellow young new
`);
