import type { Concept } from './concept.js';

/** Security and humanitarian matters. */
export const SECURITY: readonly Concept[] = [
  { id: 'peace', en: ['peace', 'blue helmet'], ru: ['=мир', '=мира', '=миру', '=миром', '=мире', 'мирн', 'миротвор', 'голуб каск'], bg: ['=мир', '=мира', '=мирът', 'мирн', '=мирен', 'миротвор', 'мироопазва', 'син каск'], hu: ['béke', 'kéksisak'], kk: ['бейбіт', 'бітімгер'] },
  { id: 'security', en: ['securit'], ru: ['безопасн'], bg: ['сигурност', 'безопасн', 'безопасен'], hu: ['biztonság'], kk: ['қауіпсіз'] },
  { id: 'defense', en: ['defen'], ru: ['оборон'], bg: ['отбран'], hu: ['védelem', 'védelm', 'honvéd'], kk: ['қорғаныс'] },
  { id: 'military', en: ['militar', '=troop', '=troops', '=army', '=armies', 'soldier', '=contingent', 'servicem', 'deploy'], ru: ['военн', 'войск', 'арми', 'солдат', 'контингент', 'развертыв'], bg: ['военн', 'военен', 'войск', 'арми', 'войник', '=войници', '=войниците', 'въоръжен', 'разгръщ'], hu: ['katona', 'hadsereg', 'csapat', 'kontingens', 'haderő', 'fegyveres'], kk: ['әскер', 'армия', 'сарбаз', 'жауынгер'] },
  { id: 'police', en: ['=police', 'policing', 'law enforcement'], ru: ['полици', 'правопоряд'], bg: ['полици', 'правоприлаг'], hu: ['rendőr', 'rendfenntart'], kk: ['полиция', 'тәртіп сақта', 'құқық тәртіб'] },
  { id: 'humanitarian', en: ['humanitar'], ru: ['гуманитарн'], bg: ['хуманитарн', 'хуманитарен'], hu: ['humanitárius'], kk: ['гуманитар'] },
  { id: 'aid_assistance', en: ['=aid', 'assist', '=help', '=helped', '=helping', '=helps', '=relief'], ru: ['помощ', 'содейств', 'помога', 'помоч', '=помог', '=помогла', '=помогли'], bg: ['помощ', 'съдейств', 'помага', 'помогн'], hu: ['segít', 'megsegít', 'segély'], kk: ['көмек', 'көмектес', 'жәрдем'] },
  { id: 'conflict_war', en: ['conflict', '=war', '=wars', 'warfare'], ru: ['конфликт', 'войн'], bg: ['конфликт', '=война', '=войни', '=войната'], hu: ['konfliktus', 'háború'], kk: ['қақтығыс', 'соғыс'] },
  { id: 'terrorism', en: ['terror'], ru: ['террор'], bg: ['терор'], hu: ['terror'], kk: ['террор'] },
];
