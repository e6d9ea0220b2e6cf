import type { Concept } from './concept.js';

/** Technology and science. */
export const TECHNOLOGY: readonly Concept[] = [
  { id: 'technology', en: ['technolog', '=tech', 'hightech'], ru: ['технолог', '=хайтек'], bg: ['технолог'], hu: ['technológ', 'csúcstechn'], kk: ['технолог'] },
  { id: 'ai', en: ['=ai', 'artificial', 'neural', 'intelligence', 'machine learning'], ru: ['=ии', 'искусствен', 'нейросет', 'интеллект', 'машинн обучени', 'нейронк'], bg: ['=ии', 'изкуствен', 'невронн', 'невронен', 'интелект'], hu: ['=ai', 'mesterséges', 'neurális', 'intelligenci', 'gépi tanulás'], kk: ['=жи', 'жасанды', 'интеллект', 'нейрожелі', 'машиналық оқыт'] },
  { id: 'data', en: ['=data', 'datacenter', 'datacentre', 'database', 'server farm', 'server farms', '=server', '=servers'], ru: ['=данных', '=данные', '=данным', 'датацентр', '=цод', '=цоды', '=цодов', 'сервер'], bg: ['=данни', '=данните', 'датацентр', 'сървър'], hu: ['adat', 'szerver'], kk: ['деректер', 'дерекқор'] },
  { id: 'center', en: ['center', 'centre'], ru: ['=центр', '=центра', '=центре', '=центру', '=центром', '=центры', '=центров', 'центрам', '=центрах'], bg: ['център', 'центров'], hu: ['központ'], kk: ['орталы'] },
  { id: 'innovation', en: ['innovat'], ru: ['инноваци', 'нововведени'], bg: ['иновац', 'иновати', 'нововъведени'], hu: ['innováci', 'innovatív', 'újítás'], kk: ['инновац', 'жаңашыл'] },
  { id: 'digital', en: ['digital'], ru: ['цифров', 'диджитал'], bg: ['цифров', 'дигитал'], hu: ['digitális', 'digitaliz'], kk: ['цифрл'] },
  { id: 'engineering', en: ['engineer', 'technical'], ru: ['инженер', 'инжиниринг', 'техническ'], bg: ['инженер', 'инжинеринг'], hu: ['mérnök', 'műszaki'], kk: ['инженер'] },
  { id: 'science', en: ['scien'], ru: ['наук', 'научн'], bg: ['наук', 'научн', 'научен'], hu: ['tudomány'], kk: ['ғылым'] },
  { id: 'research', en: ['research', '=study', '=studies', 'examin', '=explore', '=exploring', '=considering', 'look into'], ru: ['исследова', 'изуч', 'рассматрива', 'рассмотр'], bg: ['изследва', 'проуч', 'разглежда', 'обмисля'], hu: ['kutat', 'vizsgál', 'megvizsgál', 'fontolgat', 'mérlegel'], kk: ['зертте', 'зерделе'] },
  { id: 'computer', en: ['comput'], ru: ['компьютер', 'вычислит'], bg: ['компютър', 'компютр'], hu: ['számítógép', 'számítástechn'], kk: ['компьютер'] },
  { id: 'semiconductor', en: ['semiconductor', '=chip', '=chips', 'microchip'], ru: ['полупроводник', '=чип', '=чипы', '=чипов'], bg: ['полупроводник', '=чип', '=чипове'], hu: ['félvezető', '=chip', '=chipek', 'chipgyárt'], kk: ['=чип'] },
  { id: 'cyber', en: ['cyber'], ru: ['кибер'], bg: ['кибер'], hu: ['kiber'], kk: ['кибер'] },
  { id: 'telecom', en: ['telecom'], ru: ['телеком'], bg: ['телеком', 'далекосъобщ'], hu: ['távközl', 'telekom'], kk: ['телеком'] },
  { id: 'internet', en: ['internet', 'broadband', 'social media', 'social network'], ru: ['интернет', 'соцсет'], bg: ['интернет', 'социалн мреж'], hu: ['internet', 'közösségi média'], kk: ['интернет', 'әлеуметтік желі'] },
  { id: 'satellite', en: ['satellite'], ru: ['спутник'], bg: ['сателит', 'спътник'], hu: ['műhold'], kk: ['жерсерік', 'спутник'] },
  { id: 'space', en: ['=space', 'spacecraft', 'aerospace', 'cosmonaut', 'astronaut'], ru: ['=космос', 'космич', 'космонав', 'аэрокосм'], bg: ['=космос', 'космич', 'космонав'], hu: ['==űr', 'űrkutat', 'űrhajó', 'űripar', 'űrállomás', 'világűr'], kk: ['ғарыш'] },
  { id: 'startup', en: ['startup'], ru: ['стартап'], bg: ['стартъп'], hu: ['startup'], kk: ['стартап'] },
  { id: 'electronics', en: ['electronic'], ru: ['электрон'], bg: ['електрон'], hu: ['elektronik'], kk: ['электрон'] },
  { id: 'transfer', en: ['transfer'], ru: ['трансфер', 'передач'], bg: ['трансфер'], hu: ['transzfer'], kk: ['трансфер'] },
  { id: 'coordination', en: ['coordinat'], ru: ['координац', 'координир'], bg: ['координац', 'координир'], hu: ['koordináci', 'koordinál', 'összehangol'], kk: ['үйлестір', 'үйлесті'] },
  { id: 'integration', en: ['integrat'], ru: ['интеграц'], bg: ['интеграц'], hu: ['integráci'], kk: ['интеграц'] },
];
