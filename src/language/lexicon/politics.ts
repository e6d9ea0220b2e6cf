import type { Concept } from './concept.js';

/** Government, institutions, officials and politics. */
export const POLITICS: readonly Concept[] = [
  { id: 'president', en: ['president', 'head of state'], ru: ['президент', 'глав государств'], bg: ['президент', 'държавн глав'], hu: ['elnök', 'államfő'], kk: ['президент', 'мемлекет басшы'] },
  { id: 'vice_president', en: ['vicepresident', '=vice', '==vp', '=evp', '=svp'], ru: ['вицепрезидент', '=вице'], bg: ['вицепрезидент', '=вице'], hu: ['alelnök', 'elnökhelyettes'], kk: ['=вице'] },
  { id: 'prime_minister', en: ['premier', '=prime'], ru: ['премьер'], bg: ['премиер'], hu: ['miniszterelnök'], kk: ['премьер'] },
  { id: 'minister', en: ['minister', 'cabinet member', 'cabinet secretar'], ru: ['министр', 'министерск', 'член правительств'], bg: ['министър', 'министр', 'министерск', 'член на правителств'], hu: ['miniszter', 'kormánytag', 'kabinettag'], kk: ['=министр', 'министрі', 'министрд', 'министрге', 'министрмен', 'үкімет мүше'] },
  { id: 'ministry', en: ['ministries', '=ministry', "=ministry's"], ru: ['министерств'], bg: ['министерств', '=ресор', '=ресора', '=ресорът', '=ресори'], hu: ['minisztérium', 'tárca'], kk: ['министрлі'] },
  { id: 'deputy', en: ['deputy'], ru: ['заместител', 'замминистр', '=зам', 'замглав'], bg: ['заместни'], hu: ['helyettes'], kk: ['орынбасар'] },
  { id: 'secretary', en: ['secretar'], ru: ['секретар'], bg: ['секретар'], hu: ['titkár', 'államtitkár'], kk: ['хатшы'] },
  // The US Secretary of State is its foreign minister: «государственный секретарь» = «külügyminiszter».
  { id: 'foreign_minister', en: ['secretary of state', 'foreign minister', 'foreign secretar', 'minister of foreign affair', 'state department', 'top diplomat', 'chief diplomat'], ru: ['госсекретар', 'государствен секретар', 'министр иностранн дел', 'глав мид', 'госдеп', 'главн дипломат'], bg: ['държавн секретар', 'държавен секретар', 'министър на външн работ', 'външен министър', 'външния министър'], hu: ['külügyminiszt', 'külügyi államtitkár', 'külügyér'], kk: ['мемлекеттік хатшы', 'сыртқы істер министр', 'бас дипломат'] },
  { id: 'foreign', en: ['foreign', 'abroad'], ru: ['иностран', 'внешн', '=мид', 'за рубеж', 'заграниц'], bg: ['външн', 'външен', 'чужд', 'чужбин'], hu: ['külügy', 'külföld', 'külpolit'], kk: ['сыртқы', 'шетел', '=сім'] },
  { id: 'ambassador', en: ['ambassador'], ru: ['=посол', '=посла', '=послом', '=послу', '=послы', '=послов'], bg: ['посланик'], hu: ['=nagykövet', 'nagykövete', 'nagykövetn', 'nagykövett'], kk: ['=елші', 'елшісі', 'елшілер', '=елшімен'] },
  { id: 'embassy', en: ['embass'], ru: ['посольств'], bg: ['посолств'], hu: ['nagykövetség'], kk: ['елшілі'] },
  { id: 'representative', en: ['representat', '=envoy', '=envoys', '=emissary', 'point man', 'plenipotentiar'], ru: ['представител', 'спецпредставител', 'эмиссар', 'спецпосланник', 'полпред'], bg: ['представител', 'пратеник', 'пълномощник'], hu: ['képviselő', 'képviselet', 'megbízott', 'emisszárius'], kk: ['өкіл', 'уәкіл'] },
  // (The verb: "who represented Boeing" asks for anyone speaking for it, its executives too.)
  { id: 'represent', en: ['=represent', '=represents', '=represented', '=representing'], ru: ['=представлял', '=представляла', '=представляли', '=представлять'], bg: ['=представляваше', '=представляваха', '=представлявал'], hu: ['=képviselte', '=képviselték', '=képviseli', '=képviselik'], kk: ['өкілдік ет'] },
  { id: 'special', en: ['=special', 'specially'], ru: ['специальн'], bg: ['специалн', '=специален'], hu: ['különleges', 'speciális'], kk: ['арнайы'] },
  { id: 'government', en: ['government', '=govt', '=gov', '=cabinet'], ru: ['правительств', 'кабмин'], bg: ['правителств', '=кабинет', '=кабинетът'], hu: ['kormány', '=kabinet'], kk: ['үкімет'] },
  { id: 'governor_akim', en: ['governor', '=akim', 'akimat'], ru: ['губернатор', 'аким'], bg: ['губернатор', 'аким'], hu: ['=kormányzó'], kk: ['әкім'] },
  { id: 'mayor', en: ['mayoral', '=mayors'], ru: ['градоначальник', '=мэрия'], bg: ['кмет'], hu: ['polgármester'], kk: [] },
  { id: 'parliament', en: ['parliament', 'lawmaker', 'legislat'], ru: ['парламент', 'мажилис', 'депутат', 'законодател'], bg: ['парламент', 'депутат'], hu: ['parlament', 'országgyűlés'], kk: ['парламент', 'мәжіліс', 'депутат'] },
  { id: 'congress', en: ['congress'], ru: ['конгресс'], bg: ['конгрес'], hu: ['kongresszus'], kk: ['конгресс'] },
  { id: 'senate', en: ['senat'], ru: ['сенат'], bg: ['сенат'], hu: ['szenátus', 'szenátor'], kk: ['сенат'] },
  { id: 'delegation', en: ['delegat', 'trade mission', 'business mission'], ru: ['делегаци', 'торгов мисси'], bg: ['делегаци'], hu: ['delegáci', 'küldöttség', 'kereskedelmi misszió'], kk: ['делегаци'] },
  // A group of people (English "group" alone is a stopword): a delegation is one.
  { id: 'group', en: ['business group', 'business groups'], ru: ['=группа', '=группы', '=группе', '=группу', '=группой', '=группами'], bg: ['=група', '=групата', '=групи', '=групите'], hu: ['=csoport', '=csoportja', '=csoportot', '=csoportját', '=csoportban'], kk: ['=тобы', '=тобын', '=тобына', '=тобымен', '=тобының'] },
  { id: 'administration', en: ['administrat'], ru: ['администрац'], bg: ['администрац'], hu: ['adminisztráci'], kk: ['әкімшілі', 'администрац'] },
  // A press service or spokesman; "the press" as the news media is a media outlet («a magyar sajtó», «венгерская пресса»).
  { id: 'press', en: ['press service', 'press office', 'press secretar', 'spokes'], ru: ['пресслужб', 'пресс служб', 'пресс секретар', 'пресс центр'], bg: ['пресслужб', 'прессекретар', 'пресцентър', 'прес служб', 'прес секретар', 'прес центр'], hu: ['sajtószolg', 'sajtóiroda', 'sajtóirodá', 'sajtótitkár', 'sajtófőnök', 'sajtóosztály', 'szóvivő'], kk: ['баспасөз қызмет', 'баспасөз хатшы', 'пресс қызмет', 'пресс хатшы'] },
  { id: 'akorda', en: ['=akorda'], ru: ['=акорда', '=акорды', '=акорду', '=акордой', '=акорде'], bg: ['=акорда'], hu: ['=akorda', '=akordát', '=akordában'], kk: ['=ақорда', '=ақордада', '=ақорданың', '=ақордаға', '=ақордадан'] },
  // "Trump's Board of Peace" is the council the articles name («Совет мира», «béketanács»).
  // Trump's Board of Peace, one body however it is named («Совет мира», «Съвет за мир», «béketanács», «Бейбітшілік кеңесі»).
  { id: 'peace_council', en: ['board of peace', 'peace board', 'peace council', 'council of peace'], ru: ['совет мира', 'совет по миру'], bg: ['съвет за мир', 'съвет на мира'], hu: ['béketanács', 'béke tanács'], kk: ['бейбітшілік кеңес', 'бейбітшілік жөніндегі кеңес'] },
  { id: 'council', en: ['council', '=board', '=boards'], ru: ['=совет', '=совета', '=советом', '=совете', '=советы', '=советов'], bg: ['=съвет', '=съвета', '=съветът'], hu: ['tanács'], kk: ['кеңес'] },
  { id: 'advisor', en: ['advis'], ru: ['советник'], bg: ['съветник'], hu: ['tanácsad'], kk: ['кеңесші'] },
  { id: 'leader', en: ['leader', '=lead', '=leads', '=led', '=leading', '=head', '=heads', '=headed', '=boss', '=bosses', '=honcho'], ru: ['лидер', 'руковод', '=глава', '=главы', '=главой', '=главе', '=главу', 'начальник', 'ведущ', 'возглав', '=босс', '=шеф', '=шефа', '=босса', '=боссом', 'перв лиц'], bg: ['лидер', 'ръковод', '=глава', '=главата', 'оглав', '==води', '=водеше', '=водят', '=водил', '=водила', '=шеф', '=шефа', '=шефът', '=босът', 'първ лиц'], hu: ['vezető', 'vezetés', 'vezet', 'főnök', 'vezér', 'első ember', '=élén', '=élére'], kk: ['көшбасшы', 'басшысы', 'басшылар', 'басшылық', '=басшы', '=бастық', '=бастығы', '=басқарады', '=басқарды', '=басқарған', '=басқаратын', '=басқарып', '=басшымен', 'басшылығ', 'жетекші'] },
  // «главный исполнительный директор»: the CEO is the executive one; «главный» alone is only the main one («главный повод»).
  { id: 'ceo', en: ['=ceo', 'chief', 'executive', '=exec', 'top manager'], ru: ['гендиректор', 'исполнительн', 'топменеджер'], bg: ['изпълнител'], hu: ['vezérigazgató', 'ügyvezető', 'cégvezető', 'topmenedzser'], kk: ['атқарушы'] },
  { id: 'director', en: ['director'], ru: ['директор', 'дирекц'], bg: ['директор'], hu: ['igazgató', 'főigazgató'], kk: ['директор'] },
  { id: 'chairman', en: ['chairman', 'chairwoman', 'chairperson', '=chair'], ru: ['председател'], bg: ['председател'], hu: [], kk: ['төраға'] },
  { id: 'official', en: ['official', 'bureaucrat'], ru: ['чиновник', 'официальн', 'должностн', 'госслужащ', 'функционер'], bg: ['официал', 'длъжностн', 'държавн служител'], hu: ['tisztviselő', 'tisztségviselő', 'hivatalos', 'köztisztviselő'], kk: ['шенеунік', 'ресми', 'лауазымды тұлға', 'мемлекеттік қызметші', 'шенеуніг'] },
  { id: 'state', en: ['=state', 'statehood'], ru: ['государств'], bg: ['държав'], hu: ['állam'], kk: ['мемлекет'] },
  { id: 'country', en: ['countr', '=nation', '=nations', '=side', '=sides'], ru: ['=страна', '=страны', '=стране', '=страну', '=страной', '=стран', '=странам', '=странами', '=странах', '=сторона', '=стороны', '=сторон', '=сторонам', '=сторонами', '=стороне', '=сторону'], bg: ['=страна', '=страни', '=страната', '=страните'], hu: ['ország', '=felek', '=részéről', '=részről'], kk: ['=ел', '=елі', '=елді', 'елдер', 'елдің', '=елге', '=елде', '=елдегі', '=елден', '=елін', '=елмен', 'тарап', '=еліміз', '=елімізде'] },
  { id: 'republic', en: ['republic'], ru: ['республик'], bg: ['републик'], hu: ['köztársaság'], kk: ['республик'] },
  // A body («орган», «testület»): an organisation that meets and decides.
  { id: 'organization', en: ['organizat', 'organisat', 'institution', '=body', '=bodies'], ru: ['организ', 'учрежден', 'институт', 'структур', '=орган', '=органа', '=органы', '=органов', '=органом'], bg: ['организ', 'институт', 'институци', 'структур', '=орган', '=органа', '=органи', '=органът'], hu: ['szervezet', 'intézmény', 'testület'], kk: ['=ұйым', 'ұйымы', 'ұйымдар', 'ұйымның', 'мекеме', '=орган', '=органы', '=органның'] },
  { id: 'association', en: ['association'], ru: ['ассоциац'], bg: ['асоциац'], hu: ['egyesület', 'érdekképviselet'], kk: ['қауымдас', 'бірлестік', 'бірлестіг'] },
  // (A department, «ведомство», is any government body, a ministry or not.)
  { id: 'agency', en: ['agency', 'agencies', 'department'], ru: ['агентств', 'ведомств'], bg: ['агенци', 'ведомств'], hu: ['ügynökség', 'hivatal'], kk: ['агентті'] },
  { id: 'committee', en: ['=committee', '=committees'], ru: ['комитет'], bg: ['комитет'], hu: ['bizottság'], kk: ['комитет'] },
  { id: 'law', en: ['=law', '=laws'], ru: ['=закон', '=закона', '=законом', '=законе', '=законы', '=законов', 'законопроект', 'законодательств'], bg: ['=закон', '=закона', '=законът', '=закони', 'законопроект', 'законодателств'], hu: ['törvény'], kk: ['=заң', '=заңы', 'заңнама'] },
  { id: 'reform', en: ['reform'], ru: ['реформ'], bg: ['реформ'], hu: ['reform'], kk: ['реформ'] },
  { id: 'democracy', en: ['democra'], ru: ['демократ'], bg: ['демократ'], hu: ['demokr'], kk: ['демократ'] },
  { id: 'sanctions', en: ['sanction'], ru: ['санкци'], bg: ['санкци'], hu: ['szankci'], kk: ['санкци'] },
  // A contract's penalty for a breach, or a fine.
  { id: 'penalty', en: ['penalt', '=fines', '=fined'], ru: ['штраф', 'неустойк', '=пени'], bg: ['глоба', 'глоби', 'неустойк'], hu: ['kötbér', 'bírság'], kk: ['айыппұл', 'тұрақсыздық айыб'] },
  // Free trade (an agreement or a zone of it): asked of trade talks, a policy of its own, not trade in general.
  { id: 'free_trade', en: ['free trade', '=fta'], ru: ['свободн торговл'], bg: ['свободн търгов'], hu: ['szabadkereskedel'], kk: ['еркін сауд'] },
  { id: 'tariff_duty', en: ['tariff', '=duty', '=duties'], ru: ['тариф', 'пошлин'], bg: ['тариф', '=мито', '=мита'], hu: ['=vám', 'vámok', 'vámot', 'vámtarif', 'vámkedvezm', 'tarifa'], kk: ['тариф', '=баж', 'бажы'] },
  { id: 'customs', en: ['customs'], ru: ['таможен', 'таможн'], bg: ['митниц', 'митническ'], hu: ['vámhatóság'], kk: ['кеден'] },
  { id: 'border', en: ['border'], ru: ['границ', 'пограничн'], bg: ['границ', 'гранич'], hu: ['=határ', 'határon', 'határok', 'határt', 'határá', 'határm'], kk: ['шекара'] },
  // (Visa-free travel, «безвизовый», «визасыз», is about visas too.)
  { id: 'visa', en: ['=visa', '=visas'], ru: ['=виза', '=визы', 'визов', 'безвизов'], bg: ['=виза', '=визи', 'визов', 'безвизов'], hu: ['vízum'], kk: ['=виза', 'визасыз', 'визалық', '=визаны', '=визаға'] },
  { id: 'sovereignty', en: ['sovereign'], ru: ['суверен'], bg: ['суверен'], hu: ['szuverén', 'szuverenit'], kk: ['егемен'] },
  { id: 'independence', en: ['independen'], ru: ['независим'], bg: ['независим'], hu: ['független'], kk: ['тәуелсіз'] },
  { id: 'dependence', en: ['dependen', 'reliance'], ru: ['зависим'], bg: ['зависим'], hu: ['függő'], kk: ['тәуелді'] },
  { id: 'influence', en: ['influen', '=leverage', '=clout'], ru: ['влия', 'сказаться', 'скажется', 'сказывает', 'воздейств'], bg: ['влия', 'въздейств'], hu: ['befolyás', '=hatás', '=hatása', '=hatását'], kk: ['ықпал', 'әсер'] },
  { id: 'interest', en: ['interest'], ru: ['интерес', 'заинтересова'], bg: ['интерес', 'заинтересова'], hu: ['érdek'], kk: ['мүдде', 'қызығушыл', 'қызыға', 'қызығат', 'қызықт', 'қызықта'] },
  { id: 'opportunity', en: ['opportunit', '=chance'], ru: ['возможност', '=шанс'], bg: ['възможност'], hu: ['lehetőség', 'esély'], kk: ['мүмкінді'] },
  { id: 'potential', en: ['potential'], ru: ['потенциал'], bg: ['потенциал'], hu: ['potenciál'], kk: ['әлеует', 'потенциал'] },
  { id: 'prospect', en: ['prospect', 'perspective'], ru: ['перспектив'], bg: ['перспектив'], hu: ['perspektív', 'kilátás'], kk: ['перспектив'] },
  { id: 'politics', en: ['politic', '=policy', '=policies'], ru: ['политик', 'политич'], bg: ['политик', 'политич'], hu: ['politik'], kk: ['саясат', 'саяси'] },
  { id: 'political_scientist', en: ['analyst', 'politolog', 'political scientist', 'political expert', 'political observer'], ru: ['политолог', 'аналитик'], bg: ['политолог', 'анализатор'], hu: ['politológus', 'elemző', 'politikatudós'], kk: ['саясаттанушы', 'талдаушы'] },
  { id: 'expert', en: ['expert', 'economist', 'pundit', 'commentator', 'strategist', '=scholars'], ru: ['эксперт', 'экономист', 'комментатор', 'обозревател', 'востоковед', 'международник'], bg: ['експерт', 'икономист'], hu: ['szakértő', 'közgazdász', 'kommentátor', 'hírmagyarázó'], kk: ['сарапшы', 'экономист', 'шолушы', 'сараптамашы'] },
  { id: 'specialist', en: ['specialis', 'specializ', 'professional'], ru: ['специалист', 'профессионал'], bg: ['специалист', 'професионал'], hu: ['szakember', 'specialista'], kk: ['маман'] },
  { id: 'worker_staff', en: ['worker', 'employee', 'staff', 'personnel', 'workforce'], ru: ['работник', 'сотрудник', '=персонала', '=персоналом', '=персоналу', 'кадр'], bg: ['работник', 'служител', '=персонала', '=персоналът', 'кадр'], hu: ['munkás', 'munkavállaló', 'dolgozó', 'alkalmazott', 'személyzet', 'munkatárs'], kk: ['қызметкер', 'жұмысшы', 'кадр'] },
  { id: 'jobs', en: ['=job', '=jobs', 'employment', '=hire', '=hires', '=hired', '=hiring', 'recruit', 'vacanc'], ru: ['занятост', 'трудоустр', 'рабоч мест', 'ваканси', '=нанимает', '=нанимают', '=нанять', '=наймут', '=найм', '=найма', 'набор кадр', 'набира сотрудник'], bg: ['заетост', 'работн мест', 'работн мяст', 'ваканци', '=наема', '=наемат', 'наемане', 'назначава на работа'], hu: ['munkahely', 'foglalkoztat', 'álláshely', 'állásajánlat', '=állás', '=állást', '=állások', 'munkaerő', 'toboroz', 'munkaerőfelvétel'], kk: ['жұмыспен', 'жұмыс орын', 'жұмыс орн', 'ваканси', 'бос орын', 'бос орн', 'жұмысқа ал', 'жұмысқа қабылда'] },
  { id: 'citizen', en: ['citizen'], ru: ['гражда'], bg: ['гражда'], hu: ['állampolgár'], kk: ['азаматтар', 'азаматтық', 'азаматтығ'] },
  { id: 'people_population', en: ['population', '=people'], ru: ['населени', '=люди', '=людей', 'народ'], bg: ['населени', '=хора', '=хората', '=души', 'народ'], hu: ['lakosság', '=nép', 'népe'], kk: ['=халық', 'халқ', 'халыққа', 'халықтың', 'тұрғын'] },
  { id: 'journalist', en: ['journalist', 'correspondent', 'reporter', 'columnist', 'newsman'], ru: ['журналист', 'корреспондент', 'публицист', 'репортер', 'репортёр', 'собкор'], bg: ['журналист', 'кореспондент', 'дописник'], hu: ['újságíró', 'tudósító', 'riporter', 'publicista'], kk: ['журналист', 'тілші', 'хабаршы'] },
];
