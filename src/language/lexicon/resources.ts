import type { Concept } from './concept.js';

/** Mining, metals and energy. */
export const RESOURCES: readonly Concept[] = [
  { id: 'mining', en: ['mining', '=mines', '=miner', '=miners', 'extraction', 'quarry', 'subsoil'], ru: ['горнодобыв', 'горнодобыч', 'горноруд', 'добыч', 'добывающ', 'рудник', 'шахт', 'недр', '=горное', '=горного', '=горной', '=горным', '=добывать', '=добывают', '=добывает', '=добывали', '=добытые', '=добытых'], bg: ['=добив', '=добива', '=добивът', 'добивн', 'добивен', 'рудник', '=минно', '=минни', '=минното', '=минната', '=минните', 'миньор', 'добиван', 'рудодобив'], hu: ['bányász', '=bánya', 'bányák', 'bányát', 'bányában', 'kitermel'], kk: ['кеніш', 'шахта', 'тау кен', 'таукен', 'кен өндір', 'жер қойнау'] },
  // Raw materials, minerals and natural resources are one thing in this news: the corpus speaks of
  // "critical minerals", and a question asks what raw materials or natural resources a deal is about.
  { id: 'mineral', en: ['mineral', '=raw', 'raw material', 'natural resource'], ru: ['минерал', 'ископаем', '=сырье', '=сырьё', '=сырья', '=сырьем', '=сырьём', 'сырьев', 'природн ресурс', 'природн богатств'], bg: ['минерал', 'изкопаем', 'суровин', 'природн ресурс', 'подземн богатств'], hu: ['ásvány', 'nyersanyag', 'természeti erőforrás', 'természeti kincs'], kk: ['минерал', 'қазба', 'шикізат', 'табиғи ресурс', 'табиғи байлық', 'табиғи байлығ'] },
  { id: 'critical', en: ['critical'], ru: ['критическ', 'критичн'], bg: ['критичн', 'критичен', 'критическ'], hu: ['kritikus'], kk: ['критикал', 'сын маңыз', 'сыни маңыз', 'сыни'] },
  { id: 'rare_earth', en: ['=rare', 'rareearth', 'lanthanide'], ru: ['редкоземел', '=редких', '=редкие', '=рзм', 'лантаноид'], bg: ['редкоземн', 'редкоземен', '=редки', '=редките', 'рядкоземн'], hu: ['ritkaföld', '=ritka', 'ritkafém', 'lantanoid'], kk: ['сирек'] },
  { id: 'metal', en: ['metal'], ru: ['металл'], bg: ['метал'], hu: ['=fém', 'féme', 'fémip', 'kohászat'], kk: ['метал'] },
  { id: 'ore', en: ['=ore', '=ores'], ru: ['=руда', '=руды', '=руду', 'рудн'], bg: ['=руда', '=руди', 'рудн', 'руден'], hu: ['=érc', 'ércek', 'ércet', 'ércvagy'], kk: ['=кені', 'кендер', 'кенін'] },
  { id: 'deposit', en: ['deposit'], ru: ['месторожден', 'залеж'], bg: ['находищ'], hu: ['lelőhely'], kk: ['кенорын', '=кенорны', '=кенорындары', 'кен орын', 'кен орн', 'кен көз'] },
  { id: 'resource', en: ['resource'], ru: ['ресурс'], bg: ['ресурс'], hu: ['erőforrás'], kk: ['ресурс'] },
  { id: 'processing', en: ['processing', 'refiner', 'refining', 'smelt'], ru: ['обработк', 'переработ', 'обогащ'], bg: ['преработ', 'обработ'], hu: ['feldolgoz', 'finomít'], kk: ['өңдеу', 'өңдел', 'байыт', 'өңдейт'] },
  { id: 'exploration', en: ['explor'], ru: ['разведк', 'геологоразвед'], bg: [], hu: ['feltár'], kk: ['барла'] },
  { id: 'geology', en: ['geolog'], ru: ['геолог'], bg: ['геолог'], hu: ['geológ'], kk: ['геолог'] },
  { id: 'uranium', en: ['uranium'], ru: ['уран'], bg: ['уран'], hu: ['urán'], kk: ['уран'] },
  { id: 'oil', en: ['=oil', 'petroleum', '=crude', 'oilfield'], ru: ['нефт'], bg: ['нефт', 'петрол'], hu: ['olaj', 'kőolaj'], kk: ['мұнай'] },
  // Motor fuel («дизель отынының бағасы»): what farmers and hauliers ask the price of.
  { id: 'fuel', en: ['=fuel', '=fuels', 'diesel', 'gasoline', '=petrol'], ru: ['топлив', 'дизел', 'бензин', 'солярк', 'горюч'], bg: ['гориво', 'горива', 'дизел', 'бензин'], hu: ['üzemanyag', 'dízel', 'benzin', 'gázolaj'], kk: ['=отын', '=отыны', '=отынның', '=отынының', '=отынға', 'дизель', 'бензин', 'жанармай', 'жанар жағармай'] },
  { id: 'gas', en: ['=gas', '=gases', '=lng', 'gasfield'], ru: ['=газ', '=газом', 'газов', 'газопр', 'газох', 'газодоб'], bg: ['=газ', 'газов', 'газопр'], hu: ['=gáz', '=gázt', 'földgáz', 'gázip', 'gázmez', '=gázzal', 'gázszállít', 'gázkitermel'], kk: ['=газ', 'газды', 'газын', '=газға', '=газдан', '=газбен', '=газдың'] },
  { id: 'coal', en: ['=coal', 'coalmin'], ru: ['=уголь', '=угля', 'угольн', 'угледобы', 'углепром', '=углем'], bg: ['въглищ', 'въгледобив'], hu: ['szénb', '=szenet', 'szénbány', 'szénip', 'kőszén'], kk: ['көмір'] },
  { id: 'renewable', en: ['renewable'], ru: ['возобновля'], bg: ['възобновя'], hu: ['megújul'], kk: ['жаңартылат'] },
  { id: 'hydrogen', en: ['hydrogen'], ru: ['водород'], bg: ['водород'], hu: ['hidrogén'], kk: ['сутег'] },
  { id: 'solar', en: ['=solar', 'photovolta'], ru: ['солнечн', 'фотоэлектр'], bg: ['слънчев', 'фотоволта'], hu: ['napelem', 'napenergi', 'naperőmű', 'fotovolta'], kk: ['күн энергия', 'күн панель', 'күн электр', 'күн станция'] },
  // "Green hydrogen", «зелёная экономика»: of the environment, not the colour, in such news.
  { id: 'green_eco', en: ['=green', '=greener'], ru: ['зелен', 'зелён'], bg: ['=зелен', '=зелена', '=зелено', '=зелени', '=зелената', '=зеления'], hu: ['=zöld'], kk: ['=жасыл'] },
  { id: 'energy', en: ['energ'], ru: ['энерг'], bg: ['енерг'], hu: ['energ'], kk: ['энерг'] },
  { id: 'electricity', en: ['electric', 'powerplant', 'power plant', 'power grid', '=grid'], ru: ['электроэнерг', 'электричеств', 'электростанц', 'энергосет', 'электросет', 'электроснабж'], bg: ['електроенерг', 'електричеств', 'електроцентрал', 'електромреж'], hu: ['villamos', '=áram', 'áramot', 'erőmű', 'villany', 'áramhálózat', 'áramellát', 'hőerőmű'], kk: ['=электр', 'электр станция', 'электр желі', 'электрл'] },
  { id: 'nuclear', en: ['nuclear', 'atomic', 'reactor'], ru: ['атомн', 'ядерн', 'реактор'], bg: ['атомн', 'атомен', 'ядрен'], hu: ['atom', 'nukleáris', 'reaktor'], kk: ['атом', 'ядролық'] },
  { id: 'climate', en: ['climat'], ru: ['климат'], bg: ['климат'], hu: ['klíma', 'éghajlat'], kk: ['климат'] },
  { id: 'water', en: ['=water', '=waters'], ru: ['=вода', '==воды', '=воду', 'водн', 'водоснаб'], bg: ['=вода', '=водата', 'водн', '=воден', '=водния', '=водният'], hu: ['=víz', 'vize', 'vízgazd', 'vízell'], kk: ['=су'] },
  { id: 'gold', en: ['=gold', 'goldmin'], ru: ['золот'], bg: ['злат'], hu: ['==arany', '==aranyat', 'aranybány'], kk: ['алтын'] },
  { id: 'copper', en: ['copper'], ru: ['=медь', '=меди', 'медн', 'медеплав'], bg: ['=мед', 'медн'], hu: ['=réz', 'rézérc', '=rezet'], kk: ['=мысты', '=мыстың', 'мыс өндір'] },
  { id: 'steel', en: ['=steel', 'steelmak'], ru: ['стальн', 'сталелит', 'сталеплав', '=сталью', 'сталепрокат'], bg: ['стомана', 'стоманен'], hu: ['acél'], kk: ['=болат', '=болатты', 'болат өндір'] },
  { id: 'lithium', en: ['lithium'], ru: ['=литий', '=лития', 'литиев'], bg: ['=литий', 'литиев'], hu: ['lítium'], kk: ['=литий', 'литийд'] },
  { id: 'tungsten', en: ['tungsten', 'wolfram'], ru: ['вольфрам'], bg: ['волфрам'], hu: ['volfrám', 'wolfram'], kk: ['вольфрам'] },
  { id: 'titanium', en: ['titanium'], ru: ['=титан', 'титанов'], bg: ['=титан', 'титанов'], hu: ['=titán', 'titánt'], kk: ['=титан'] },
  { id: 'chemicals', en: ['chemical', 'petrochemic'], ru: ['хими', 'нефтехими'], bg: ['хими'], hu: ['kémi', '=vegyi', 'vegyipar', 'petrolkémi'], kk: ['хими', 'мұнайхими', 'мұнай хими'] },
  { id: 'turbine', en: ['turbine'], ru: ['турбин'], bg: ['турбин'], hu: ['turbin'], kk: ['турбин'] },
  { id: 'wind_power', en: ['=wind', 'windfarm', 'wind power'], ru: ['ветров', 'ветроэнерг', 'ветропарк'], bg: ['вятърн', 'вятърен', 'ветроенерг'], hu: ['szélerőmű', 'szélenergi', 'szélturbin', 'szélpark'], kk: ['жел энерг', 'жел электр', 'жел станция'] },
];
