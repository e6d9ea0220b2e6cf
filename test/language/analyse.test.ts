import { describe, expect, it } from 'vitest';
import { stemKey, termsOf } from '../../src/language/analyse.js';
import { stemBulgarian } from '../../src/language/bulgarian-stemmer.js';
import { detectLanguage } from '../../src/language/detect.js';
import { foldWord, skeletonOf } from '../../src/language/fold.js';
import type { Lang } from '../../src/language/lang.js';
import { conceptsOf } from '../../src/language/lexicon.js';
import { withoutAssimilatedEnding } from '../../src/language/stem.js';
import { isStopword } from '../../src/language/stopwords.js';

const keysOf = (text: string, lang: Lang) => termsOf(text, lang).map((t) => t.key);

describe('stem keys', () => {
  // Inflected forms of one word share a key; cognates across languages often do too.
  const meet: Array<[Lang, string[]]> = [
    ['ru', ['локомотивов', 'локомотива', 'локомотив', 'локомотивами']],
    ['ru', ['соглашение', 'соглашения', 'соглашений', 'соглашением']],
    ['bg', ['локомотиви', 'локомотива', 'локомотивите']],
    ['bg', ['споразумение', 'споразумения', 'споразумението']],
    ['hu', ['mozdony', 'mozdonyt', 'mozdonyok', 'mozdonyokat']],
    ['hu', ['megállapodás', 'megállapodást', 'megállapodások']],
    ['en', ['locomotive', 'locomotives']],
    ['en', ['agreement', 'agreements']],
    ['kk', ['келісім', 'келісімдер', 'келісімге', 'келісімнің']],
    ['kk', ['локомотив', 'локомотивтер', 'локомотивтерді']],
    // («ё» is often written «е».)
    ['ru', ['произвёл', 'произвел']],
    ['ru', ['объём', 'объем']],
  ];
  it.each(meet)('%s forms meet: %j', (lang, words) => {
    expect(new Set(words.map((w) => stemKey(w, lang))).size).toBe(1);
  });

  const apart: Array<[Lang, string, string]> = [
    ['hu', 'szerepet', 'szerepelt'],
    ['hu', 'jelentene', 'jelentős'],
    ['ru', 'поставка', 'поставил'],
    ['en', 'sign', 'signal'],
  ];
  it.each(apart)('%s words with a shared beginning stay apart: %s / %s', (lang, a, b) => {
    expect(stemKey(a, lang)).not.toBe(stemKey(b, lang));
  });

  it('reads an English figure\'s thousands commas as no decimal mark, and a comma elsewhere as one', () => {
    expect(stemKey('3,000', 'en')).toBe(stemKey('3000', 'ru'));
    expect(stemKey('1,200,000', 'en')).toBe('1200000');
    expect(stemKey('4,2', 'ru')).toBe('4.2');
    expect(stemKey('3,000', 'ru')).toBe('3.000');
  });

  it('meets across scripts for names and cognates', () => {
    expect(stemKey('locomotives', 'en')).toBe(stemKey('локомотивов', 'ru'));
    expect(stemKey('Токаева'.toLowerCase(), 'ru')).toBe(stemKey('tokajevvel', 'hu'));
  });

  it('stems Bulgarian words that strict-mode packages choke on', () => {
    expect(() => stemBulgarian('министърът')).not.toThrow();
    expect(stemBulgarian('министърът')).toBe(stemBulgarian('министър'));
  });
});

