import type { Concept } from './concept.js';

/** Technology and science. */
export const TECHNOLOGY: readonly Concept[] = [
  { id: 'technology', en: ['technolog', '=tech', 'hightech'], ru: ['технолог', '=хайтек'], bg: ['технолог'], hu: ['technológ', 'csúcstechn'], kk: ['технолог'] },
  { id: 'ai', en: ['=ai', 'artificial', 'neural', 'intelligence', 'machine learning', 'thinking machine', 'deep learning', 'chatbot', 'generativ', '=llm'], ru: ['=ии', 'искусствен', 'нейросет', 'интеллект', 'машинн обучени', 'нейронк', 'глубок обучени', 'генеративн', 'мыслящ машин', 'чат бот'], bg: ['=ии', 'изкуствен', 'невронн', 'невронен', 'интелект', 'дълбок обучени', 'мислещ машин'], hu: ['=ai', 'mesterséges', 'neurális', 'intelligenci', 'gépi tanulás', 'mélytanulás', 'mély tanulás', 'gondolkodó gép'], kk: ['=жи', 'жасанды', 'интеллект', 'нейрожелі', 'машиналық оқыт', 'терең оқыт', 'генеративт', 'ойлайтын машина'] },
  { id: 'data', en: ['=data', 'datacenter', 'datacentre', 'database', 'server farm', 'server farms', '=server', '=servers', 'data hall', 'hyperscal'], ru: ['=данных', '=данные', '=данным', 'датацентр', '=цод', '=цоды', '=цодов', 'сервер'], bg: ['=данни', '=данните', 'датацентр', 'сървър'], hu: ['adat', 'szerver', 'számítóközpont'], kk: ['деректер', 'дерекқор', 'есептеу орталы'] },
  { id: 'center', en: ['center', 'centre'], ru: ['=центр', '=центра', '=центре', '=центру', '=центром', '=центры', '=центров', 'центрам', '=центрах'], bg: ['център', 'центров'], hu: ['központ'], kk: ['орталы'] },
  { id: 'innovation', en: ['innovat'], ru: ['инноваци', 'нововведени'], bg: ['иновац', 'иновати', 'нововъведени'], hu: ['innováci', 'innovatív', 'újítás'], kk: ['инновац', 'жаңашыл'] },
  { id: 'digital', en: ['digital'], ru: ['цифров', 'диджитал'], bg: ['цифров', 'дигитал'], hu: ['digitális', 'digitaliz'], kk: ['цифрл'] },
  { id: 'engineering', en: ['engineer', 'technical'], ru: ['инженер', 'инжиниринг', 'техническ'], bg: ['инженер', 'инжинеринг'], hu: ['mérnök', 'műszaki'], kk: ['инженер'] },
  { id: 'science', en: ['scien'], ru: ['наук', 'научн'], bg: ['наук', 'научн', 'научен'], hu: ['tudomány'], kk: ['ғылым'] },
  { id: 'research', en: ['research', '=study', '=studies', 'examin', '=explore', '=exploring', '=considering', 'look into'], ru: ['исследова', 'изуч', 'рассматрива', 'рассмотр'], bg: ['изследва', 'проуч', 'разглежда', 'обмисля', 'научноизслед'], hu: ['kutat', 'vizsgál', 'megvizsgál', 'fontolgat', 'mérlegel'], kk: ['зертте', 'зерделе'] },
  { id: 'computer', en: ['comput', 'informatic'], ru: ['компьютер', 'вычислит', 'информатик'], bg: ['компютър', 'компютр'], hu: ['számítógép', 'számítástechn', 'informatik'], kk: ['компьютер'] },
  { id: 'semiconductor', en: ['semiconductor', '=chip', '=chips', 'microchip', 'chipmak'], ru: ['полупроводник', '=чип', '=чипы', '=чипов', 'микросхем', 'микрочип'], bg: ['полупроводник', '=чип', '=чипове', '=чипа'], hu: ['félvezető', '=chip', '=chipek', 'chipgyárt', 'mikrochip', '=chipet'], kk: ['=чип', 'чиптер', 'жартылай өткізгіш'] },
  { id: 'cyber', en: ['cyber'], ru: ['кибер'], bg: ['кибер'], hu: ['kiber'], kk: ['кибер'] },
  { id: 'telecom', en: ['telecom', 'cellular', 'mobile operator'], ru: ['телеком', 'мобильн связ', 'сотов связ'], bg: ['телеком', 'далекосъобщ', 'мобилн оператор'], hu: ['távközl', 'telekom', 'mobilszolgáltat', 'mobilhálózat'], kk: ['телеком', 'ұялы байланыс'] },
  { id: 'internet', en: ['internet', 'broadband', 'social media', 'social network'], ru: ['интернет', 'соцсет', 'соцмедиа'], bg: ['интернет', 'социалн мреж', 'социалн медии'], hu: ['internet', 'közösségi média', 'közösségi háló', 'világháló'], kk: ['интернет', 'әлеуметтік желі', 'ғаламтор'] },
  { id: 'satellite', en: ['satellite'], ru: ['спутник'], bg: ['сателит', 'спътник'], hu: ['műhold'], kk: ['жерсерік', 'спутник', 'жерсеріг'] },
  { id: 'space', en: ['=space', 'spacecraft', 'aerospace', 'cosmonaut', 'astronaut', 'cosmodrom'], ru: ['=космос', 'космич', 'космонав', 'аэрокосм', 'космодром', '=космоса'], bg: ['=космос', 'космич', 'космонав', 'космодрум'], hu: ['==űr', 'űrkutat', 'űrhajó', 'űripar', 'űrállomás', 'világűr', 'űrrepül', 'űrkikötő'], kk: ['ғарыш'] },
  { id: 'startup', en: ['startup'], ru: ['стартап'], bg: ['стартъп'], hu: ['startup'], kk: ['стартап'] },
  { id: 'electronics', en: ['electronic'], ru: ['электрон'], bg: ['електрон'], hu: ['elektronik'], kk: ['электрон'] },
  { id: 'transfer', en: ['transfer'], ru: ['трансфер', 'передач'], bg: ['трансфер'], hu: ['transzfer'], kk: ['трансфер'] },
  { id: 'coordination', en: ['coordinat'], ru: ['координац', 'координир'], bg: ['координац', 'координир'], hu: ['koordináci', 'koordinál', 'összehangol'], kk: ['үйлестір', 'үйлесті'] },
  { id: 'integration', en: ['integrat'], ru: ['интеграц'], bg: ['интеграц'], hu: ['integráci'], kk: ['интеграц'] },
  { id: 'drone', en: ['drone', 'unmanned'], ru: ['дрон', 'беспилотн', '=бпла'], bg: ['безпилотн'], hu: ['drón', 'pilóta nélküli'], kk: ['ұшқышсыз'] },
  { id: 'software', en: ['software', 'programming'], ru: ['программн обеспечени', '=софт', 'софтвер', 'программист'], bg: ['софтуер', 'програмист', 'програмн осигуряван'], hu: ['szoftver', 'programoz'], kk: ['бағдарламалық жасақтама', 'бағдарламашы', 'бағдарламалау'] },
];
