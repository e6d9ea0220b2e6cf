import { describe, expect, it } from 'vitest';
import { isKazakhSuffix, kazakhStems, stemKazakh } from '../../src/language/kazakh-stemmer.js';

// [word, expected stem]: inflected forms written for this table (nouns, names, verbs where the rule is safe).
const FORMS: Array<[string, string]> = [
  // names with case endings
  ['Горға', 'гор'],
  ['Гордың', 'гор'],
  ['Гормен', 'гор'],
  ['Вашингтонда', 'вашингтон'],
  ['Вашингтонға', 'вашингтон'],
  ['Вашингтоннан', 'вашингтон'],
  ['Вашингтондағы', 'вашингтон'],
  ['Тоқаевпен', 'тоқаев'],
  ['Тоқаевтың', 'тоқаев'],
  ['Тоқаевқа', 'тоқаев'],
  ['Трамппен', 'трамп'],
  ['Байденмен', 'байден'],
  ['Американың', 'америка'],
  ['Америкаға', 'америка'],
  ['Газаға', 'газа'],
  ['Қазақстанның', 'қазақстан'],
  ['Қазақстаннан', 'қазақстан'],
  ['Қазақстанмен', 'қазақстан'],
  ['АҚШта', 'ақш'],
  // plural, case, possessive and their stacks
  ['келісімдер', 'келісім'],
  ['келісімге', 'келісім'],
  ['келісімнің', 'келісім'],
  ['келісімді', 'келісім'],
  ['келісімдерге', 'келісім'],
  ['келісімдерді', 'келісім'],
  ['келісімдерінің', 'келісім'],
  ['келісімдеріне', 'келісім'],
  ['келісімінде', 'келісім'],
  ['компаниялармен', 'компания'],
  ['компаниясы', 'компания'],
  ['компанияларының', 'компания'],
  ['компанияға', 'компания'],
  ['локомотивтер', 'локомотив'],
  ['локомотивтерді', 'локомотив'],
  ['локомотивтердің', 'локомотив'],
  ['зауытының', 'зауыт'],
  ['зауыттары', 'зауыт'],
  ['зауытына', 'зауыт'],
  ['зауытында', 'зауыт'],
  ['зауытын', 'зауыт'],
  ['қаласы', 'қала'],
  ['қалада', 'қала'],
  ['қалалар', 'қала'],
  ['қаласында', 'қала'],
  ['қаланың', 'қала'],
  ['елі', 'ел'],
  ['елдер', 'ел'],
  ['елдің', 'ел'],
  ['елімізде', 'ел'],
  ['еліміздің', 'ел'],
  ['долларға', 'доллар'],
  ['доллардың', 'доллар'],
  ['миллиардқа', 'миллиард'],
  ['инвестицияларды', 'инвестиция'],
  ['келісімшартқа', 'келісімшарт'],
  ['меморандумға', 'меморандум'],
  ['жоспарын', 'жоспар'],
  ['бағасы', 'баға'],
  ['жылғы', 'жыл'],
  ['сыртқы', 'сырт'],
  // a final қ/к/п voiced before a vowel ending is restored
  ['министрлігі', 'министрлік'],
  ['министрлігімен', 'министрлік'],
  ['ынтымақтастығы', 'ынтымақтастық'],
  ['қауіпсіздігін', 'қауіпсіздік'],
  ['кітабы', 'кітап'],
  // predicative endings
  ['мұғаліммін', 'мұғалім'],
  ['қазақпыз', 'қазақ'],
  // verb forms where the rule is safe
  ['қойды', 'қой'],
  ['қойған', 'қой'],
  ['қою', 'қой'],
  ['жеткізеді', 'жеткіз'],
  ['жеткізді', 'жеткіз'],
  ['жеткізу', 'жеткіз'],
  ['кездесті', 'кездес'],
  ['кездесу', 'кездес'],
  ['болады', 'бол'],
  ['болды', 'бол'],
  ['болатын', 'бол'],
  ['жасады', 'жас'],
  ['жасаған', 'жас'],
  ['жасайтын', 'жас'],
  ['өндіреді', 'өндір'],
  ['сатып', 'сат'],
];