describe('terms of a text', () => {
  it.each([
    ['ей', 'kk'],
    ['әлгі', 'kk'],
    ['абе', 'bg'],
    ['такова', 'bg'],
    ['szóval', 'hu'],
    ['izé', 'hu'],
    ['короче', 'ru'],
    ['uh', 'en'],
  ] as const)('has no term for a spoken filler: %s', (word, lang) => {
    expect(isStopword(word, lang)).toBe(true);
  });

  // («Кой беше другият експерт, дето говореше…»: "the other" and colloquial "who" are no words of what is asked.)
  it.each(['другият', 'другите', 'дето'])('has no term for a Bulgarian function word: %s', (word) => {
    expect(isStopword(word, 'bg')).toBe(true);
  });

  // («…бізге АҚШ керек болғаннан гөрі көбірек…»: "than" is no word of what is asked, nor a name like «Гор».)
  it.each(['гөрі', 'қарағанда'])('has no term for a Kazakh postposition of comparison: %s', (word) => {
    expect(isStopword(word, 'kk')).toBe(true);
  });

  it.each([
    ['Schwarzmannal', 'Schwarzman'],
    ['Lutnickkal', 'Lutnick'],
    ['Tokajevvel', 'Tokajev'],
    ['Gorrá', 'Gor'],
    ['Wabteckel', undefined],
    ['Shockey', undefined],
    ['Ottawa', undefined],
  ])('takes a Hungarian ending that doubles the last consonant off %s', (word, bare) => {
    expect(withoutAssimilatedEnding(word)).toBe(bare);
  });

  it('reads a question typed without accents or Kazakh letters as the one with them', () => {
    const plain = keysOf('hol es mikor irtak ala a memorandumot', 'hu');
    expect(plain).toEqual(expect.arrayContaining(['c:sign', 'c:memorandum']));
    expect(plain.filter((k) => k.startsWith('c:'))).toEqual(keysOf('hol és mikor írták alá a memorandumot', 'hu').filter((k) => k.startsWith('c:')));
    expect(isStopword('es', 'hu')).toBe(true);
    expect(isStopword('кашан', 'kk')).toBe(true);
    // A word typed with its accents is read as typed.
    expect(isStopword('ésszerű', 'hu')).toBe(false);
  });

  it.each([
    ['en', 'nine countries, including Kazakhstan', 'nine countries, Kazakhstan', 'What does the agreement include?'],
    ['ru', 'девять стран, включая Казахстан', 'девять стран, Казахстан', 'Что включает соглашение?'],
    ['ru', 'девять стран, в том числе Казахстан', 'девять стран, Казахстан', 'Что включает соглашение?'],
    ['bg', 'девет държави, включително Казахстан', 'девет държави, Казахстан', 'Какво включва споразумението?'],
    ['hu', 'kilenc ország, beleértve Kazahsztánt', 'kilenc ország, Kazahsztánt', 'Mit tartalmaz a megállapodás?'],
    ['hu', 'kilenc ország, többek között Kazahsztán', 'kilenc ország, Kazahsztán', 'Mit tartalmaz a megállapodás?'],
    ['kk', 'тоғыз ел, Қазақстанды қоса алғанда', 'тоғыз ел, Қазақстанды', 'Келісім нені қамтиды?'],
  ] as const)('reads "including X" (%s «%s») as glue, not as asking what something includes', (lang, phrase, bare, asksContents) => {
    expect(keysOf(phrase, lang)).toEqual(keysOf(bare, lang));
    expect(keysOf(asksContents, lang)).toContain('c:include');
  });

  it.each([
    ['en', 'we can invest together', 'joint investments'],
    ['ru', 'можем инвестировать вместе', 'совместные инвестиции'],
    ['bg', 'можем да инвестираме заедно', 'съвместни инвестиции'],
    ['hu', 'együtt fektethetünk be', 'közös beruházások'],
    // (Kazakh «бірге» is mostly the postposition "with": «Тоқаевпен бірге».)
  ] as const)('reads "together" (%s «%s») as joint, as «%s» is', (lang, together, joint) => {
    expect(keysOf(together, lang)).toContain('c:joint');
    expect(keysOf(joint, lang)).toContain('c:joint');
  });

  it.each([
    ['hu', 'euróval', 'euro'],
    ['hu', 'eurónál', 'euro'],
    ['kk', 'еуроны', 'euro'],
    ['kk', 'базамен', 'basis_main'],
    ['kk', 'сахнадан', 'arena_stage'],
    ['kk', 'орбитаға', 'orbit'],
  ] as const)('meets a case form (%s «%s») of a word the lexicon gives in exact forms only', (lang, word, concept) => {
    expect(conceptsOf(word, lang)).toContain(concept);
  });

  it.each([
    ['hu', 'nagyon'],
    ['kk', 'алдымен'],
  ] as const)('keeps a word of its own (%s «%s») apart from the exact form its stem spells', (lang, word) => {
    expect(conceptsOf(word, lang)).toEqual([]);
  });

  it('reads "supposed to" as what is expected, not as a goal', () => {
    expect(keysOf('when are the planes supposed to arrive', 'en')).toEqual(keysOf('when are the planes to arrive', 'en'));
  });

  it('reads a Kazakh «кел-» after a desiderative as "want", no visit («пайдаланғысы келді»), and a visit elsewhere', () => {
    expect(keysOf('Ол локомотивтерді пайдаланғысы келді', 'kk')).not.toContain('c:visit');
    expect(keysOf('Министр сатып алғысы келеді', 'kk')).not.toContain('c:visit');
    expect(keysOf('Президент Астанаға келді', 'kk')).toContain('c:visit');
  });

  it('reads a Russian hedge («кажется», «вроде», «наверное») as no word of what is asked', () => {
    expect(keysOf('Его назначили послом в Швеции, кажется', 'ru')).not.toContain('c:need');
    expect(keysOf('Это было вроде в марте, наверное', 'ru')).toEqual(keysOf('Это было в марте', 'ru'));
  });

  it('reads a Kazakh «қарсы салмақ» as a counterweight, no building', () => {
    expect(keysOf('Қытайға қарсы салмақ ретінде', 'kk')).toContain('c:balance');
    expect(keysOf('Қытайға қарсы салмақ ретінде', 'kk')).not.toContain('c:build');
  });

  it('reads "show up" as an arrival, not as showing', () => {
    expect(keysOf('when do the planes show up', 'en')).toContain('c:arrival');
    expect(keysOf('the study shows growth', 'en')).not.toContain('c:arrival');
  });

  it('keeps a Latin word of a Cyrillic text as a name, wherever it stands ("Microsoft" opening a Kazakh question)', () => {
    expect(keysOf('Microsoft Қазақстанға қанша инвестиция салады?', 'kk').some((k) => k.startsWith('w:mikros'))).toBe(true);
  });

  it('reads a currency sign before an amount as its currency ("$90 million" says dollars as «90 млн долларов» does)', () => {
    expect(keysOf('worth $90 million', 'en')).toContain('c:dollar');
    expect(keysOf('€46 million', 'en')).toContain('c:euro');
    expect(keysOf('90 million', 'en')).not.toContain('c:dollar');
  });

  it('reads an English possessive as its word: "Tokayev\'s" is Tokayev, "the minister\'s" the minister', () => {
    expect(keysOf("Tokayev's visit", 'en')).toEqual(keysOf('Tokayev visit', 'en'));
    expect(keysOf('the minister’s offer', 'en')).toEqual(keysOf('the minister offer', 'en'));
  });

  it('reads "jobs" as one concept in every language, a place of work being no place («рабочих мест», «жұмыс орындары»)', () => {
    for (const [text, lang] of [['how many jobs', 'en'], ['сколько рабочих мест', 'ru'], ['колко работни места', 'bg'], ['hány munkahely', 'hu'], ['қанша жұмыс орны', 'kk'], ['жұмыс орындарын', 'kk']] as Array<[string, Lang]>) {
      expect(keysOf(text, lang), text).toContain('c:jobs');
    }
    expect(keysOf('сколько рабочих мест', 'ru')).not.toContain('c:work');
  });

  it('keeps a phrase spelled by function words alone («volt ott», "was there": presence)', () => {
    expect(keysOf('ki volt ott az aláíráson', 'hu')).toContain('c:presence');
    expect(keysOf('who was there at the signing', 'en')).toContain('c:presence');
    expect(keysOf('ott', 'hu')).toEqual([]);
  });

  it('reads "job title" as a position, not as jobs', () => {
    expect(keysOf('the job title of the envoy', 'en')).toContain('c:position');
    expect(keysOf('the job title of the envoy', 'en')).not.toContain('c:jobs');
  });

  it('reads Kazakh «алғыс айтты» (thanked) as thanking, not as saying', () => {
    const keys = keysOf('Министр Тоқаевқа алғыс айтты', 'kk');
    expect(keys).toContain('c:thank');
    expect(keys).not.toContain('c:say');
  });

  it('reads a Hungarian verb whose prefix stands apart as the whole verb', () => {
    expect(keysOf('A megállapodást Washingtonban írták alá.', 'hu')).toContain('c:sign');
  });

  it('meets a Latin-script name under one plain key in every language, never as an English plural', () => {
    const plain = (text: string, lang: Lang) => new Set(keysOf(text, lang));
    const hungarian = plain('Ezek között szerepelt a Mars cég és a Wabtectől rendelt mozdonyok.', 'hu');
    for (const [text, lang] of [['Mars сколько вкладывает в Казахстан?', 'ru'], ['How much will Mars invest?', 'en'], ['Mars Қазақстанға қанша салады?', 'kk'], ['Колко инвестира mars?', 'bg']] as Array<[string, Lang]>) {
      expect([...plain(text, lang)].filter((k) => hungarian.has(k) && k.startsWith('w:mars'))).toEqual(['w:mars']);
    }
    expect(keysOf('How much will Mars invest?', 'en')).not.toContain('w:maroko');
  });

  it('spells «Дж» and a soft g alike in name skeletons, across scripts', () => {
    const skeleton = (word: string, lang: Lang) => skeletonOf(foldWord(word.toLowerCase(), lang));
    expect(skeleton('Sergio', 'en')).toBe(skeleton('Серджио', 'ru'));
    expect(skeleton('Jeff', 'en')).toBe(skeleton('Джефф', 'bg'));
    expect(skeleton('George', 'en')).toBe(skeleton('Джордж', 'ru'));
    expect(skeleton('Gor', 'en')).toBe(skeleton('Гор', 'ru'));
  });

  it('drops a Kazakh case ending written after a hyphen', () => {
    const keys = keysOf('АҚШ-тың министрі', 'kk');
    expect(keys.filter((k) => k.startsWith('w:')).length).toBe(2);
  });

  it('reads a word with a capital inside as a name, even opening a sentence, with no sense by its prefix', () => {
    const keys = keysOf('АгромашХолдинг KZ зауыты қай қалада?', 'kk');
    expect(keys).toContain(`s:${skeletonOf(foldWord('агромашхолдинг', 'kk'))}`);
    expect(keys).not.toContain('c:agriculture');
    expect(keysOf('Агромаш зауыты', 'kk')).toContain('c:agriculture');
    // An acronym in mixed case keeps its sense.
    expect(keysOf('Who signed the MoU?', 'en')).toContain('c:memorandum');
    // So does a word with a capital inside that is an exact form of a concept: "AmCham" is the chamber.
    expect(keysOf('the AmCham vice president', 'en')).toContain('c:chamber');
  });

  it('reads "KZ" as Kazakhstan, but not the ending of a web address («Zakon.kz»)', () => {
    expect(termsOf('the delegation that visited KZ', 'en').map((t) => t.key)).toContain('c:kazakhstan');
    expect(termsOf('сообщает Zakon.kz и BAQ.KZ', 'ru').map((t) => t.key)).not.toContain('c:kazakhstan');
  });

  it('drops a Hungarian case ending written after a number and a hyphen («6-án», «2024-ben»)', () => {
    expect(keysOf('május 6-án írták alá', 'hu').filter((k) => k.startsWith('w:')).length).toBe(2);
    expect(keysOf('2024-ben nyílt meg', 'hu').filter((k) => k.startsWith('w:')).length).toBe(2);
  });

  it('drops a Bulgarian definite article written after a hyphen, and keeps a word after a hyphen', () => {
    expect(keysOf('доставката на dreamliner-ите', 'bg')).not.toContain('w:ite');
    expect(keysOf('Boeing-ът поръча', 'bg').filter((k) => k.startsWith('w:')).length).toBe(3);
    expect(keysOf('дата-центрове', 'bg')).toContain('c:center');
  });

  it('reads the US Secretary of State and a foreign minister as one role in every language', () => {
    for (const [text, lang] of [['государственным секретарем США', 'ru'], ['külügyminiszterrel', 'hu'], ['the Secretary of State', 'en'], ['мемлекеттік хатшысымен', 'kk'], ['държавния секретар', 'bg']] as const) {
      expect(keysOf(text, lang)).toContain('c:foreign_minister');
    }
    expect(keysOf('секретарь совета', 'ru')).not.toContain('c:foreign_minister');
  });

  it('reads a ministry named by the stem of its field («Минсельхоз», «Минэнерго») as the ministry of that field', () => {
    expect(conceptsOf('минсельхоза', 'ru')).toEqual(expect.arrayContaining(['ministry', 'agriculture']));
    expect(conceptsOf('минэнерго', 'ru')).toEqual(expect.arrayContaining(['ministry', 'energy']));
    expect(conceptsOf('минута', 'ru')).not.toContain('ministry');
    expect(conceptsOf('минерал', 'ru')).not.toContain('ministry');
  });

  it('reads Kazakh postpositions and auxiliary verbs as function words («2009 жылдан бері», «істеп келе ме», «жазып отырмын»)', () => {
    const words = (text: string) => termsOf(text, 'kk').filter((t) => t.key.startsWith('w:')).map((t) => t.key);
    expect(words('Зауыт 2009 жылдан бері жұмыс істеп келе ме?')).toEqual(words('Зауыт 2009 жылдан жұмыс ме?'));
    expect(words('Алматыдан жазып отырмын, меморандумға кім қол қойды?')).toEqual(words('Алматыдан жазып, меморандумға кім қол қойды?'));
    expect(words('Меморандумға американ жағынан кім қол қойды?')).toEqual(words('Меморандумға американ кім қол қойды?'));
    expect(words('Екі келісімнің қайсысы ірі?')).toEqual(words('Екі келісімнің ірі?'));
  });

  it('reads Hungarian relative pronouns and the asker\'s words as function words («akit», «tudom», «pls»)', () => {
    const words = (text: string) => termsOf(text, 'hu').filter((t) => t.key.startsWith('w:')).map((t) => t.key);
    expect(words('A Nortec vezetője, akit a miniszter fogadott, tudom, melyik cég? pls')).toEqual(words('A Nortec vezetője, a miniszter fogadott, melyik cég?'));
  });

  it('drops the case ending Hungarian joins to a foreign name by a hyphen («Deere-rel», «KTZ-nél»)', () => {
    const words = (text: string) => termsOf(text, 'hu').filter((t) => t.key.startsWith('w:')).map((t) => t.key);
    expect(words('a Nortec-kel és a KTZ-nél kötött megállapodás')).toEqual(words('a Nortec és a KTZ kötött megállapodás'));
    expect(words('a John Deere-rel')).toEqual(words('a John Deere'));
  });

  it('reads the Bulgarian asker\'s words and "since" as function words, and «купи» as buying', () => {
    const words = (text: string) => termsOf(text, 'bg').filter((t) => t.key.startsWith('w:')).map((t) => t.key);
    expect(words('Доколкото знам, откакто Nortec работи, посочете накратко')).toEqual(words('Доколкото Nortec работи'));
    expect(keysOf('Nortec купи вагони', 'bg')).toContain('c:purchase');
  });

  it('reads asking words of English and Russian as function words ("on behalf of", «скольких», «назовите»)', () => {
    const words = (text: string, lang: Lang) => termsOf(text, lang).filter((t) => t.key.startsWith('w:')).map((t) => t.key);
    expect(words('Who signed on behalf of Nortec, I heard?', 'en')).toEqual(words('Who signed of Nortec?', 'en'));
    expect(words('В числе скольких стран, назовите, Nortec?', 'ru')).toEqual(words('В числе стран Nortec?', 'ru'));
    expect(keysOf('the combined value of the facilities', 'en')).toEqual(expect.arrayContaining(['c:total', 'c:factory']));
    expect(keysOf('центров обработки данных', 'ru')).toContain('c:processing');
  });

  it('keeps the Kazakh number «жеті» (seven) apart from «жетті» (reached), which folding two letters into one would merge', () => {
    expect(conceptsOf('жеті', 'kk')).toContain('seven');
    expect(conceptsOf('жетті', 'kk')).not.toContain('seven');
  });

  it('reads a Russian or Bulgarian compound by both its parts, joined by a linking о or е («вагоносборочный»)', () => {
    expect(conceptsOf('вагоносборочный', 'ru')).toEqual(['wagon', 'assembly']);
    expect(conceptsOf('вагоностроителен', 'bg')).toEqual(['wagon', 'build']);
    // One word, whose stem reaches past the linking vowel; and no linking vowel, no second part.
    expect(conceptsOf('взаимопонимании', 'ru')).toEqual(['memorandum']);
    expect(conceptsOf('казахстана', 'ru')).toEqual(['kazakhstan']);
  });

  it('keeps the Kazakh «қатар» (a row; «бірқатар», a number of) apart from Qatar, «Катар», which folding merges', () => {
    expect(conceptsOf('қатар', 'kk')).not.toContain('qatar');
    expect(conceptsOf('қатарында', 'kk')).not.toContain('qatar');
    expect(conceptsOf('Катар', 'kk')).toContain('qatar');
    expect(conceptsOf('катара', 'ru')).toContain('qatar');
  });

  it('reads the Hungarian «ember» (a person) with its case endings', () => {
    for (const form of ['ember', 'embernek', 'embert', 'embereket']) expect(conceptsOf(form, 'hu'), form).toEqual(['person_figure']);
  });

  it('reads "memo" as the memorandum it is short for', () => {
    expect(conceptsOf('memo', 'en')).toEqual(['memorandum']);
    expect(conceptsOf('memos', 'en')).toEqual(['memorandum']);
  });

  it('keeps a bearing («ориентированной на будущее») apart from a direction of work («направления сотрудничества»)', () => {
    expect(conceptsOf('ориентированной', 'ru')).not.toContain('direction');
    expect(conceptsOf('направления', 'ru')).toContain('direction');
    expect(conceptsOf('orientált', 'hu')).toEqual(conceptsOf('oriented', 'en'));
  });

  it('reads a Bulgarian masculine plural whose stem turned г, к, х into з, ц, с as its singular', () => {
    expect(conceptsOf('политолози', 'bg')).toEqual(conceptsOf('политолог', 'bg'));
    expect(conceptsOf('политолозите', 'bg')).toEqual(conceptsOf('политолог', 'bg'));
    expect(conceptsOf('политолози', 'bg')).toContain('political_scientist');
  });

  it('reads a capital that stands for its state as that state ("Beijing\'s orbit", «позиция Москвы»)', () => {
    expect(conceptsOf('beijing', 'en')).toEqual(conceptsOf('china', 'en'));
    expect(conceptsOf('москвы', 'ru')).toEqual(conceptsOf('россии', 'ru'));
    expect(conceptsOf('kremlin', 'en')).toEqual(conceptsOf('russia', 'en'));
  });

  it('reads commenting as remarking: "who commented" is answered where an expert «отметил», «подчеркнул»', () => {
    const remark = conceptsOf('подчеркнул', 'ru');
    for (const [word, lang] of [['commented', 'en'], ['комментировал', 'ru'], ['коментираха', 'bg'], ['kommentálta', 'hu']] as const) expect(conceptsOf(word, lang), word).toEqual(remark);
  });

  it('reads a capitalised word opening a sentence as a name when the lexicon has no sense for it', () => {
    expect(keysOf('Tokajev a bányászati beruházásról tárgyalt.', 'hu')).toContain('s:tkv');
    expect(keysOf('Программа визита началась.', 'ru').some((k) => k.startsWith('s:'))).toBe(false);
  });

  it('reads a Hungarian «útja» (his trip) as a visit and «csúcs» as a summit', () => {
    expect(conceptsOf('útja', 'hu')).toEqual(conceptsOf('látogatás', 'hu'));
    expect(conceptsOf('csúcson', 'hu')).toEqual(conceptsOf('summit', 'en'));
  });

  it('reads discussing and holding talks as one thing in every language', () => {
    const talks = conceptsOf('tárgyalt', 'hu');
    for (const [word, lang] of [['обсуждал', 'ru'], ['discussed', 'en'], ['обсъдиха', 'bg'], ['талқылады', 'kk']] as const) expect(conceptsOf(word, lang)).toEqual(talks);
  });

  it('tells apart words that fold alike when the lexicon spells one exactly («направленный» is aimed, «направлений» directions)', () => {
    expect(conceptsOf('направленный', 'ru')).toEqual(['goal']);
    expect(conceptsOf('направленные', 'ru')).toEqual(['goal']);
    expect(conceptsOf('направлений', 'ru')).toEqual(['direction']);
    expect(conceptsOf('направление', 'ru')).toEqual(['direction']);
    expect(conceptsOf('НАПРАВЛЕННЫЙ', 'ru')).toEqual(['goal']);
  });

  it('reads a Slavic verb through its perfective prefix when only the bare verb is known', () => {
    expect(conceptsOf('поблагодарил', 'ru')).toEqual(conceptsOf('благодарил', 'ru'));
    expect(conceptsOf('поблагодарил', 'ru').length).toBeGreaterThan(0);
    expect(conceptsOf('пошли', 'ru')).toEqual([]);
  });

  it('looks a word up only among the entries of its own script', () => {
    expect(conceptsOf('закон', 'ru').length).toBeGreaterThan(0);
    expect(conceptsOf('zakon', 'en')).toEqual([]);
  });

  it('keeps content words that a long stopword list holds', () => {
    for (const [word, lang] of [['город', 'ru'], ['billion', 'en'], ['value', 'en'], ['procent', 'hu']] as Array<[string, Lang]>) {
      expect(isStopword(word, lang)).toBe(false);
    }
    expect(isStopword('the', 'en')).toBe(true);
    expect(isStopword('және', 'kk')).toBe(true);
    for (const word of ['mennyibe', 'mennyiért', 'mikorra']) expect(isStopword(word, 'hu')).toBe(true);
  });

  it('"regarding" («относно», «относительно», «касательно», «illetően») says nothing', () => {
    for (const [word, lang] of [['regarding', 'en'], ['относно', 'bg'], ['относительно', 'ru'], ['касательно', 'ru'], ['illetően', 'hu'], ['vonatkozóan', 'hu']] as Array<[string, Lang]>) {
      expect(isStopword(word, lang), word).toBe(true);
    }
  });

  it('kk postpositions («жөніндегі», «атынан», «тарапынан») say nothing; «қатысты» (took part) does', () => {
    for (const word of ['жөніндегі', 'атынан', 'тарапынан']) expect(isStopword(word, 'kk')).toBe(true);
    expect(isStopword('қатысты', 'kk')).toBe(false);
    // «қатар» (along, a row) is a function word; «Катар», Qatar, keeps its sense.
    expect(isStopword('қатар', 'kk')).toBe(true);
    expect(termsOf('Катар', 'kk').map((t) => t.key)).toContain('c:qatar');
  });
});

