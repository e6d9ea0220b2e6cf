import type { Concept } from './concept.js';

/** Security and humanitarian matters. */
export const SECURITY: readonly Concept[] = [
  { id: 'peace', en: ['peace', 'blue helmet'], ru: ['=мир', '=мира', '=миру', '=миром', '=мире', 'мирн', 'миротвор', 'голуб каск'], bg: ['=мир', '=мира', '=мирът', 'мирн', '=мирен', 'миротвор', 'мироопазва', 'син каск'], hu: ['béke', 'kéksisak'], kk: ['бейбіт', 'бітімгер'] },
  { id: 'security', en: ['securit', 'safety'], ru: ['безопасн'], bg: ['сигурност', 'безопасн', 'безопасен'], hu: ['biztonság'], kk: ['қауіпсіз'] },
  { id: 'defense', en: ['defen'], ru: ['оборон'], bg: ['отбран'], hu: ['védelem', 'védelm', 'honvéd', 'hadiipar'], kk: ['қорғаныс', 'қорғаныш'] },
  { id: 'military', en: ['militar', '=troop', '=troops', '=army', '=armies', 'soldier', '=contingent', 'servicem', 'deploy', '=armed'], ru: ['военн', 'войск', 'арми', 'солдат', 'контингент', 'развертыв'], bg: ['военн', 'военен', 'войск', 'арми', 'войник', '=войници', '=войниците', 'въоръжен', 'разгръщ'], hu: ['katona', 'hadsereg', 'csapat', 'kontingens', 'haderő', 'fegyveres'], kk: ['әскер', 'армия', 'сарбаз', 'жауынгер'] },
  { id: 'police', en: ['=police', 'policing', 'law enforcement', 'policem', 'public order'], ru: ['полици', 'правопоряд', 'полицей', 'охран порядк'], bg: ['полици', 'правоприлаг', 'полицай', 'полицейск'], hu: ['rendőr', 'rendfenntart', 'közrend', 'rendvédelm'], kk: ['полиция', 'тәртіп сақта', 'құқық тәртіб', 'полицей', 'қоғамдық тәртіп'] },
  { id: 'humanitarian', en: ['humanitar'], ru: ['гуманитарн', 'гуманитарк'], bg: ['хуманитарн', 'хуманитарен'], hu: ['humanitárius'], kk: ['гуманитар'] },
  { id: 'aid_assistance', en: ['=aid', 'assist', '=help', '=helped', '=helping', '=helps', '=relief', '=aided'], ru: ['помощ', 'содейств', 'помога', 'помоч', '=помог', '=помогла', '=помогли', 'гумпомощ'], bg: ['помощ', 'съдейств', 'помага', 'помогн', 'подпомаг'], hu: ['segít', 'megsegít', 'segély'], kk: ['көмек', 'көмектес', 'жәрдем', 'көмег'] },
  { id: 'conflict_war', en: ['conflict', '=war', '=wars', 'warfare'], ru: ['конфликт', 'войн'], bg: ['конфликт', '=война', '=войни', '=войната'], hu: ['konfliktus', 'háború'], kk: ['қақтығыс', 'соғыс'] },
  { id: 'terrorism', en: ['terror'], ru: ['террор'], bg: ['терор'], hu: ['terror'], kk: ['террор'] },
  { id: 'weapons', en: ['weapon', 'armament', 'munition', 'ammunition', '=arms', 'missile'], ru: ['оружи', 'вооружени', 'боеприпас'], bg: ['оръжи', 'оръжейн', '=муниции'], hu: ['fegyver', 'lőszer', 'haditechnik'], kk: ['=қару', '=қаруы', 'қару жарақ'] },
];
