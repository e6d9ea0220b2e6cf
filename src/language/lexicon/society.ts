import type { Concept } from './concept.js';

/** Health, education and culture. */
export const SOCIETY: readonly Concept[] = [
  // A clinic and a hospital are one place to ask about: a question says "hospital" of a "klinika".
  { id: 'clinic', en: ['clinic', 'hospital', 'medical center', 'medical facilit', 'medical centre', 'polyclinic'], ru: ['клиник', 'больниц', 'больничн', 'госпитал', 'медцентр', 'поликлиник', 'медучрежден', 'медицинск центр'], bg: ['клиник', 'болниц', 'болничн', 'медицински център', 'лечебн заведени', 'здравн заведени', 'медицинск заведени'], hu: ['klinik', 'kórház', 'rendelő', 'egészségközpont', 'orvosi központ'], kk: ['клиник', 'аурухана', 'емхана', 'емдеу мекеме', 'медициналық орталы', 'емдеу орн'] },
  { id: 'health', en: ['health'], ru: ['здравоохран', 'здоровь'], bg: ['здравеопазв', '=здраве', '=здравето', 'здравн', 'здравен'], hu: ['egészség'], kk: ['денсаулы'] },
  { id: 'medicine', en: ['medical', 'medicine', '=medic', 'physician', '=doctor', '=doctors', '=nurse'], ru: ['медицин', '=врач', '=врачи', 'врачей', 'медик'], bg: ['медицин', '=лекар', '=лекари', '=лекарите'], hu: ['orvos', '=ápolók'], kk: ['медицин', 'дәрігер', 'медбике'] },
  { id: 'pharma', en: ['pharma', 'medication'], ru: ['фармац', 'фармак', 'лекарств', 'медикамент'], bg: ['фармац', 'лекарств'], hu: ['gyógyszer'], kk: ['фармац', '=дәрі', 'дәрілік'] },
  { id: 'education', en: ['educat'], ru: ['образовани', 'образоват'], bg: ['образовани', 'образоват'], hu: ['oktat'], kk: ['білім'] },
  { id: 'scholarship', en: ['scholarship', 'fellowship'], ru: ['стипенди'], bg: ['стипенди'], hu: ['ösztöndíj'], kk: ['стипенди', 'шәкіртақы'] },
  { id: 'student', en: ['student', '=pupil', '=pupils', 'undergrad'], ru: ['студент', 'учащ', 'школьник', 'студенч'], bg: ['студент', 'ученик'], hu: ['diák', 'hallgató', 'egyetemist'], kk: ['студент', 'білімалушы', 'оқушы', 'білім алушы'] },
  { id: 'university', en: ['universit'], ru: ['университет', '=вуз', '=вуза', '=вузов', '=вузы'], bg: ['университет'], hu: ['egyetem'], kk: ['университет'] },
  { id: 'school', en: ['school'], ru: ['школ'], bg: ['училищ'], hu: ['iskol'], kk: ['мектеп'] },
  { id: 'training', en: ['training', '=trained', 'trainee', 'retrain', 'apprentic'], ru: ['обучени', 'обуча', 'подготовк', 'переподготов', 'стажир', 'тренинг'], bg: ['обучени', 'обуча', 'квалификац'], hu: ['képzés', 'képzett', 'továbbképz', 'szakképz', 'kiképz'], kk: ['оқыт', 'дайында', 'даярла', 'біліктіл'] },
  { id: 'culture', en: ['cultur'], ru: ['культур'], bg: ['култур'], hu: ['kultúr', 'kultur'], kk: ['мәдени'] },
  { id: 'tourism', en: ['touris'], ru: ['турис'], bg: ['турис'], hu: ['turis', 'turiz'], kk: ['турис'] },
];