describe('language detection', () => {
  it('reads the openers of a doubting question («неужели», «разве»; «нима») as Russian or Bulgarian', () => {
    expect(detectLanguage('Неужели Nortec заказал 15 вагонов?')).toBe('ru');
    expect(detectLanguage('Разве Nortec заказал 15 вагонов?')).toBe('ru');
    expect(detectLanguage('Нима Nortec е поръчал 15 вагона?')).toBe('bg');
  });

  it('reads Russian relative words in any case, and «он», «она», as Russian', () => {
    expect(detectLanguage('Встреча министра с акимом, на которой он говорил о вагонах, прошла в Павлодаре?')).toBe('ru');
    expect(detectLanguage('Завод, о котором писали, построят в Павлодаре?')).toBe('ru');
    expect(detectLanguage('Министърът, който подписа, беше там?')).toBe('bg');
  });

  it('reads a question asked in Cyrillic around names typed in lowercase Latin in the Cyrillic language', () => {
    expect(detectLanguage('nortec rail неше locomotive жеткізеді?')).toBe('kk');
    expect(detectLanguage('сколько wagons nortec rail поставит?')).toBe('ru');
    expect(detectLanguage('колко wagons ще достави nortec rail?')).toBe('bg');
    // (An English function word keeps it English: a Cyrillic name is only a name.)
    expect(detectLanguage('how many wagons will nortec deliver to Казахстан?')).toBe('en');
  });

  it('reads endings only Russian has (an adjective\'s «-ской», «-их», «-ую», a participle\'s «-ший») as Russian', () => {
    for (const q of ['Как политолог объясняет возросший интерес Норвегии к Центральной Азии?', 'Уточните, представители скольких норвежских компаний приезжали?', 'Дайте точную сумму соглашения.']) {
      expect(detectLanguage(q), q).toBe('ru');
    }
    expect(detectLanguage('Защо тази сделка е важна?')).toBe('bg');
  });

  it('reads no Hungarian in an accented name inside an English question, but does in a Hungarian one that opens with it', () => {
    expect(detectLanguage("Wasn't it Nestlé that agreed to build the plant? Which company was it?")).toBe('en');
    expect(detectLanguage('Did the delegation meet Gül in Ankara?')).toBe('en');
    expect(detectLanguage('Hány vagont szállít a Nortec?')).toBe('hu');
    expect(detectLanguage('Nortec Pavlodarban tárgyalt?')).toBe('hu');
  });

  it('reads a Bulgarian prefix kept before a voiceless consonant as Bulgarian, and its Russian spelling as Russian', () => {
    expect(detectLanguage('Казахстан изпраща ли войници в Газа?')).toBe('bg');
    expect(detectLanguage('Възможно ли е това?')).toBe('bg');
    expect(detectLanguage('Рассказал ли он о сделке?')).toBe('ru');
    expect(detectLanguage('Безопасность сделки?')).toBe('ru');
  });

  it('calls Cyrillic text Kazakh by its letters, or by Kazakh words when it has none', () => {
    expect(detectLanguage('курс доллара к тенге')).not.toBe('kk');
    expect(detectLanguage('Қанша локомотив жеткізіледі?')).toBe('kk');
    expect(detectLanguage('Сергей Орлов неше жаста?')).toBe('kk');
    expect(detectLanguage('Меморандум не туралы?')).toBe('kk');
    // Typed on a Russian keyboard: «канша» for «қанша», «качан» for «қашан», «ким» for «кім».
    expect(detectLanguage('Nortec канша вагон жеткизеди?')).toBe('kk');
    expect(detectLanguage('Павлодардагы зауыт качан ашылды?')).toBe('kk');
    expect(detectLanguage('Келисимге ким кол койды?')).toBe('kk');
    // The particles of a yes/no question, «рас па?», «салына ма?»; Bulgarian «ме» (me) is none.
    expect(detectLanguage('Nortec Healthcare клиникасы Павлодарда салынатыны рас па?')).toBe('kk');
    expect(detectLanguage('Сделката с Nortec е за 25 милиарда долара, нали? Поправете ме, ако бъркам.')).toBe('bg');
    expect(detectLanguage('Алгашкы Nortec вагондары Павлодарга кашан жеткизиледи?')).toBe('kk');
    expect(detectLanguage('Министр Астанада киммен кездести?')).toBe('kk');
    // (Not where Russian or Bulgarian words say otherwise.)
    expect(detectLanguage('Что говорится о сделке на 4 млрд, так ма?')).toBe('ru');
    expect(detectLanguage('Абе, кажи бе колко струва')).toBe('bg');
  });

  it('reads the language from the asker\'s own words, not from a phrase quoted from an article', () => {
    expect(detectLanguage("The Hungarian article mentions an 'állateledel-gyártó üzem' — who is building it?")).toBe('en');
    expect(detectLanguage('Hol működik a Nortec kazahsztáni «вагоносборочный завод»-ja?')).toBe('hu');
    expect(detectLanguage('Что значит «szállítási együttműködés» в венгерской статье?')).toBe('ru');
    // (A message that is mostly the quote is read as it is.)
    expect(detectLanguage('«Сколько стоит контракт?»')).toBe('ru');
  });

  it('reads the language from the sentence, not from the names written in another script', () => {
    expect(detectLanguage('Колко ще струва клиниката Ashmore Healthcare International?')).toBe('bg');
    expect(detectLanguage('Сколько стоит контракт General Electric Transportation?')).toBe('ru');
    expect(detectLanguage('Mennyit ér a Samruk Kazyna Invest üzlete?')).toBe('hu');
    expect(detectLanguage('How much is the Самрук-Казына deal worth?')).toBe('en');
    // A short question whose Latin words are all names and acronyms.
    expect(detectLanguage('Кто CEO Nortec?')).toBe('ru');
    expect(detectLanguage('Кой е CFO на Kestrel Holdings?')).toBe('bg');
    expect(detectLanguage('Nortec CEO?')).toBe('en');
  });

  it('knows a Hungarian question written without accents by its question words', () => {
    expect(detectLanguage('Mennyit fektet be a Mars?')).toBe('hu');
    expect(detectLanguage('Mennyibe kerul a szerzodes?')).toBe('hu');
    expect(detectLanguage('What is the deal worth?')).toBe('en');
  });

  it('knows casual Russian by its colloquial question words and the function words Bulgarian lacks', () => {
    expect(detectLanguage('скок рабочих мест даст завод mars в алатау')).toBe('ru');
    expect(detectLanguage('чё там подписали с боингом')).toBe('ru');
    expect(detectLanguage('а для чего завод в алатау')).toBe('ru');
    expect(detectLanguage('Какова сумма инвестсоглашения с компанией Mars?')).toBe('ru');
    expect(detectLanguage('С кем из руководства Boeing говорил Токаев?')).toBe('ru');
    expect(detectLanguage('работни места в завода на mars')).toBe('bg');
  });
});

