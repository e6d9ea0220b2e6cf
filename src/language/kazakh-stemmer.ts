/**
 * Kazakh suffix stripper (no maintained Kazakh stemmer exists). Pure, dependency-free, per token.
 *
 * A Kazakh noun stacks its endings in a fixed order: stem + plural + possessive + case + predicative.
 * The stripper peels them from the outside in, at most one ending per slot, and accepts an ending only
 * where Kazakh would have written it:
 * - the allomorph must fit the sound before it (vowel / voiced / voiceless consonant): «-ға» after «р» but
 *   «-қа» after «к»; «-лар» after a vowel, «-дар» after «м», «-тар» after «в». This alone keeps «доллар»
 *   (plural «-лар» cannot follow «л»), «Америка» (Kazakh writes «-қа», not «-ка») and «ата» («-та» cannot
 *   follow a vowel) whole;
 * - the vowel of the ending must agree with the last vowel of what remains (back а о ұ ы я ё, front ә ө ү і е э);
 *   и, у, ю and a name's «-ев»/«-ов» «е» after a vowel (Тоқаев) agree with both;
 * - what remains keeps a vowel and at least 3 letters, or 2 when it is vowel + consonant (ел, үй, ат), so
 *   «тамыз» (not «та» + «-мыз»), «ана», «аға» and other short roots survive.
 *
 * Handled (outer to inner):
 * 1. predicative personal endings: -мын/-мін/-бын/-пын…, -мыз/-міз/-быз/-пыз… (1st person);
 * 2. finite verbs, tried before the noun slots: present/future 3rd person -ады/-еді and -ыды/-іді
 *    («жеткізеді» → «жеткіз», «болады» → «бол»); past -ды/-ті after a consonant falls out of the accusative
 *    rule with the same result («келді» → «кел»);
 * 3. one case ending: genitive -ның/-дың/-тың, accusative -ны/-ды/-ты, dative -ға/-қа, locative -да/-та,
 *    ablative -дан/-нан/-тан, instrumental -мен/-бен/-пен(-ен), the locative attributive -дағы/-тағы and the
 *    temporal -ғы/-қы («жылғы»); after a 3rd-person possessive, the «н» forms together with the possessive
 *    («зауытының», «қаласында», «жоспарын»);
 * 4. one possessive: 3rd -ы/-і/-сы/-сі, 1st plural -ымыз/-мыз, polite 2nd -ыңыз/-ңыз;
 * 5. plural -лар/-дар/-тар (and front forms);
 * 6. non-finite verb forms where safe: participle -ған/-қан (+ the stem vowel of «жаса-ған»), verbal noun
 *    -у after a consonant («жеткізу»), «-ю» → «-й» («қою» → «қой»), converb -ып/-іп; the habitual participle
 *    -атын/-йтын is taken with the finite forms in step 2.
 * A final қ/к/п voiced before a vowel-initial ending is restored («министрлігі» → «министрлік»).
 *
 * Not handled, on purpose:
 * - 1st/2nd singular possessives -ым/-ің/-м/-ң: they cannot be told from a stem's own final м/ң
 *   («келісім» is not «келіс» + «-ім», «адам» not «ада» + «-м») and stripping them breaks stem agreement;
 * - derivation that changes the word: -лық (достық), -шы (жұмысшы), -сыз (privative), -лы (adjectival),
 *   voice (-ыл passive, -дыр causative), negation -ма/-ме, moods, the similative -дай, the equative -ша;
 * - verbal nouns of vowel stems (-ау/-еу: «жасау»), which look like «Атырау», «Ақтау», «Мәскеу»;
 *   vowel-stem present «-айды», which looks like «Қытайды», «жағдайды».
 * Known over-stripping: a name or word whose own ending looks like a suffix loses it («Канада» → «кана»,
 * «шілде» → «шіл», «Жезқазған» → «жезқаз», «Иордан» → «иор»), while its inflected forms keep it
 * («Канадада» → «канада»). `kazakhStems` gives every intermediate stem, so a lookup against a vocabulary
 * (names of the corpus) still finds the shared «канада». «-стан» never loses «-тан».
 * The bare accusative «-н» after a possessive needs 4 letters left («жоспарын»), so «құнын» stays whole
 * like «орын», «бүгін», «жақын».
 */

