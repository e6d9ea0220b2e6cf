import type { Concept } from './concept.js';

/** Health, education and culture. */
export const SOCIETY: readonly Concept[] = [
  // A clinic and a hospital are one place to ask about: a question says "hospital" of a "klinika".
  { id: 'clinic', en: ['clinic', 'hospital', 'medical center', 'medical facilit', 'medical centre', 'polyclinic'], ru: ['клиник', 'больниц', 'больничн', 'госпитал', 'медцентр', 'поликлиник', 'медучрежден', 'медицинск центр', 'лечебниц', 'медорганизац', 'лечебн учрежден', '=стационар', 'медицинск комплекс'], bg: ['клиник', 'болниц', 'болничн', 'медицински център', 'лечебн заведени', 'здравн заведени', 'медицинск заведени', 'лечебниц', '=мбал'], hu: ['klinik', 'kórház', 'rendelő', 'egészségközpont', 'orvosi központ', 'gyógyintézet', 'egészségügyi intézmény', 'egészségügyi létesítmény', 'egészségügyi központ'], kk: ['клиник', 'аурухана', 'емхана', 'емдеу мекеме', 'медициналық орталы', 'емдеу орн', 'медициналық мекеме', 'медорталы', 'денсаулық сақтау мекеме'] },
  { id: 'health', en: ['health'], ru: ['здравоохран', 'здоровь'], bg: ['здравеопазв', '=здраве', '=здравето', 'здравн', 'здравен'], hu: ['egészség'], kk: ['денсаулы'] },
  { id: 'medicine', en: ['medical', 'medicine', '=medic', 'physician', '=doctor', '=doctors', '=nurse'], ru: ['медицин', '=врач', '=врачи', 'врачей', 'медик'], bg: ['медицин', '=лекар', '=лекари', '=лекарите'], hu: ['orvos', '=ápolók'], kk: ['медицин', 'дәрігер', 'медбике'] },
  { id: 'pharma', en: ['pharma', 'medication', '=drug', '=drugs'], ru: ['фармац', 'фармак', 'лекарств', 'медикамент', 'препарат', 'фармпром'], bg: ['фармац', 'лекарств'], hu: ['gyógyszer', 'orvosság'], kk: ['фармац', '=дәрі', 'дәрілік', 'дәрмек', 'дәрілер'] },
  { id: 'education', en: ['educat', '=tuition'], ru: ['образовани', 'образоват', '=учиться'], bg: ['образовани', 'образоват', 'следван'], hu: ['oktat', 'tanulás', '=tanulni', 'felsőoktat'], kk: ['білім', '=оқуға', '=оқуы', 'оқу орн'] },
  { id: 'scholarship', en: ['scholarship', 'fellowship', 'bursar'], ru: ['стипенди'], bg: ['стипенди'], hu: ['ösztöndíj'], kk: ['стипенди', 'шәкіртақы'] },
  { id: 'student', en: ['student', '=pupil', '=pupils', 'undergrad', 'schoolchild'], ru: ['студент', 'учащ', 'школьник', 'студенч', 'учениц', 'магистрант', 'докторант'], bg: ['студент', 'ученик'], hu: ['diák', 'hallgató', 'egyetemist', 'tanuló'], kk: ['студент', 'білімалушы', 'оқушы', 'білім алушы', 'шәкірт'] },
  { id: 'university', en: ['universit', 'colleg'], ru: ['университет', '=вуз', '=вуза', '=вузов', '=вузы', '=вузе', '=вузах', '=вузам'], bg: ['университет', '=вузове'], hu: ['egyetem', 'főiskol'], kk: ['университет', 'жоғары оқу'] },
  { id: 'school', en: ['school'], ru: ['школ'], bg: ['училищ'], hu: ['iskol'], kk: ['мектеп', 'мектеб'] },
  { id: 'training', en: ['training', '=trained', 'trainee', 'retrain', 'apprentic'], ru: ['обучени', 'обуча', 'подготовк', 'переподготов', 'стажир', 'тренинг'], bg: ['обучени', 'обуча', 'квалификац'], hu: ['képzés', 'képzett', 'továbbképz', 'szakképz', 'kiképz'], kk: ['оқыт', 'дайында', 'даярла', 'біліктіл'] },
  { id: 'culture', en: ['cultur'], ru: ['культур'], bg: ['култур'], hu: ['kultúr', 'kultur'], kk: ['мәдени'] },
  { id: 'tourism', en: ['touris'], ru: ['турис', 'туризм', 'туроператор'], bg: ['турис', 'туризъм'], hu: ['turis', 'turiz', 'idegenforgal'], kk: ['турис', 'туризм'] },
  { id: 'vaccine', en: ['vaccin', 'inoculat'], ru: ['вакцин', 'прививк'], bg: ['ваксин', 'имунизац'], hu: ['vakcin', 'oltóanyag', 'védőolt'], kk: ['екпе'] },
  { id: 'hotel', en: ['hotel'], ru: ['гостиниц', '=отель', '=отеля', '=отели'], bg: ['хотелск', 'хотелиер', '=хотелът', '=хотелите'], hu: ['szállod', 'szálláshely'], kk: ['қонақүй', 'қонақ үй', 'мейманхана'] },
];