describe('a month abbreviation that is another word too', () => {
  const concepts = (text: string, lang: Lang) => termsOf(text, lang).filter((t) => t.key.startsWith('c:')).map((t) => t.key);

  it('is the month beside a day of the month', () => {
    expect(concepts('What was signed on Nov 6?', 'en')).toContain('c:november');
    expect(concepts('the 6 Nov memorandum', 'en')).toContain('c:november');
    expect(concepts('Mi történt jan. 12-én?', 'hu')).toContain('c:january');
  });

  it('is not a month elsewhere (a first name, no day beside it)', () => {
    expect(concepts('Jan Novak met the minister', 'en')).not.toContain('c:january');
    expect(concepts('Nov deals were signed in 2025', 'en')).not.toContain('c:november');
  });
});

describe('a ministry abbreviation («Минторг», «Минэнерго»)', () => {
  const concepts = (text: string, lang: Lang) => termsOf(text, lang).filter((t) => t.key.startsWith('c:')).map((t) => t.key);

  it('is the ministry and what it is of, when the lexicon knows the rest', () => {
    expect(concepts('глава Минторга США', 'ru')).toEqual(expect.arrayContaining(['c:ministry', 'c:trade']));
    expect(concepts('Минэнерго', 'ru')).toEqual(['c:ministry', 'c:energy']);
    expect(concepts('Минсельхоз', 'bg')).toEqual(['c:ministry', 'c:agriculture']);
  });

  it('leaves the words that begin alike to the lexicon', () => {
    expect(concepts('министр', 'ru')).toEqual(['c:minister']);
    expect(concepts('минерал', 'ru')).toEqual(['c:mineral']);
  });
});