const VOWELS = new Set('аәеёиоөұүыіэюя');
const BACK = new Set('аоұыяё');
const FRONT = new Set('әөүіэ');
const KAZAKH_WORD = /^[а-яёәғқңөұүһі]+$/;

// What may stand before an allomorph. «у» and «й» pattern with the sonorants for most endings.
const V = 'аәеёиоөұүыіэюя';
const VU = V + 'уй'; // vowels plus у/й (plural -лар, dative -ға, locative -да…)
const SONOR = 'лруйжз';
const NASAL = 'мнң';
const VOICED = 'лруймнңжз';
const VOICELESS = 'кқпстшфхцчщбвгд'; // loanword-final б в г д take voiceless endings: «Тоқаевқа», «заводқа»
// Before a vowel-initial ending: any consonant, including the voiced ғ/г/б of a final қ/к/п («министрлігі»).
const CONS = VOICELESS + VOICED + 'ғ';

type Harmony = 'back' | 'front' | 'any';

interface Suffix {
  text: string;
  /** Letters that may stand right before the suffix; undefined = anything. */
  after?: string;
  harmony: Harmony;
  /** Fewest letters that must remain (default: the general minimum). */
  min?: number;
  /** Also drop a final stem vowel a verb suffix leaves («жаса-ған» → «жас», like «жасады»). */
  verbVowel?: boolean;
}

/** A back/front pair of allomorphs allowed after the same letters. */
function pair(back: string, front: string, after?: string, extra: Partial<Suffix> = {}): Suffix[] {
  return [
    { text: back, after, harmony: 'back', ...extra },
    { text: front, after, harmony: 'front', ...extra },
  ];
}

/** An ending without vowel harmony (instrumental «-мен» is always front; verbal noun «-у»). */
const plain = (text: string, after?: string, extra: Partial<Suffix> = {}): Suffix => ({ text, after, harmony: 'any', ...extra });

const byLength = (list: Suffix[]): Suffix[] => [...list].sort((a, b) => b.text.length - a.text.length);

const PREDICATIVE = byLength([
  ...pair('мын', 'мін', VU + NASAL),
  ...pair('бын', 'бін', 'жз'),
  ...pair('пын', 'пін', VOICELESS),
  ...pair('мыз', 'міз', VU + NASAL),
  ...pair('быз', 'біз', 'жз'),
  ...pair('пыз', 'піз', VOICELESS),
]);

// Verb forms that take no noun endings after them, tried on the whole word before the noun slots.
const FINITE = byLength([
  ...pair('ады', 'еді', CONS, { min: 2 }),
  ...pair('ыды', 'іді', CONS, { min: 2 }),
  // habitual participle: «келетін» is «кел» + «-етін», not «келет» + «-і» + «-н»
  ...pair('атын', 'етін', CONS),
  ...pair('йтын', 'йтін', V, { verbVowel: true }),
]);

// 3rd-person possessive followed by an «н» case form: written together so the bare «-н» is never taken alone.
const POSS3_N_CASES: Array<[string, string, number?]> = [
  ['ның', 'нің'],
  ['на', 'не'],
  ['нда', 'нде'],
  ['нан', 'нен'],
  ['ндағы', 'ндегі'],
  ['н', 'н', 4], // accusative «-н»: «жоспарын», but not «орын», «бүгін», «жақын»
];

