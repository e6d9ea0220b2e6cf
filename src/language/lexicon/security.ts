import type { Concept } from './concept.js';

/** Security and humanitarian matters. */
export const SECURITY: readonly Concept[] = [
  { id: 'peace', en: ['peace'], ru: ['=мир', '=мира', '=миру', '=миром', '=мире', 'мирн', 'миротвор'], bg: ['=мир', '=мира', '=мирът', 'мирн', '=мирен', 'миротвор'], hu: ['béke'], kk: ['бейбіт'] },
  { id: 'security', en: ['securit'], ru: ['безопасн'], bg: ['сигурност', 'безопасн', 'безопасен'], hu: ['biztonság'], kk: ['қауіпсіз'] },
  { id: 'defense', en: ['defen'], ru: ['оборон'], bg: ['отбран'], hu: ['védelem', 'védelm', 'honvéd'], kk: ['қорғаныс'] },
  { id: 'military', en: ['militar', '=troop', '=troops', '=army', '=armies', 'soldier'], ru: ['военн', 'войск', 'арми', 'солдат'], bg: ['военн', 'военен', 'войск', 'арми', 'войник', '=войници', '=войниците'], hu: ['katona', 'hadsereg', 'csapat'], kk: ['әскер', 'армия'] },
  { id: 'police', en: ['=police', 'policing'], ru: ['полици', 'правопоряд'], bg: ['полици', 'правоприлаг'], hu: ['rendőr', 'rendfenntart'], kk: ['полиция', 'тәртіп сақта', 'құқық тәртіб'] },
  { id: 'humanitarian', en: ['humanitar'], ru: ['гуманитарн'], bg: ['хуманитарн', 'хуманитарен'], hu: ['humanitárius'], kk: ['гуманитар'] },
  { id: 'aid_assistance', en: ['=aid', 'assist', '=help', '=helped', '=helping', '=helps'], ru: ['помощ', 'содейств', 'помога', 'помоч', '=помог', '=помогла', '=помогли'], bg: ['помощ', 'съдейств', 'помага', 'помогн'], hu: ['segít', 'megsegít'], kk: ['көмек', 'көмектес'] },
  { id: 'conflict_war', en: ['conflict', '=war', '=wars', 'warfare'], ru: ['конфликт', 'войн'], bg: ['конфликт', '=война', '=войни', '=войната'], hu: ['konfliktus', 'háború'], kk: ['қақтығыс', 'соғыс'] },
  { id: 'terrorism', en: ['terror'], ru: ['террор'], bg: ['терор'], hu: ['terror'], kk: ['террор'] },
];