describe('Russian «ё» written as «е»', () => {
  it.each([['произвёл', 'произвел'], ['ещё', 'еще'], ['объёма', 'объема']])('is one word to the lexicon: %s, %s', (withYo, withE) => {
    expect(conceptsOf(withYo, 'ru')).toEqual(conceptsOf(withE, 'ru'));
    expect(foldWord(withYo, 'ru')).toBe(foldWord(withE, 'ru'));
  });
});

describe('the beginning or the end of a period', () => {
  const concepts = (text: string, lang: Lang) => termsOf(text, lang).filter((t) => t.key.startsWith('c:')).map((t) => t.key);

  it.each([
    ['The delegation came at the beginning of September.', 'en'],
    ['Делегация приехала в начале сентября.', 'ru'],
    ['Делегацията дойде в началото на септември.', 'bg'],
    ['A küldöttség szeptember elején érkezett.', 'hu'],
    ['Делегация қыркүйектің басында келді.', 'kk'],
    ['Deliveries are due at the beginning of 2026.', 'en'],
    ['Поставки ожидаются в начале 2026 года.', 'ru'],
    ['Elections are held at the last week of May.', 'en'],
  ] as Array<[string, Lang]>)('is a part of that period, not a start or an end of anything: %s', (text, lang) => {
    const keys = concepts(text, lang);
    expect(keys).not.toContain('c:start_begin');
    expect(keys).not.toContain('c:last_final');
    expect(keys.some((k) => k === 'c:period_start' || k === 'c:period_end')).toBe(true);
  });

  it.each([
    ['When do the deliveries start?', 'en'],
    ['Когда начнутся поставки?', 'ru'],
    ['Кога започват доставките?', 'bg'],
    ['Mikor kezdődik a szállítás?', 'hu'],
    ['Жеткізу қашан басталады?', 'kk'],
  ] as Array<[string, Lang]>)('is the start of what it stands beside elsewhere: %s', (text, lang) => {
    expect(concepts(text, lang)).toContain('c:start_begin');
  });
});