const CASE = byLength([
  // genitive / accusative
  ...pair('ның', 'нің', V + NASAL),
  ...pair('дың', 'дің', SONOR),
  ...pair('тың', 'тің', VOICELESS),
  ...pair('ны', 'ні', V),
  ...pair('ды', 'ді', SONOR + NASAL),
  ...pair('ты', 'ті', VOICELESS),
  // dative / locative / locative attributive / temporal
  ...pair('ға', 'ге', VU + VOICED),
  ...pair('қа', 'ке', VOICELESS),
  ...pair('да', 'де', VU + VOICED),
  ...pair('та', 'те', VOICELESS),
  ...pair('дағы', 'дегі', VU + VOICED),
  ...pair('тағы', 'тегі', VOICELESS),
  // temporal «-ғы» only after a consonant: after a vowel it is the possessive of a «-қ» stem («-лығы» = «-лық» + «-ы»)
  ...pair('ғы', 'гі', 'лрмнңжз'),
  ...pair('қы', 'кі', VOICELESS),
  // ablative
  ...pair('дан', 'ден', VU + SONOR),
  ...pair('нан', 'нен', NASAL),
  ...pair('тан', 'тен', VOICELESS),
  // instrumental: no vowel harmony (always «е»)
  plain('мен', VU + VOICED),
  plain('менен', VU + VOICED),
  plain('бен', 'жзмнңл'),
  plain('бенен', 'жзмнңл'),
  plain('пен', VOICELESS),
  plain('пенен', VOICELESS),
  // possessive 3rd person + «н» case
  ...POSS3_N_CASES.flatMap(([back, front, min]) => [
    ...pair('ы' + back, 'і' + front, CONS, min ? { min } : {}),
    ...pair('сы' + back, 'сі' + front, V, min ? { min: min - 1 } : {}),
  ]),
]);

const POSSESSIVE = byLength([
  ...pair('ы', 'і', CONS),
  ...pair('сы', 'сі', V),
  ...pair('ымыз', 'іміз', CONS),
  ...pair('мыз', 'міз', V),
  ...pair('ыңыз', 'іңіз', CONS),
  ...pair('ңыз', 'ңіз', V),
]);

const PLURAL = byLength([
  ...pair('лар', 'лер', VU + 'р'),
  ...pair('дар', 'дер', 'лмнңжз'),
  ...pair('тар', 'тер', VOICELESS),
]);

const NONFINITE = byLength([
  ...pair('ған', 'ген', VU + VOICED, { verbVowel: true }),
  ...pair('қан', 'кен', VOICELESS, { verbVowel: true }),
  ...pair('ып', 'іп', CONS, { min: 2 }),
  plain('у', VOICELESS + 'лрмнңжз', { min: 2 }),
]);

/** Back, front or either: the class of the last vowel of a stem. */
function stemHarmony(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem[i]!;
    if (BACK.has(ch)) return 'back';
    if (FRONT.has(ch)) return 'front';
    // «е» after a vowel is the «йе» of a Russian surname (Тоқаев → «Тоқаевқа»): either class.
    if (ch === 'е') return i > 0 && VOWELS.has(stem[i - 1]!) ? 'any' : 'front';
    if (ch === 'и' || ch === 'у' || ch === 'ю') return 'any';
  }
  return 'any';
}

function hasVowel(s: string): boolean {
  for (const ch of s) if (VOWELS.has(ch) || ch === 'у') return true;
  return false;
}

/** Long enough to be a root: a vowel and 3 letters, or vowel + consonant («ел», «үй»). */
function rootSized(stem: string, min = 3): boolean {
  if (!hasVowel(stem)) return false;
  if (stem.length >= min) return true;
  return min <= 3 && stem.length === 2 && VOWELS.has(stem[0]!) && !VOWELS.has(stem[1]!);
}

const DEVOICE: Record<string, string> = { ғ: 'қ', г: 'к', б: 'п' };

/** A final қ/к/п is voiced before a vowel («министрлік» → «министрлігі», «кітап» → «кітабы»): undo it. */
function devoiced(rest: string, suffix: Suffix): string {
  if (!VOWELS.has(suffix.text[0]!)) return rest;
  const last = DEVOICE[rest[rest.length - 1]!];
  return last ? rest.slice(0, -1) + last : rest;
}

