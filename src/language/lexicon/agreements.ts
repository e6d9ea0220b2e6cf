import type { Concept } from './concept.js';

/** Agreements, documents and their purpose. */
export const AGREEMENTS: readonly Concept[] = [
  { id: 'agreement', en: ['agreement', '=deal', '=deals', 'contract', '=treaty', 'treaties', '=accord', '=accords', '=agree', '=agreed', '=agrees', 'agreeing', '=pact', '=pacts', 'tie up', 'tie ups', 'arrangement', '=tieup', '=tieups', 'dealmak'], ru: ['единодуш', 'соглашени', 'договор', 'сделк', '=сделок', 'контракт', '=сходятся', '=сошлись', '=пакт', '=пакта', '=пактом', '=пакты', 'согласова', '=согласились', '=уговор'], bg: ['единодуш', 'споразумени', 'договор', 'сделк', 'контракт', 'спогодб', '=пакт', '=пакта', '=пактът', 'уговорк', 'споразумя', '=съгласиха', 'договаря'], hu: ['megállapod', 'szerződ', 'ügylet', 'egyezmény', 'megegyez', 'üzlet', 'paktum', 'egyezség', '=egyetértett', '=alku', '=alkut'], kk: ['келісім', 'шарт', 'уағдалас', 'мәміле', '=пакт', '=пактісі', '=пактіні', '=келісті', '=келісіп', '=келіседі', '=келісілді', '=келісілген'] },
  { id: 'memorandum', en: ['memorand', '=memo', '=memos', '=mou', 'understanding'], ru: ['меморандум', 'взаимопониман'], bg: ['меморандум', 'разбирателств'], hu: ['memorand', 'egyetértés', 'szándéknyilatkozat'], kk: ['меморандум', 'түсіністі'] },
  // Signing and concluding a deal are one event in news: «подписал соглашение» answers "which deals were concluded".
  { id: 'sign', en: ['=sign', '=signs', '=signed', '=signing', 'signator', 'signatur', 'conclud', '=inked', 'put pen to paper', '=sealed', '=clinched', '=inks', '=seal', '=ink', '=clinch', '=seals', '=penned', 'countersign', 'strike a deal', 'struck a deal'], ru: ['подпис', 'заключ', 'постав подпис', 'скрепи', 'парафир', 'удар по рук', 'подмахн'], bg: ['подпис', 'сключ', 'постав подпис', 'полож подпис', 'слож подпис', 'парафира', 'удари ръце'], hu: ['aláír', 'kézjegy', 'megköt', '=kötött', '=kötötte', '=kötöttek', '=köt', '=kötnek', 'tető alá', '=kötni', 'ellenjegyez', 'parafál', 'nyélbe üt', 'megpecsétel'], kk: ['қолтаңба', '=қол', '=қою', '=қойды', '=қойылды', '=қойылған', '=қойған', '=қояды', 'жасас', '=жасалды', '=жасалған', '=жасау', '=жасады', '=жасайды', 'жасалат'] },
  { id: 'document', en: ['document', '=papers', 'paperwork'], ru: ['документ', '=бумаги'], bg: ['документ', '=книжа', '=книжата'], hu: ['dokumentum', 'okirat', 'papírmunka'], kk: ['құжат', 'қағаз'] },
  { id: 'roadmap', en: ['roadmap'], ru: ['дорожн'], bg: [], hu: ['ütemterv'], kk: [] },
  { id: 'initiative', en: ['initiativ'], ru: ['инициатив'], bg: ['инициатив'], hu: ['kezdeményez'], kk: ['бастама'] },
  { id: 'project', en: ['project'], ru: ['проект'], bg: ['проект'], hu: ['projekt'], kk: ['жоба'] },
  { id: 'program', en: ['program'], ru: ['программ'], bg: ['програм'], hu: ['program'], kk: ['бағдарлам'] },
  { id: 'concept_vision', en: ['concept', '=vision', '=visions'], ru: ['концепц', '=видение'], bg: ['концепц', '=визия', '=визията'], hu: ['koncepci', 'vízió'], kk: ['тұжырымдама'] },
  { id: 'priority', en: ['priorit'], ru: ['приоритет'], bg: ['приоритет'], hu: ['prioritás', 'elsőbbség'], kk: ['басымд'] },
  { id: 'goal', en: ['=goal', '=goals', '=aim', '=aims', '=aimed', 'purpose', 'objective'], ru: ['=цель', '=цели', '=целью', '=целей', '=целях', 'направлен', '==направленный', '==направленная', '==направленное', '==направленные', '==направленных', '==направленным', '==направленного', '==направленной', '==направленными', '==направленную', '==направленному', '==направленном'], bg: ['=цел', '=целта', '=цели', '=целите'], hu: ['=cél', 'célja', 'célú', 'célt', '=céllal', 'célok'], kk: ['мақсат', '=есептелген'] },
  { id: 'result', en: ['result', 'outcome'], ru: ['результат', 'итог'], bg: ['резултат', '=итог', '=итоги', '=итогът'], hu: ['eredmény'], kk: ['нәтиже', 'қорытынд'] },
  { id: 'direction', en: ['direction'], ru: ['направлени'], bg: ['направлени'], hu: ['=irányok', '=irányba', '=irányát', '=irányai', 'irányvonal', 'irányul'], kk: ['бағыт'] },
  // Oriented to the future, a market: a bearing, no line of work («ориентированной на будущее»).
  { id: 'orientation', en: ['orient'], ru: ['ориентир'], bg: ['ориентира', 'ориентиран'], hu: ['orientál'], kk: ['бағдар'] },
];
