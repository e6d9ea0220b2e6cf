import type { Concept } from './concept.js';

/** Partnership and diplomacy: meetings, visits, talks and what is said there. */
export const DIPLOMACY: readonly Concept[] = [
  { id: 'partner', en: ['partner'], ru: ['партнер', 'партнёр'], bg: ['партньор'], hu: ['partner'], kk: ['серіктес', 'әріптес', 'партнер'] },
  { id: 'cooperation', en: ['cooperat', 'collaborat', 'interaction'], ru: ['сотрудничеств', 'взаимодейств', 'кооперац', 'сотруднича', 'кооперир'], bg: ['сътрудничеств', 'взаимодейств', 'коопериран', 'сътруднич'], hu: ['együttműköd'], kk: ['ынтымақтас'] },
  { id: 'bilateral', en: ['bilateral'], ru: ['двусторон'], bg: ['двустран'], hu: ['kétoldalú'], kk: ['екіжақты'] },
  { id: 'multilateral', en: ['multilateral'], ru: ['многосторон'], bg: ['многостран'], hu: ['többoldalú'], kk: ['көпжақты'] },
  { id: 'strategic', en: ['strateg'], ru: ['стратег'], bg: ['стратег'], hu: ['stratég'], kk: ['стратеги'] },
  { id: 'joint', en: ['=joint', 'jointly', '=together', '=jv'], ru: ['совместн', '=вместе', '=сп'], bg: ['съвместн', 'съвместен', '=заедно'], hu: ['=közös', 'közösen', 'együttes', '=együtt'], kk: ['бірлеск', '=бірлесіп', '=бірлесе', '=бірігіп'] },
  { id: 'relations', en: ['relation', '=ties', '=related', '=connected', '=linked'], ru: ['отношени', '=связи', '=связей', 'связан'], bg: ['отношени', 'връзки', 'свързан'], hu: ['kapcsolat', 'viszony', 'kapcsolód'], kk: ['қатынас', 'байланыс'] },
  { id: 'alliance_union', en: ['=allies', '=allied', 'allian', '=union', '=unions'], ru: ['союз'], bg: ['съюз'], hu: ['szövetség', 'unió'], kk: ['одақ', 'одағ'] },
  { id: 'neighbor', en: ['neighbo'], ru: ['сосед'], bg: ['съсед'], hu: ['szomszéd'], kk: ['көрші'] },
  { id: 'dialogue', en: ['dialog'], ru: ['диалог'], bg: ['диалог'], hu: ['párbeszéd', 'dialógus'], kk: ['диалог'] },
  { id: 'diplomacy', en: ['diplomac', 'diplomat'], ru: ['дипломат'], bg: ['дипломаци', 'дипломат'], hu: ['diplomác', 'diplomat'], kk: ['дипломат'] },
  // Talks, a conversation, talking with someone: one news event, whichever word a language uses
  // (hu «tárgyalt» of Boeing, ru «в ходе беседы», bg «по време на разговора», a question's «общался»).
  // Discussing and holding talks are one thing to a reader: «обсуждал» asks what «tárgyalt» reports.
  { id: 'talks', en: ['discuss', 'negotiat', '=talks', 'conversation', 'interview', '=talk', '=talked', '=talking', '=speak', '=speaks', '=spoke', '=spoken', '=speaking', 'communicat', '=chat', '=chatted'], ru: ['обсуд', 'обсужд', 'переговор', 'интервью', 'бесед', 'разговор', 'поговор', 'собеседник', 'разговарива', 'общал', 'общать', 'общени', 'общае', 'общаю'], bg: ['обсъд', 'обсъжд', 'преговор', 'интервю', 'разговор', 'бесед', 'събеседник', 'общува', 'разговаря', '=говори', '=говориха', '=говореше', '=говореха'], hu: ['szó esett', 'esett szó', 'szó esik', 'esik szó', 'volt szó', 'van szó', 'megvitat', 'megbeszél', 'tárgyal', 'interjú', 'beszélget', 'beszél', 'kommunikál', 'kommunikáci', 'egyeztet', 'alkud', 'kialkud'], kk: ['талқыла', 'келіссөз', 'сұхбат', 'әңгіме', 'сөйлес', 'сұхбаттас'] },
  { id: 'meeting', en: ['meeting', '=meet', '=meets', '=met', '=session', '=sessions', 'sit down', 'sat down', 'sitting down', '=gathering'], ru: ['встреч', 'встрет', 'заседани', 'виделс', 'виделис', 'увиделс', 'увиделис', 'совещани'], bg: ['среща', 'срещи', 'срещн', 'заседани', 'съвещани'], hu: ['találkoz', 'ülés', '=találkozó', '=találkozott', '=találkoztak', 'összejövetel', 'értekezlet', 'tanácskoz'], kk: ['кездесу', 'кездесті', 'кездесіп', 'кездесед', 'отырыс', 'кездес', '=жүздесті', '=жүздесу', 'жиналыс', 'басқосу', 'жүздес', '=жиын', '=жиында'] },
  { id: 'summit', en: ['summit'], ru: ['=саммит', '=саммита', '=саммите', '=саммиту', '=саммитом', '=саммиты', '=саммитов', '=саммитах'], bg: ['срещ на върх', '=самит', '=самита', '=самитът', '=самити', '=самитите'], hu: ['csúcstalálkoz', 'csúcsértekezlet', '=csúcs', '=csúcson', '=csúcsra', '=csúcsot', '=csúcsán', '=csúcsról'], kk: ['=саммит', '=саммиті', '=саммитке', '=саммитте', '=саммиттің', '=саммитінде', '=саммитін', '=саммитіне', '=саммитінен', '=саммитінің', '=саммиттер'] },
  { id: 'visit', en: ['visit', '=trip', '=trips', '=travel', '=travelled', '=traveled', '=tour', '=toured', '=touring'], ru: ['визит', 'посещ', 'посет', 'поездк', '=поездок', 'командировк', '=командировок', 'приезд', 'приезжа', '=приехал', '=приехала', '=приехали', '=приехать', '=поедет', '=поехал', '=поехала', '=поехали', '=едет', '=уехал', '=уехала', '=уехали', 'вояж', '=турне'], bg: ['посещени', 'посети', 'визит', 'пътуван', 'командировк', '=идва', '=идват', '=дойде', '=дойдоха', '=отива', '=отиде', '=отидоха', '=отидат', 'замин', 'обиколк'], hu: ['látogat', 'ellátogat', 'meglátogat', '=útja', '=útját', '=útján', '=útjára', '=útjáról', 'utazás', 'utazott', 'utazik', '=jön', '=jött', '=jönnek', '=jöttek', '=eljön', '=eljött', '=mennek', '=elment', 'elutaz', '=járt', '=jártak', 'utaz'], kk: ['сапар', 'іссапар', 'визит', '=келді', '=келу', '=келуі', '=келуін', '=келуіне', '=келсе', '=келген', '=келеді', '=келіп', 'сапарла', '=барады', '=барды', '=барған', '=бару', 'аттан'] },
  { id: 'ceremony', en: ['ceremon'], ru: ['церемон'], bg: ['церемони'], hu: ['ünnepség', 'ünnepély', 'ceremóni'], kk: ['салтанат', 'рәсім'] },
  { id: 'speech', en: ['speech'], ru: ['выступлени', '=речь', '=речи'], bg: ['=реч', '=речта', 'изказван'], hu: ['beszédé', 'beszédek', '=beszédet', 'felszólal'], kk: ['баяндама', '=сөйледі', '=сөйлеген', '=сөйлеу', 'сөз сөйле'] },
  { id: 'phone', en: ['telephone', '=phoned'], ru: ['телефон'], bg: ['телефон'], hu: ['telefon'], kk: ['телефон'] },
  { id: 'forum', en: ['forum'], ru: ['форум'], bg: ['форум'], hu: ['fórum'], kk: ['форум'] },
  { id: 'conference', en: ['conferen'], ru: ['конференц'], bg: ['конференц'], hu: ['konferenci'], kk: ['конференц'] },
  { id: 'exhibition', en: ['exhibition', '=expo'], ru: ['выставк', '=выставок'], bg: ['изложб'], hu: ['kiállítás'], kk: ['көрме'] },
  { id: 'agenda', en: ['agenda'], ru: ['повестк'], bg: ['дневен', '=дневния'], hu: ['napirend'], kk: ['=тәртібі', '=тәртібіне', '=тәртібінде'] },
  { id: 'sidelines', en: ['sideline'], ru: ['=полях'], bg: ['кулоар'], hu: ['margó'], kk: ['кулуар'] },
  { id: 'inaugural', en: ['inaugura', 'founding'], ru: ['учредительн', 'инаугурац'], bg: ['учредител', 'встъпителн', 'встъпителен'], hu: ['alakuló', 'alapító'], kk: ['құрылтай'] },
  { id: 'member', en: ['member'], ru: ['член'], bg: ['=член', '=членове', '=членовете', 'членк', 'членств'], hu: ['=tag', 'tagja', 'tagság', 'tagok', 'tagállam'], kk: ['мүше'] },
  { id: 'observer', en: ['observer'], ru: ['наблюдател'], bg: ['наблюдател'], hu: ['megfigyel'], kk: ['бақылаушы'] },
  { id: 'exchange', en: ['=exchange', '=exchanged', '=exchanges'], ru: ['обмен'], bg: ['обмен'], hu: ['=csere', '=cseréje', '=cseréjét', 'cserél', 'eszmecser', 'tapasztalatcser'], kk: ['алмас'] },
  { id: 'invite', en: ['invit', 'asked to'], ru: ['приглас', 'приглаш'], bg: ['покан'], hu: ['meghív'], kk: ['шақыру', 'шақырды', 'шақырған', 'шақырыл'] },
  { id: 'welcome', en: ['welcom'], ru: ['приветств'], bg: ['приветств'], hu: ['üdvözöl', 'üdvözl'], kk: ['құпта'] },
  { id: 'thank', en: ['=thank', '=thanks', '=thanked', 'thanking', 'thankful', 'gratitude', 'grateful'], ru: ['благодар'], bg: ['благодар'], hu: ['megköszön', 'köszönet', '=köszönte', '=köszönték', '=köszöni', '=köszönetet'], kk: ['алғыс айт', 'алғыс білдір', 'алғыс', 'рахмет', 'ризашылы'] },
  { id: 'congratulate', en: ['congratulat'], ru: ['поздрав'], bg: ['поздрав'], hu: ['gratulál', 'gratuláció'], kk: ['құттықта'] },
  { id: 'appoint', en: ['appoint'], ru: ['назнач'], bg: ['назнач'], hu: ['kinevez'], kk: ['тағайында'] },
  { id: 'support', en: ['support'], ru: ['поддерж'], bg: ['подкреп', 'подпомаг'], hu: ['támogat'], kk: ['қолдау', 'қолдад', 'қолдай'] },
  { id: 'offer_propose', en: ['offer', 'propos', 'suggest', '=pitch', '=pitched', '=pitching', '=float', '=floated', '=floating'], ru: ['предлож', 'предлага'], bg: ['предлож', 'предлага'], hu: ['javasol', 'javaslat', 'felajánl', 'ajánl'], kk: ['ұсыну', 'ұсынды', 'ұсыныс', 'ұсыныл', 'ұсынад', 'ұсынған'] },
  { id: 'announce', en: ['announc', 'statement', '=stated', '=declare', '=declared', '=declares'], ru: ['заявил', 'заявлени', 'объяв'], bg: ['заяви', 'изявлени', 'обяви', 'декларира'], hu: ['bejelent', 'nyilatkoz', 'kijelent'], kk: ['мәлімде'] },
  // A declaration is a document leaders adopt ("a joint declaration"), not any statement.
  { id: 'declaration', en: ['declaration'], ru: ['декларац'], bg: ['декларация', 'декларации'], hu: ['deklaráció'], kk: ['декларац'] },
  { id: 'promise', en: ['=promise', '=promised', '=promises', 'pledg', 'commitment', '=vow', '=vowed'], ru: ['обеща', 'обязательств'], bg: ['обеща', 'ангажимент'], hu: ['ígér', 'kötelezettség', 'megígér'], kk: ['уәде', 'міндеттеме'] },
  { id: 'contribute', en: ['contribut', 'chip in', 'chipped in', 'chips in', 'pitch in', 'pitched in'], ru: ['вклад', '=внес', '=внёс', 'внесл', '=внести', 'внесет', 'внесёт', 'внесут'], bg: ['принос', 'допринас', 'допринес'], hu: ['hozzájárul', '=járult', '=járultak', '=járul', '=járulnak'], kk: ['=қосты', '=қосқан', '=қосады', '=қосу', 'үлес қос'] },
  { id: 'participate', en: ['participa'], ru: ['участи', 'участв', 'участник'], bg: ['участи', 'участва', 'участник'], hu: ['résztvev', 'résztves', 'résztvett', 'részvétel', '=részt'], kk: ['қатыс'] },
  { id: 'presence', en: ['presence', '=present', '=attended', '=attend', '=attending', 'was there', 'were there', 'in the room', 'on hand', 'looked on', 'witnessed'], ru: ['присутств', 'был там', 'была там', 'были там'], bg: ['присъств', 'беше там', 'бяха там'], hu: ['=jelen', 'jelenlét', 'volt ott', 'ott volt', 'voltak ott', 'ott voltak'], kk: ['=қатысуымен', '=қатысуында'] },
  // To receive a guest is to accept them («принял специального представителя», «fogadta», «қабылдады»).
  { id: 'adopt_accept', en: ['adopt', 'accept'], ru: ['принят', 'принима', '=принял', '=приняли', '=приняла'], bg: ['приет', 'приема', '=прие', '=приеха'], hu: ['elfogad', 'fogad'], kk: ['қабылда'] },
  { id: 'choose_elect', en: ['choos', '=chose', '=chosen', '=choice', 'selection', '=selected', 'election', '=elected', 'electoral'], ru: ['выбор', '=выбрал', '=выбрала', '=выбрали', 'избра', 'избира'], bg: ['избор', 'избра', 'избир'], hu: ['választás', 'kiválaszt', 'választó'], kk: ['таңда', 'сайлау'] },
  { id: 'expect', en: ['expect', 'forecast'], ru: ['ожида', 'прогноз'], bg: ['очаква', 'прогноз'], hu: ['várható', 'előrejelz', 'prognózis', '=várja', '=várják', '=várnak', '=várt', '=várták'], kk: ['күтіл', 'болжа'] },
  { id: 'estimate', en: ['estimat', 'assess', 'evaluat'], ru: ['оцен'], bg: ['оцен'], hu: ['becsül', 'becsl', 'értékel', 'kiértékel'], kk: ['бағала'] },
];