function fits(stem: string, s: Suffix): boolean {
  if (!rootSized(stem, s.min)) return false;
  if (s.after !== undefined && !s.after.includes(stem[stem.length - 1]!)) return false;
  if (s.harmony !== 'any') {
    const h = stemHarmony(stem);
    if (h !== 'any' && h !== s.harmony) return false;
  }
  // «Қазақстан», «Өзбекстан»: the place-name ending «-стан» is not «-с» + ablative «-тан».
  if ((s.text === 'тан' || s.text === 'тен') && stem.endsWith('с')) return false;
  return true;
}

/** Strip the longest fitting suffix of one slot; the word itself when none fits. */
function stripSlot(word: string, slot: readonly Suffix[]): { rest: string; suffix?: Suffix } {
  for (const s of slot) {
    if (word.length > s.text.length && word.endsWith(s.text)) {
      const rest = word.slice(0, -s.text.length);
      if (fits(rest, s)) return { rest: devoiced(rest, s), suffix: s };
    }
  }
  return { rest: word };
}

const STEM_VOWELS = 'аеыі';

/** Every stem from the word itself to the deepest, in stripping order (deduplicated). */
export function kazakhStems(word: string): string[] {
  const w = word.toLowerCase();
  if (!KAZAKH_WORD.test(w)) return [w];
  const out = [w];
  const push = (s: string): void => {
    if (s !== out[out.length - 1]) out.push(s);
  };
  let cur = stripSlot(w, PREDICATIVE).rest;
  push(cur);
  const finite = stripSlot(cur, FINITE);
  if (finite.suffix) {
    push(finite.rest);
    dropStemVowel(finite.rest, finite.suffix, push);
    return out;
  }
  for (const slot of [CASE, POSSESSIVE, PLURAL]) {
    cur = stripSlot(cur, slot).rest;
    push(cur);
  }
  // «-ю» is «й» + «-у» in Kazakh spelling: «қою» (putting) belongs with «қойды» (put).
  if (cur.endsWith('ю') && rootSized(cur.slice(0, -1) + 'й')) {
    push(cur.slice(0, -1) + 'й');
    return out;
  }
  const nonfinite = stripSlot(cur, NONFINITE);
  if (nonfinite.suffix) {
    push(nonfinite.rest);
    dropStemVowel(nonfinite.rest, nonfinite.suffix, push);
  }
  return out;
}

/** «жаса-ған», «жаса-йтын» → «жас», as «жасады» (= «жас» + «-ады») already gives. */
function dropStemVowel(stem: string, suffix: Suffix, push: (s: string) => void): void {
  if (suffix.verbVowel && STEM_VOWELS.includes(stem[stem.length - 1]!) && rootSized(stem.slice(0, -1))) push(stem.slice(0, -1));
}

/** The stem of a lowercase Kazakh word: all recognised inflection removed. Non-Kazakh words come back unchanged. */
export function stemKazakh(word: string): string {
  const stems = kazakhStems(word);
  return stems[stems.length - 1]!;
}

// The slots of endings that can follow a hyphen («АҚШ-тың», «ЕО-ға», «Wabtec-пен», «АҚШ-тағы»), in their order.
const HYPHEN_SLOTS: ReadonlyArray<readonly string[]> = [PLURAL, POSSESSIVE, CASE, PREDICATIVE].map((slot) => slot.map((s) => s.text));

/** Whether `text` is a stack of endings from the first `slots` slots, each used at most once, in order (read from the end). */
function isEndingStack(text: string, slots: number): boolean {
  if (!text) return true;
  if (slots === 0) return false;
  const slot = HYPHEN_SLOTS[slots - 1]!;
  return isEndingStack(text, slots - 1) || slot.some((ending) => text.endsWith(ending) && isEndingStack(text.slice(0, -ending.length), slots - 1));
}

/**
 * A token made only of Kazakh endings, as the tokenizer leaves after a hyphen («тың» of «АҚШ-тың»).
 * Use it on a token that followed a hyphen: alone, «мен», «да», «не» are also words (and, also, what),
 * though function words either way.
 */
export function isKazakhSuffix(token: string): boolean {
  return token.length >= 2 && isEndingStack(token.toLowerCase(), HYPHEN_SLOTS.length);
}
