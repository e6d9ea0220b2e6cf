import type { Concept } from './concept.js';

/** Health, education and culture. */
export const SOCIETY: readonly Concept[] = [
  // A clinic and a hospital are one place to ask about: a question says "hospital" of a "klinika".
  { id: 'clinic', en: ['clinic', 'hospital', 'medical center'], ru: ['клиник', 'больниц', 'больничн', 'госпитал', 'медцентр'], bg: ['клиник', 'болниц', 'болничн', 'медицински център'], hu: ['klinik', 'kórház'], kk: ['клиник', 'аурухана', 'емхана'] },
  { id: 'health', en: ['health'], ru: ['здравоохран', 'здоровь'], bg: ['здравеопазв', '=здраве', '=здравето', 'здравн', 'здравен'], hu: ['egészség'], kk: ['денсаулы'] },
  { id: 'medicine', en: ['medical', 'medicine', '=medic', 'physician', '=doctor', '=doctors'], ru: ['медицин', '=врач', '=врачи', 'врачей'], bg: ['медицин', '=лекар', '=лекари', '=лекарите'], hu: ['orvos'], kk: ['медицин', 'дәрігер'] },
  { id: 'pharma', en: ['pharma', 'medication'], ru: ['фармац', 'фармак', 'лекарств'], bg: ['фармац', 'лекарств'], hu: ['gyógyszer'], kk: ['фармац', '=дәрі', 'дәрілік'] },
  { id: 'education', en: ['educat'], ru: ['образовани', 'образоват'], bg: ['образовани', 'образоват'], hu: ['oktat'], kk: ['білім'] },
  { id: 'scholarship', en: ['scholarship'], ru: ['стипенди'], bg: ['стипенди'], hu: ['ösztöndíj'], kk: ['стипенди', 'шәкіртақы'] },
  { id: 'student', en: ['student', '=pupil', '=pupils'], ru: ['студент', 'учащ', 'школьник'], bg: ['студент', 'ученик'], hu: ['diák', 'hallgató'], kk: ['студент', 'білімалушы', 'оқушы'] },
  { id: 'university', en: ['universit'], ru: ['университет', '=вуз', '=вуза', '=вузов', '=вузы'], bg: ['университет'], hu: ['egyetem'], kk: ['университет'] },
  { id: 'school', en: ['school'], ru: ['школ'], bg: ['училищ'], hu: ['iskol'], kk: ['мектеп'] },
  { id: 'training', en: ['training', '=trained', 'trainee', 'retrain'], ru: ['обучени', 'обуча', 'подготовк', 'переподготов', 'стажир', 'тренинг'], bg: ['обучени', 'обуча', 'квалификац'], hu: ['képzés', 'képzett', 'továbbképz'], kk: ['оқыт', 'дайында', 'даярла'] },
  { id: 'culture', en: ['cultur'], ru: ['культур'], bg: ['култур'], hu: ['kultúr', 'kultur'], kk: ['мәдени'] },
  { id: 'tourism', en: ['touris'], ru: ['турис'], bg: ['турис'], hu: ['turis', 'turiz'], kk: ['турис'] },
];