// Words whose ending only looks like a suffix, and short roots: they stay whole.
const WHOLE = [
  'ана', 'бала', 'қала', 'дала', 'сала', 'ата', 'аға', 'су', 'ел', 'тамыз', 'орын', 'бүгін', 'жақын', 'кейін',
  'доллар', 'Америка', 'Прага', 'Астана', 'Қазақстан', 'Өзбекстан', 'Павлодар', 'Қатар', 'Атырау', 'Ақтау',
  'Мәскеу', 'жағдай', 'Қытай', 'латын', 'келісім', 'министрлік', 'локомотив', 'зауыт',
];

describe('stemKazakh', () => {
  it('has a table of at least 60 inflected forms', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FORMS)('%s → %s', (word, stem) => {
    expect(stemKazakh(word)).toBe(stem);
  });

  it.each(WHOLE)('keeps %s whole', (word) => {
    expect(stemKazakh(word)).toBe(word.toLowerCase());
  });

  it('lets every form of a word meet its bare form', () => {
    const families: Record<string, string[]> = {
      келісім: ['келісімдер', 'келісімге', 'келісімнің', 'келісімдерінің', 'келісімінде'],
      зауыт: ['зауытының', 'зауыттары', 'зауытына', 'зауытын'],
      ел: ['елі', 'елдер', 'елімізде'],
      Алматы: ['Алматыда', 'Алматының', 'Алматыдағы', 'Алматыға'],
      бала: ['балалар', 'баласы', 'баланың', 'балаға'],
    };
    for (const [lemma, forms] of Object.entries(families)) {
      for (const form of forms) expect(stemKazakh(form), form).toBe(stemKazakh(lemma));
    }
  });

  it('respects vowel harmony and Kazakh consonants: a front ending on a back stem is not an ending', () => {
    expect(stemKazakh('копенгаген')).toBe('копенгаген'); // «-ген» is front, «а» is back
    expect(stemKazakh('мектепта')).toBe('мектепта'); // Kazakh would write «мектепте»
    expect(stemKazakh('мектепте')).toBe('мектеп');
    expect(stemKazakh('прага')).toBe('прага'); // the back dative is «-ға», never «-га»
  });

  it('leaves words outside the Kazakh alphabet alone', () => {
    for (const w of ['wabtec', 'boeing', '2026', '4,2', 'c5']) expect(stemKazakh(w)).toBe(w);
  });

  it('gives every intermediate stem, so a name with a suffix-like ending still meets its forms', () => {
    expect(kazakhStems('компаниялармен')).toEqual(['компаниялармен', 'компаниялар', 'компания']);
    // «Канада» loses its «-да» like a locative; the chains of «Канада» and «Канадада» still share «канада».
    expect(kazakhStems('Канада')).toContain('канада');
    expect(kazakhStems('Канадада')).toContain('канада');
    expect(kazakhStems('бала')).toEqual(['бала']);
  });
});

describe('isKazakhSuffix', () => {
  const SUFFIXES = ['тың', 'ға', 'қа', 'пен', 'мен', 'тағы', 'дан', 'тан', 'ның', 'лар', 'тардың', 'ке', 'ге', 'ТЫҢ'];
  const NOT = ['ақш', 'wabtec', 'келісім', 'ы', 'а', 'hello', 'тоқаев', ''];

  it.each(SUFFIXES)('«%s» after a hyphen is a Kazakh ending', (t) => {
    expect(isKazakhSuffix(t)).toBe(true);
  });

  it.each(NOT)('«%s» is not', (t) => {
    expect(isKazakhSuffix(t)).toBe(false);
  });
});
