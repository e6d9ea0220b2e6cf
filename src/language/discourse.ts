import type { Lang } from './lang.js';
import { isStopword } from './stopwords.js';

/**
 * Words that open a sentence continuing the previous one's subject: pronouns, demonstratives and
 * connectives ("It will…", «При этом…», «Той…», "Ezek között…", «Сондай-ақ…»).
 */
const OPENERS: Record<Lang, string[]> = {
  en: ['he', 'she', 'it', 'they', 'this', 'these', 'that', 'those', 'its', 'their', 'his', 'her', 'also', 'moreover', 'besides', 'in addition', 'additionally', 'furthermore', 'such', 'there', 'then', 'the company', 'the deal', 'the agreement', 'under it', 'under the'],
  ru: ['он', 'она', 'оно', 'они', 'это', 'эти', 'этот', 'эта', 'его', 'ее', 'её', 'их', 'также', 'кроме того', 'при этом', 'в том числе', 'там', 'тогда', 'таким образом', 'помимо этого', 'в частности', 'документ', 'документы', 'компания', 'сделка', 'соглашение'],
  bg: ['той', 'тя', 'то', 'те', 'това', 'тези', 'този', 'тази', 'неговите', 'също', 'освен това', 'така', 'там', 'компанията', 'сделката', 'споразумението'],
  hu: ['ő', 'ők', 'ez', 'ezek', 'az', 'azok', 'ezzel', 'emellett', 'továbbá', 'valamint', 'ennek', 'ezt', 'így', 'ott', 'a cég', 'a megállapodás', 'a gépeket', 'a társaság'],
  kk: ['ол', 'олар', 'бұл', 'осы', 'сондай-ақ', 'сонымен қатар', 'оның', 'олардың', 'сол', 'компания', 'келісім'],
};

const PATTERNS: Record<Lang, RegExp> = Object.fromEntries(
  (Object.keys(OPENERS) as Lang[]).map((lang) => [lang, new RegExp(`^[\\s«"„“(—–-]*(?:${OPENERS[lang].join('|')})(?![\\p{L}])`, 'iu')]),
) as Record<Lang, RegExp>;

// "За этот период…", "During this time…", "Ezalatt…": a demonstrative among the first words points back.
const DEMONSTRATIVE: Record<Lang, RegExp> = {
  en: /^(?:\S+\s+){0,2}(?:this|these|that|those|such)\s/iu,
  ru: /^(?:\S+\s+){0,2}(?:этот|эта|это|эти|этого|этой|этом|этим|этих|такой|такие|тот|того|том)\s/iu,
  bg: /^(?:\S+\s+){0,2}(?:този|тази|това|тези|този|такъв|такива|онзи)\s/iu,
  hu: /^(?:\S+\s+){0,2}(?:ez|ezek|ezt|ennek|ebben|ezalatt|azóta|ilyen|e)\s/iu,
  kk: /^(?:\S+\s+){0,2}(?:бұл|осы|сол|мұндай|бұның|осының)\s/iu,
};

/** Whether a sentence opens as the continuation of the one before it (a pronoun, an ellipsis, a connective). */
export function opensContinuation(sentence: string, lang: Lang): boolean {
  return /^[\s«"„“]*(?:…|\.\.\.)/u.test(sentence) || PATTERNS[lang].test(sentence) || DEMONSTRATIVE[lang].test(sentence);
}

/**
 * A reference back to someone quoted before, without naming them: «По его словам», «Как считает политолог»,
 * «—отметил эксперт», "the analyst said", «szerinte», «по думите му», «оның айтуынша».
 */
const SPEAKER_REFERENCE: Record<Lang, RegExp> = {
  en: /\b(?:according to (?:him|her|them|the (?:expert|analyst|political scientist))|in (?:his|her|their) (?:view|words|opinion)|(?:he|she|they) (?:said|says|added|noted|stressed|believes?|thinks?|argued|explained)|the (?:expert|analyst|political scientist|economist) (?:said|says|added|noted|stressed|believes|thinks|argued|explained))\b/iu,
  ru: /(?:по (?:его|ее|её|их) (?:словам|мнению|оценке|данным)|как (?:считает|отметил|подчеркнул|полагает|пояснил|добавил) (?:политолог|эксперт|аналитик|экономист|он|она)|(?:отметил|подчеркнул|добавил|заявил|пояснил|считает|уверен)[аи]?\s+(?:политолог|эксперт|аналитик|экономист)|(?:политолог|эксперт|аналитик|экономист) (?:отметил|подчеркнул|добавил|заявил|пояснил|считает|уверен|полагает))/iu,
  bg: /(?:по (?:думите|мнението|оценката) му|по (?:думите|мнението) (?:ѝ|им)|според (?:него|нея|тях|експерта|анализатора|политолога)|(?:каза|добави|подчерта|отбеляза|смята|заяви)\s+(?:той|тя|експертът|анализаторът|политологът))/iu,
  hu: /(?:szerinte|szerintük|véleménye szerint|a (?:szakértő|politológus|elemző) szerint|(?:mondta|tette hozzá|hangsúlyozta|jegyezte meg|véli) (?:a (?:szakértő|politológus|elemző)|ő))/iu,
  kk: /(?:оның (?:айтуынша|пікірінше|сөзінше)|(?:сарапшы|саясаттанушы|талдаушы)(?:ның)? (?:айтуынша|пікірінше|сөзінше)|деді (?:сарапшы|саясаттанушы)|(?:сарапшы|саясаттанушы) (?:атап өтті|айтты|деп санайды))/iu,
};

/** Whether a paragraph refers back to the person quoted before it rather than naming them. */
export function refersToSpeaker(text: string, lang: Lang): boolean {
  return SPEAKER_REFERENCE[lang].test(text);
}

/** "also", «также», «също», «is», «сондай-ақ»: a sentence that adds to what was said ("what else…" is answered by it). */
const ADDITION: Record<Lang, RegExp> = {
  en: /\b(?:also|too|as well|in addition|additionally|furthermore|moreover)\b/iu,
  ru: /(?:^|[^\p{L}])(?:также|тоже|кроме того|помимо этого|еще|ещё)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:също|освен това|още|и допълнително)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:is|továbbá|emellett|szintén|ezenkívül)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])(?:сондай-ақ|сонымен қатар|тағы|бұған қоса)(?![\p{L}])/iu,
};

/**
 * The conditional mood: what would be, if («если такой визит состоится», «стало бы», "would", «ha … látogatna»,
 * «ако», «егер … келсе»). A question asked so is answered by a passage that speaks so.
 */
const HYPOTHETICAL: Record<Lang, RegExp> = {
  en: /\b(?:would|were to|if)\b/iu,
  ru: /(?:^|[^\p{L}])(?:бы|б|если|в случае)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:би|бих|биха|бихме|ако|евентуално|евентуален|евентуална)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:ha|hogyha|amennyiben|lenne|lennének|volna)(?![\p{L}])/iu,
  // (The conditional «-са/-се» of a verb, «келсе»; not «әсіресе», especially.)
  kk: /(?:^|[^\p{L}])(?:егер|болса|болар еді)(?![\p{L}])|\p{L}{3,}(?<!әсіре)(?:са|се)(?![\p{L}])/iu,
};

/**
 * What is yet to come: "will", "next", «будет», «следующий», «ще», «следващ», «fog», «következő», «келесі», a Kazakh
 * intention («қол қоймақ»); and what must yet be ("by when must it be ready",
 * «трябва да са готови»; not "I need to know", «tudnom kell», which only frame).
 */
const FUTURE: Record<Lang, RegExp> = {
  // ("When *should* the jets arrive?", «Когда Казахстан *должен получить*…»: what ought to happen is yet to come; not
  // "should have", «должен был».)
  en: /\b(?:will|won't|shall|going to|next|upcoming|planned|scheduled|expected|due to|should(?![^?.!]*\bhave\b)|(?:must|ha(?:ve|s)\s+to)\s+be)\b/iu,
  ru: /(?:^|[^\p{L}])(?:будет|будут|буду|станет|станут|следующ\p{L}*|предстоящ\p{L}*|планиру\p{L}*|ожида\p{L}*|собира\p{L}*(?:ся|сь)|должн\p{L}*(?!\s+был))(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:ще|следващ\p{L}*|предстоящ\p{L}*|планира\p{L}*|очаква\p{L}*|трябва\s+да\s+(?:са|е|бъдат|бъде))(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:fog|fogja|fogják|fognak|következő|tervez\p{L}*|várható\p{L}*|majd|kell\s+(?:lennie|lenniük|elkészülnie|elkészülniük)|(?:lennie|lenniük|elkészülnie|elkészülniük)\s+kell)(?![\p{L}])/iu,
  // (A Kazakh «-мақ/-мек» intent is the future, «келмек»; not the nouns that end so, «көмек» help, «еңбек» labour.)
  kk: /(?:^|[^\p{L}])(?:келесі|алдағы|жоспар\p{L}*|күтіл\p{L}*|болуы\s+(?:тиіс|керек))(?![\p{L}])|(?<![\p{L}])(?!(?:тамақ|сабақ|табақ|көмек|еңбек|демек)(?![\p{L}]))\p{L}{2,}(?:мақ|мек|бақ|бек|пақ|пек)(?![\p{L}])/iu,
};

/** "Earlier", «ранее», «по-рано», «korábban», «бұған дейін»: what a report tells of before its day. */
const EARLIER: Record<Lang, RegExp> = {
  en: /\b(?:earlier|previously|before that|last (?:week|month|year))\b/iu,
  ru: /(?:^|[^\p{L}])(?:ранее|раньше|прежде|накануне|до этого)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:по-рано|преди това|предишн\p{L}*|вчера)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:korábban|előzőleg|azt megelőzően|tegnap)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])(?:бұған дейін|бұрын|ертеректе|кеше)(?![\p{L}])/iu,
};

/** Whether a passage tells of something before the day it is reported. */
export function tellsOfEarlier(text: string, lang: Lang): boolean {
  return EARLIER[lang].test(text);
}

/**
 * Whether a text asks of what is yet to come, not of what was done: by its tense or its words, not by the Kazakh
 * participle in «-атын», which may tell what is to come («болатын») but as often only relates («оқытатын орталық»).
 */
export function speaksOfFuture(text: string, lang: Lang): boolean {
  return FUTURE[lang].test(text);
}

/** "If we compare X with Y, …", «Если сравнить…», «Ha összevetjük…»: a way to set two facts side by side, no supposition. */
const IF_COMPARED: Record<Lang, RegExp> = {
  en: /\bif\s+(?:we\s+|you\s+|one\s+)?(?:compare|compared|comparing|set\s+side\s+by\s+side)\b/giu,
  ru: /(?:^|[^\p{L}])(?:если|коли)\s+(?:мы\s+)?сравн\p{L}*/giu,
  bg: /(?:^|[^\p{L}])ако\s+(?:се\s+)?сравн\p{L}*/giu,
  hu: /(?:^|[^\p{L}])ha\s+(?:össze(?:vet|hasonlít)\p{L}*|\p{L}+\s+össze(?:vet|hasonlít)\p{L}*)/giu,
  kk: /(?:^|[^\p{L}])егер\s+(?:\p{L}+\s+){0,3}?салыстыр\p{L}*/giu,
};

/** Whether a text speaks of what would be, not of what is or was. */
export function isHypothetical(text: string, lang: Lang): boolean {
  return HYPOTHETICAL[lang].test(text.replace(IF_COMPARED[lang], ' '));
}

/** Whether a sentence adds something to what was said before it. */
export function addsToWhatWasSaid(text: string, lang: Lang): boolean {
  return ADDITION[lang].test(text);
}

// "and", «и», «és», «және»: what joins one more item to a list.
const AND: Record<Lang, RegExp> = {
  en: /\b(?:and|as well as)\b/giu,
  ru: /(?:^|[^\p{L}])(?:и|а также)(?![\p{L}])/giu,
  bg: /(?:^|[^\p{L}])(?:и|както и)(?![\p{L}])/giu,
  hu: /(?:^|[^\p{L}])(?:és|valamint)(?![\p{L}])/giu,
  kk: /(?:^|[^\p{L}])(?:және|мен|пен|бен)(?![\p{L}])/giu,
};
/** A clause ends at a full stop, a semicolon or a colon. */
const CLAUSE_END = /[.;:!?]/u;

/** Where the first "and" after offset `from` of a text ends, in the same clause; -1 when there is none. */
export function andAfter(text: string, from: number, lang: Lang): number {
  const rest = text.slice(from);
  const end = rest.search(CLAUSE_END);
  const clause = end < 0 ? rest : rest.slice(0, end);
  const match = [...clause.matchAll(AND[lang])][0];
  return match ? from + match.index + match[0].length : -1;
}

/**
 * A figure several parties reach together: "together", "combined", "in total", «вместе», «в общей сложности»,
 * «общо», «заедно», «együttesen», «összesen», «бірлесіп», «барлығы». Told apart from one party's own figure.
 */
const TOGETHER: Record<Lang, RegExp> = {
  en: /\b(?:together|combined|collectively|jointly|in total|all told|between them)\b/iu,
  ru: /(?:^|[^\p{L}])(?:вместе|совместно|сообща|в совокупности|в общей сложности|в сумме|суммарно|всего)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:заедно|съвместно|общо|общо взето|в съвкупност|всичко)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:együtt|együttesen|közösen|összesen|összességében|mindösszesen)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])(?:бірге|бірлесіп|бірлесе|барлығы|жиыны|жалпы алғанда|жиынтығында)(?![\p{L}])/iu,
};

/** Whether a text speaks of what several reach together, or of a total. */
export function speaksOfTogether(text: string, lang: Lang): boolean {
  return TOGETHER[lang].test(text);
}

/**
 * Words that point back to something named before: "when did *it* start", «сколько *они* вложили», «ez mikor
 * nyílt», «*ол* қашан ашылды». (Hungarian «az» is also the article, so only its other forms count.)
 */
const POINTING_BACK: Record<Lang, RegExp> = {
  en: /\b(?:it|its|they|them|their|he|him|his|she|her|this|these|those|there)\b/iu,
  ru: /(?:^|[^\p{L}])(?:он|она|оно|они|его|её|ее|их|ему|ей|им|нём|нем|ней|них|это|этот|эта|эти|этого|этой|этих|там|туда)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:той|тя|то|те|него|нея|тях|му|ѝ|им|това|този|тази|тези|там)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:ő|ők|őt|őket|ez|ezt|ennek|ebben|ezek|azt|annak|abban|azok|ott|oda)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])(?:ол|олар|оны|оның|олардың|оған|онда|бұл|осы|сол|мұнда)(?![\p{L}])/iu,
};

/** Whether a sentence points back to what an earlier one named. */
export function pointsBack(sentence: string, lang: Lang): boolean {
  return POINTING_BACK[lang].test(sentence);
}

/** English verbs of saying, which the stopword list drops ("tell me about…" asks; it quotes nobody). */
const SAY_EN = /\b(?:say|says|said|told)\b|\btells?\b(?!\s+(?:me|us)\b)/iu;

/** Whether an English text speaks of saying ("what did he say", "told"), which no concept of the lexicon marks. */
export function saysInEnglish(text: string): boolean {
  return SAY_EN.test(text);
}

/**
 * "talked with", «говорил с», «разговаря със», «beszélt … -val», «сөйлесті», "with which … did he talk" («С коя
 * институция … е говорил»), or asked what about («за какво е говорил», «о чём говорил», «miről beszélt», «не туралы
 * айтты», "what did he talk about"): a conversation, not words quoted.
 */
const TALKED_WITH = /(?:^|[^\p{L}])(?:за какво|о ч[её]м|miről|не туралы)(?![\p{L}])|\bwhat\b[^?.]*\b(?:talk(?:s|ed)?|spoke|speak)\s+about\b|\b(?:talk(?:s|ed)?|spoke|speak(?:s|ing)?)\s+(?:with|to)\b|(?:^|[^\p{L}])(?:говорил\p{L}*|разговаривал\p{L}*|беседовал\p{L}*|говори\p{L}*|разговаря\p{L}*)\s+(?:с|со|със)\s|(?:^|[^\p{L}])(?:с|со|със)\s+\p{L}+\s+(?:говорил\p{L}*|разговаривал\p{L}*|беседовал\p{L}*|говори\p{L}*|разговаря\p{L}*)(?![\p{L}])|beszél\p{L}*\s+\p{L}+(?:val|vel)(?![\p{L}])|сөйлес|\bwith\s+(?:whom|which|what)\b[^?.]*\b(?:talk(?:s|ed)?|spoke|speak)\b|(?:^|[^\p{L}])(?:с|со|със)\s+(?:кем|каким|какой|какою|какими|кой|коя|кое|кои|кого)\s[^?.]*(?:говорил\p{L}*|разговаривал\p{L}*|говори\p{L}*|разговаря\p{L}*)/iu;

/** Whether a text speaks of talking with someone (in any of the five languages). */
export function talksWith(text: string): boolean {
  return TALKED_WITH.test(text);
}


/** "With": a word before the name (English, Russian, Bulgarian) or a case ending on it (Kazakh «Гормен», Hungarian «Gorral»). */
const WITH_BEFORE: Partial<Record<Lang, string>> = { en: 'with', ru: 'с|со', bg: 'с|със' };
const WITH_ENDING: Partial<Record<Lang, RegExp>> = { kk: /(?:мен|пен|бен)$/u, hu: /(?:val|vel|([bcdfghjklmnprstvz])\1(?:al|el))$/u };

/** Whether a name stands as whom someone was with («в беседе с Гором», «Гормен әңгіме барысында»), not as who acted. */
export function namedAsCompany(question: string, word: string, lang: Lang): boolean {
  if (WITH_ENDING[lang]?.test(word.toLowerCase())) return true;
  const before = WITH_BEFORE[lang];
  if (!before) return false;
  const escaped = escapeRegExp(word);
  return new RegExp(`(?:^|[^\\p{L}])(?:${before})\\s+(?:\\p{L}+\\s+)?${escaped}(?![\\p{L}])`, 'iu').test(question);
}

/**
 * The words a question names a side by, "on behalf of Mars", «со стороны министерства», «от името на Mars», «kazah
 * részről», «Mars компаниясы атынан», "who from Boeing", «кто из боинга»: whom someone asked for acted for. The
 * side's words stand after the marker in English, Russian and Bulgarian, and before it in Hungarian and Kazakh.
 */
const SIDE_BEFORE = /(?:^|[^\p{L}])(?:on behalf of|on the part of|from the side of|who from|со стороны|с\s+(\p{L}+)\s+стороны|(?:for|on|from)\s+the\s+(\p{L}+)\s+side|от\s+(\p{L}+)\s+страна|от имени|от името на|от страна на|(?:кто|кой)(?:\s+(?:именно|конкретно|точно|же))?\s+(?:из|от))(?:\s+(?:the\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?))?/dgiu;
const SIDE_AFTER = /(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)[-\s](?:részéről|részről|nevében|атынан|тарапынан)(?![\p{L}])/dgiu;
export function sideWords(text: string): string[] {
  const side = sidePhrase(text)?.side;
  return side ? side.split(/\s+/u).map((w) => w.toLowerCase()) : [];
}

/**
 * Where the words that mark a side stand («с казахстанской *стороны*», "*on behalf of* Mars", «kazah *részről*»): the
 * side phrase's words outside the words it captures (the side, the words after it).
 */
export function sideMarkerSpans(text: string): Array<[number, number]> {
  const match = sidePhrase(text)?.match;
  if (!match) return [];
  const captured = (match.indices ?? []).slice(1).filter((span): span is [number, number] => span !== undefined).sort((a, b) => a[0] - b[0]);
  const spans: Array<[number, number]> = [];
  let from = match.index;
  for (const [start, end] of captured) {
    if (start > from) spans.push([from, start]);
    from = Math.max(from, end);
  }
  const end = match.index + match[0].length;
  return from < end ? [...spans, [from, end]] : spans;
}

/** The last side phrase of a text, and the side it names, if it names one. */
function sidePhrase(text: string): { match: RegExpExecArray; side: string | undefined } | undefined {
  // (The last side named: «Қазақстан атынан … Нағаспаев қол қойды, ал АҚШ тарапынан кім?» asks the US side's.)
  const last = <T extends RegExpExecArray>(matches: Iterable<T>) => [...matches].at(-1);
  const before = last(text.matchAll(SIDE_BEFORE));
  const after = last(text.matchAll(SIDE_AFTER));
  // («с казахстанской стороны»: the adjective inside the phrase is the side.)
  if (before && (!after || before.index > after.index)) return { match: before, side: before[1] ?? before[2] ?? before[3] ?? before[4] };
  return after && { match: after, side: after[1] };
}

/**
 * Where a place stands as the place of something: after "in", «в», «във», or with a locative ending («-ban», «-да»); or
 * where a diplomat is posted ("ambassador *to* Pakistan").
 */
const IN_BEFORE: Partial<Record<Lang, string>> = { en: 'in(?:\\s+the)?|(?:ambassador|envoy|embassy|consul)s?\\s+to', ru: 'в|во', bg: 'в|във' };
const LOCATIVE_ENDING: Partial<Record<Lang, RegExp>> = { hu: /(?:ban|ben)$/u, kk: /(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі|ндағы|ндегі)$/u };
/** A place's adjective, which tells whose or where something is («пакистанский посол», «pakisztáni», «пәкістандық»). */
const ADJECTIVE_ENDING: Partial<Record<Lang, RegExp>> = { ru: /ск\p{L}{1,3}$/u, bg: /ск\p{L}{0,3}$/u, hu: /i$/u, kk: /(?:лық|лік|дық|дік|тық|тік)$/u };

/**
 * Whether a place a question names tells where something is or happened ("signed *in Germany*", «Германияда»), or
 * whose it is («pakisztáni nagykövet»), rather than naming a party ("did Germany sign", «Magyarország kötött»): a
 * yes/no question checks such a place as a claim. (`adjective`: whether a place's adjective counts.)
 */
export function placesSomething(question: string, word: string, lang: Lang, adjective = true): boolean {
  if (LOCATIVE_ENDING[lang]?.test(word) || (adjective && ADJECTIVE_ENDING[lang]?.test(word))) return true;
  const before = IN_BEFORE[lang];
  if (!before) return false;
  const escaped = escapeRegExp(word);
  return new RegExp(`(?:^|[^\\p{L}])(?:${before})\\s+${escaped}(?![\\p{L}])`, 'iu').test(question);
}

/** "…, or the other way round?", «… или обратното?», «…, vagy fordítva?»: a choice between things the text names (not "or not"). */
const OR_WORDS = 'or|или|либо|vagy|avagy|әлде|немесе';
// («то ли в Алматы, *то ли* в Алатау»: the second of a Russian "either… or" offers the other option.)
const EITHER_OR = String.raw`то\s+ли\s[^.?!]*?,\s*то\s+ли\s`;
const CHOICE = new RegExp(`(?:^|[^\\p{L}])(?:(?:${OR_WORDS})\\s+(?!not\\b|нет\\b|не\\s|nem\\b|жоқ|емес)\\p{L}|${EITHER_OR})`, 'iu');

/** Whether a text offers a choice between things it names ("Wabtec or Boeing"), not "or not". */
export function offersChoice(text: string): boolean {
  return CHOICE.test(text);
}

/** Question particles that close or open each option of a choice («Үндістан ба, әлде Пәкістан ба?», «то ли Алматы»). */
const CHOICE_PARTICLE = /^(?:ма|ме|ба|бе|па|пе|ли)$/u;
const OR_WORD = new RegExp(`^(?:${OR_WORDS})$`, 'u');

/**
 * The options a choice offers, each as its words, lowercased: the word on each side of its "or" ("— India *or*
 * Pakistan?", "in Astana or in Tashkent"), or the whole name there ("— *Cleveland Clinic* or *Mount Sinai*?").
 */
export function choiceOptions(text: string, lang: Lang): string[][] {
  const found = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  const words = found.map((m) => m[0].toLowerCase());
  const capitalised = (i: number) => /^\p{Lu}/u.test(found[i]?.[0] ?? '');
  // (A capitalised word is a name's, though a stopword list has it: "…or with *General* Electric?"; not the word that
  // opens a sentence, «В Индии…».)
  const opensSentence = (i: number) => /(?:^|[.?!…])[^\p{L}\p{N}]*$/u.test(text.slice(0, found[i]!.index));
  const skipped = (i: number) => CHOICE_PARTICLE.test(words[i]!) || (isStopword(words[i]!, lang) && (!capitalised(i) || opensSentence(i)));
  // (Two capitalised words a space apart, within a name: not across a question mark.)
  // (Or a hyphen: «в *Нью-Йорке* или в Бостоне?».)
  const oneName = (i: number) => capitalised(i) && capitalised(i + 1) && /^(?:\s+|-)$/u.test(text.slice(found[i]!.index! + found[i]![0].length, found[i + 1]!.index));
  const options: string[][] = [];
  // (The second «то ли» of a pair is the "or": «то ли Алматы, *то ли* Алатау».)
  const eitherOr = (i: number) => words[i] === 'то' && words[i + 1] === 'ли' && words.slice(0, i - 1).some((w, k) => w === 'то' && words[k + 1] === 'ли');
  words.forEach((w, i) => {
    if (!OR_WORD.test(w) && !eitherOr(i)) return;
    let before = i - 1;
    while (before >= 0 && skipped(before)) before--;
    let after = i + 1;
    while (after < words.length && skipped(after)) after++;
    let from = before;
    while (from > 0 && oneName(from - 1) && !skipped(from - 1)) from--;
    let to = after;
    while (to + 1 < words.length && oneName(to) && !skipped(to + 1)) to++;
    if (before >= 0) options.push(words.slice(from, before + 1));
    if (after < words.length) options.push(words.slice(after, to + 1));
  });
  return options;
}

/**
 * "…— Ortberg *or someone else*?", «…или в другой стране?», «…vagy valaki mást?», «…ма, әлде басқа елде ме?»: a choice
 * whose other option is any other one, so the option it names is a guess the answer confirms or rules out.
 */
const ANOTHER_ONE: Record<Lang, RegExp> = anotherOneAtEnd({
  en: String.raw`\bor\s+(?:[\p{L}'’]+\s+){0,2}?(?:someone|somebody|anyone|anybody|somewhere|anywhere|elsewhere|another|other|different)`,
  ru: String.raw`(?:^|[^\p{L}])(?:или|либо)\s+(?:[\p{L}-]+\s+){0,2}?(?:друг(?:ой|ого|ому|им|ом|ая|ую|ие|их|ое)|ин(?:ой|ым|ом|ая|ую|ое|ые|ых)|(?:кто|кого|кем|кому|где|куда)-(?:то|нибудь|либо)|что-(?:то|нибудь)\s+(?:такое|подобное|в этом роде))`,
  bg: String.raw`(?:^|[^\p{L}])или\s+(?:[\p{L}-]+\s+){0,2}?(?:друг(?:а|о|и)?|някой|някого|някоя|другаде|нещо\s+(?:такова|подобно))`,
  hu: String.raw`(?:^|[^\p{L}])vagy\s+(?:[\p{L}-]+\s+){0,2}?(?:más(?:ik|ikat|ikkal|ikban|t|ok|ra|sal|ol|hol|utt)?|valaki\p{L}*|valami\s+(?:ilyesmi|ilyen|hasonló))`,
  kk: String.raw`(?:^|[^\p{L}])(?:әлде|немесе)\s+(?:[\p{L}-]+\s+){0,2}?(?:басқа\p{L}*|біреу\p{L}*)`,
});
/** (The other one closes its sentence, a word or two after it: "…or someone else?", not "…or another firm sign a deal?".) */
function anotherOneAtEnd(patterns: Record<Lang, string>): Record<Lang, RegExp> {
  return Object.fromEntries(Object.entries(patterns).map(([lang, p]) => [lang, new RegExp(String.raw`${p}(?![\p{L}])(?:\s+[\p{L}-]+){0,2}\s*(?:[?!.…]|$)`, 'iu')])) as Record<Lang, RegExp>;
}

/** Whether a text offers a choice whose other option is any other one ("…— Ortberg or someone else?"). */
export function offersAnotherOne(text: string, lang: Lang): boolean {
  return ANOTHER_ONE[lang].test(text);
}

/** The words of the options a choice offers against any other one ("— *Marco Rubio* or someone else?"), lowercased. */
export function doubtedOptions(text: string, lang: Lang): string[] {
  const other = ANOTHER_ONE[lang].exec(text);
  if (!other) return [];
  // (Within its sentence: "…signed it? Or someone else?" offers no option of its own; the claim before is checked.)
  const orAt = other.index + /^[^\p{L}]*/u.exec(other[0])![0].length;
  const sentenceStart = Math.max(...['.', '?', '!'].map((mark) => text.lastIndexOf(mark, orAt))) + 1;
  const sentence = text.slice(sentenceStart, orAt).replace(/\s-\s/gu, ' — ');
  // (After a dash or a colon, the whole guess: "— *Chris Wright the energy secretary* or someone else?".)
  const dash = Math.max(...['—', '–', ':'].map((mark) => sentence.lastIndexOf(mark)));
  if (dash >= 0) return (sentence.slice(dash + 1).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !isStopword(w, lang));
  // (Else the option on its side of the "or": «…в Алмати, или е в друг *град*?» asks for a city.)
  const otherWords = new Set(other[0].toLowerCase().match(/[\p{L}\p{N}]+/gu));
  return choiceOptions(text.slice(sentenceStart), lang)
    .filter((option) => !option.some((w) => otherWords.has(w)))
    .flat();
}

/** A name as written: up to three capitalised words ("Carlyle", "the Carlyle Group", «Келли Ортберг»). */
const NAME = String.raw`((?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+){0,2}\p{Lu}[\p{L}\p{N}'’.&-]*)`;
/** Names joined by "or", "and", a comma: "Siemens or Alstom", «Алмати или Караганда». */
const JOINER = String.raw`,?\s+(?:or|and|nor|или|либо|и|vagy|és|немесе|мен|не)\s+`;
const NAMES = String.raw`(${NAME.slice(1, -1)}(?:${JOINER}${NAME.slice(1, -1)})*)`;
const JOINED = new RegExp(JOINER, 'u');
/** "Blackstone, not Carlyle", «а не с Carlyle», «не Alstom», «nem a Carlyle», «Alstom емес»: names the asker rules out. */
const NEGATED_NAME: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b[Nn]ot\s+(?:(?:with|from|by|in|at|to|for)\s+)?(?:the\s+)?${NAMES}`, 'gu'),
  ru: new RegExp(String.raw`(?:^|[^\p{L}])[Нн]е\s+(?:(?:с|со|в|во|на|от|у|из|для|к|ко)\s+)?${NAMES}`, 'gu'),
  bg: new RegExp(String.raw`(?:^|[^\p{L}])[Нн]е\s+(?:(?:с|със|в|във|на|от|за|при)\s+)?${NAMES}`, 'gu'),
  hu: new RegExp(String.raw`(?:^|[^\p{L}])[Nn]em\s+(?:(?:a|az)\s+)?${NAMES}`, 'gu'),
  kk: new RegExp(String.raw`${NAMES}\s+емес(?![\p{L}])`, 'gu'),
};
/**
 * "Rather than Siemens or Alstom", «вместо Siemens», «a Siemens helyett», «Siemens орнына»: names a question for a
 * name sets aside (in a why-question, "why Boeing rather than Airbus", they are what it compares).
 */
const INSTEAD_OF_NAME: Record<Lang, RegExp> = {
  en: new RegExp(String.raw`\b(?:rather than|instead of)\s+(?:the\s+)?${NAMES}`, 'gu'),
  ru: new RegExp(String.raw`(?:^|[^\p{L}])[Вв]место\s+${NAMES}`, 'gu'),
  bg: new RegExp(String.raw`(?:^|[^\p{L}])(?:[Вв]место|[Нн]авместо)\s+(?:на\s+)?${NAMES}`, 'gu'),
  hu: new RegExp(String.raw`(?:^|[^\p{L}])(?:a|az)\s+${NAMES}\s+helyett(?![\p{L}])`, 'gu'),
  kk: new RegExp(String.raw`${NAMES}\s+орнына(?![\p{L}])`, 'gu'),
};
const namesMatched = (text: string, pattern: RegExp) =>
  // (Case-sensitive, so that the name is capitalised; a full stop after it is no part of it.)
  [...text.matchAll(pattern)].flatMap((m) => m[1]!.split(JOINED)).map((name) => name.toLowerCase().replace(/[.'’&-]+$/u, '').split(/[\s-]+/u));

/**
 * The names a text rules out ("…Blackstone, not Carlyle"), each as its words, lowercased. (Not one it names elsewhere
 * too, which is what it asks about: "How much dearer was the Siemens offer, and why did *not* Siemens win?")
 */
export function negatedNames(text: string, lang: Lang): string[][] {
  const negated = namesMatched(text, NEGATED_NAME[lang]);
  const lower = text.toLowerCase();
  const times = (word: string) => (lower.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}`, 'gu')) ?? []).length;
  return negated.filter((name) => times(name[0]!) <= negated.filter((other) => other[0] === name[0]).length);
}

/** The names a text sets aside ("rather than Siemens or Alstom"), each as its words, lowercased. */
export function namesInsteadOf(text: string, lang: Lang): string[][] {
  return namesMatched(text, INSTEAD_OF_NAME[lang]);
}

/** "How many times bigger…", «во сколько раз», «hányszor», «неше есе»: a ratio of two figures. */
// («Во сколько *примерно* раз», «колко *точно* пъти»: a word may stand inside.)
const RATIO = /\bhow many times\b|во сколько(?:\s+\p{L}+)?\s+раз(?![\p{L}])|колко(?:\s+\p{L}+)?\s+пъти|hányszor|неше есе|қанша есе/iu;

/** Whether a question asks how many times one figure is another ("how many times bigger is X than Y?"). */
export function asksRatio(text: string): boolean {
  return RATIO.test(text);
}

/** A word as a literal in a regular expression. */
export const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The capitalised word right after a word of a text, which goes on a name ("New *York*", «New York*ban*»). */
export function nameWordAfter(text: string, word: string): string | undefined {
  const at = text.toLowerCase().search(new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u'));
  return at < 0 ? undefined : /^\s+(\p{Lu}\p{L}*)/u.exec(text.slice(at + word.length))?.[1];
}

/** An abbreviation in brackets right after the words it shortens: «корпорацией по финансированию развития (DFC)». */
const GLOSSED_ABBREVIATION = /[\p{L}\p{N}]\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]{1,7})\s*\)/gu;

/**
 * An abbreviation spelled out right after it: in brackets ("the DFC (Development Finance Corporation)"), after a word
 * that says so ("DFC, i.e. the…", «DFC-vel, vagyis az amerikai…», «DFC, то есть…»), after a dash, or in apposition
 * ("the DFC, the US…").
 */
const ABBREVIATION_GLOSSED_AFTER =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}&]{1,7})(?:-\p{Ll}+)?(?:\s*\(|\s*[,:]?\s*[—–-]\s|\s*,?\s*(?:i\.\s?e\.|that is|namely|то есть|т\.\s?е\.|тоест|а именно|vagyis|azaz|яғни)(?![\p{L}])|\s*,\s*(?:the|az?)\s)/gu;

/**
 * The abbreviations a text spells out, before or after them (lowercase): they add nothing to what it names (the words
 * that spell one out must be known: "Tesla (TSLA)" is no gloss of anything).
 */
export function glossedAbbreviations(text: string): { before: string[]; after: string[] } {
  return {
    before: [...text.matchAll(GLOSSED_ABBREVIATION)].map((m) => m[1]!.toLowerCase()),
    after: [...text.matchAll(ABBREVIATION_GLOSSED_AFTER)].map((m) => m[1]!.toLowerCase()),
  };
}

/**
 * A sentence that asks with a full stop, as a formal letter does: a request to tell («Просим уточнить, сколько…»,
 * "Please specify how many…", «Kérem, tájékoztasson…», «…көрсетуіңізді сұраймын»), or a question word opening it
 * (not a conjunction inside a statement: "I remember *when* the plant opened").
 */
const REQUEST: Record<Lang, RegExp> = {
  en: /\b(?:specify|indicate|confirm|clarify|tell me|let me know|remind me)\b/iu,
  ru: /(?:^|[^\p{L}])(?:уточни\p{L}*|сообщи\p{L}*|укажи\p{L}*|подтверди\p{L}*|напомни\p{L}*)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:уточнете|посочете|съобщете|потвърдете|кажете|напомнете)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:tájékozta[ts]\p{L}*|erősítse|adja meg|közölje|jelezze)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])(?:сұраймын|сұраймыз|көрсетіңіз|айтыңыз|нақтылаңыз)(?![\p{L}])/iu,
};
/**
 * The question words of each language. («что» and «mi» ask only opening a sentence: later, «что» is "that" after a verb
 * of saying, «mi» is "we".)
 */
const QUESTION_WORDS: Record<Lang, string> = {
  en: 'what|which|who|whom|whose|where|when|why|how',
  ru: 'кто|какой|какая|какое|какие|каков|какова|сколько|где|когда|куда|почему|зачем',
  bg: 'кой|коя|кое|кои|какво|какъв|каква|какви|колко|къде|кога|защо',
  hu: 'ki|kit|kik|mit|melyik|milyen|mekkora|mennyi|hány|hol|mikor|miért|hogyan',
  kk: 'кім|қандай|қай|қанша|неше|қашан|қайда|неге',
};
const OPENING_ONLY: Partial<Record<Lang, string>> = { ru: 'что', hu: 'mi' };
const ANY_QUESTION_WORD: ReadonlySet<string> = new Set(Object.values(QUESTION_WORDS).flatMap((words) => words.split('|')));
/** Whether a (lowercased) word asks a question in one of the five languages: "when", «когда», «mikor». */
export const isQuestionWord = (word: string) => ANY_QUESTION_WORD.has(word);
const openingWords = (lang: Lang) => [QUESTION_WORDS[lang], OPENING_ONLY[lang]].filter(Boolean).join('|');

/** A question word opening a sentence (a Kazakh one closes it: «…кім?»). */
const OPENING_QUESTION_WORD: Record<Lang, RegExp> = {
  en: new RegExp(`^\\W*(?:${openingWords('en')})\\b`, 'iu'),
  ru: new RegExp(`^[^\\p{L}]*(?:${openingWords('ru')})(?![\\p{L}])`, 'iu'),
  bg: new RegExp(`^[^\\p{L}]*(?:${openingWords('bg')})(?![\\p{L}])`, 'iu'),
  hu: new RegExp(`^[^\\p{L}]*(?:${openingWords('hu')})(?![\\p{L}])`, 'iu'),
  kk: new RegExp(`(?:^|[^\\p{L}])(?:${openingWords('kk')})[^\\p{L}]*$`, 'iu'),
};

/** A quiz's label before its question ("Quiz:", «Вопрос для викторины:», «Сұрақ 3:», «Kvízkérdés:»): it asks nothing of the sources. */
const QUIZ_LABEL: Record<Lang, RegExp> = {
  en: /^\s*(?:quiz(?:\s+question)?|question)(?:\s+\d+)?\s*[:.)]/giu,
  ru: /^\s*(?:вопрос(?:\s+для\s+викторины)?|викторина)(?:\s+\d+)?\s*[:.)]/giu,
  bg: /^\s*(?:въпрос(?:\s+за\s+викторина)?|викторина)(?:\s+\d+)?\s*[:.)]/giu,
  hu: /^\s*(?:kvízkérdés|kérdés)(?:\s+\d+)?\s*[:.)]/giu,
  kk: /^\s*(?:сұрақ|викторина\s+сұрағы)(?:\s+\d+)?\s*[:.)]/giu,
};

/**
 * How much a claim holds of its subject ("first of all", «в первую очередь», «elsősorban», «әсіресе»): a degree, no
 * thing the sources must name («первую» is no first batch there).
 */
const DEGREE: Record<Lang, RegExp> = {
  en: /\b(?:first\s+of\s+all|above\s+all|first\s+and\s+foremost|primarily)\b/giu,
  ru: /(?:^|[^\p{L}])(?:в\s+первую\s+очередь|прежде\s+всего|главным\s+образом)(?![\p{L}])/giu,
  bg: /(?:^|[^\p{L}])(?:на\s+първо\s+място|преди\s+всичко|най-вече|главно)(?![\p{L}])/giu,
  hu: /(?:^|[^\p{L}])(?:elsősorban|mindenekelőtt|főként|főleg)(?![\p{L}])/giu,
  // (And the verb of wanting after «-ғысы»: «салғысы *келеді*», want to put, is no coming.)
  kk: /(?:^|[^\p{L}])(?:ең\s+алдымен|бірінші\s+кезекте|әсіресе|негізінен)(?![\p{L}])|(?<=\p{L}(?:ғы|гі|қы|кі)(?:сы|сі|м|ң|мыз|міз)?\s+)келе\p{L}*/giu,
};

/** A question word anywhere: a question that has one asks what it asks («какие месторождения в первую очередь…» asks which come first). */
const QUESTION_WORD: Record<Lang, RegExp> = {
  en: new RegExp(`\\b(?:${QUESTION_WORDS.en})\\b`, 'iu'),
  ru: new RegExp(`(?:^|[^\\p{L}])(?:${QUESTION_WORDS.ru})(?![\\p{L}])`, 'iu'),
  bg: new RegExp(`(?:^|[^\\p{L}])(?:${QUESTION_WORDS.bg})(?![\\p{L}])`, 'iu'),
  hu: new RegExp(`(?:^|[^\\p{L}])(?:${QUESTION_WORDS.hu})(?![\\p{L}])`, 'iu'),
  kk: new RegExp(`(?:^|[^\\p{L}])(?:${QUESTION_WORDS.kk})(?![\\p{L}])`, 'iu'),
};

/** How the asker wants the answer ("just the year pls", «только сумму», «csak az évet»): it names no subject. */
const ANSWER_FORM: Record<Lang, RegExp> = {
  en: /\b(?:just|only)\s+(?:the\s+)?(?:year|date|day|month|number|figure|amount|sum|name|names|city|percentage)(?:\s+(?:please|pls|plz))?\b/giu,
  ru: /(?:^|[^\p{L}])(?:только|просто)\s+(?:год|дату|число|цифру|сумму|имя|имена|город|процент)(?:\s+(?:пожалуйста|плз|пж))?(?![\p{L}])/giu,
  bg: /(?:^|[^\p{L}])само\s+(?:годината|датата|числото|цифрата|сумата|името|имената|града|процента)(?:\s+(?:моля|плс))?(?![\p{L}])/giu,
  hu: /(?:^|[^\p{L}])csak\s+(?:az\s+évet|a\s+dátumot|a\s+napot|a\s+számot|az\s+összeget|a\s+nevet|a\s+neveket|a\s+várost|a\s+százalékot)(?:\s+(?:kérem|légyszi|pls))?(?![\p{L}])/giu,
  kk: /(?:^|[^\p{L}])тек\s+(?:жылын|күнін|санын|сомасын|атын|аттарын|қаласын|пайызын)(?:\s+(?:өтінемін|пжлст))?(?![\p{L}])/giu,
};

/**
 * A letter's courtesies, which ask nothing of the sources either: its salutation with the one it addresses ("Dear Sir
 * or Madam", «Уважаемая редакция», «Tisztelt Uram», «Құрметті әріптестер»), its thanks and closing ("With kind regards",
 * «Заранее благодарю», «Előre is köszönöm», «Құрметпен») and "I would be grateful if you could tell me" (whose "would"
 * supposes nothing). Their words («благодарю», "thank", "help") are the sources' words in other senses.
 */
const COURTESY: Record<Lang, RegExp> = {
  en: /\b(?:dear\s+(?:sir(?:\s+or\s+madam)?|madam|sirs|editors?|colleagues|team|friends|all|(?:mr|mrs|ms|dr)\.?\s+\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]*)|(?:with\s+)?(?:kind|best|warm)(?:est)?\s+regards|yours\s+(?:faithfully|sincerely|truly)|(?:many\s+)?thanks(?:\s+(?:a\s+lot|in\s+advance))?|thank\s+you(?:\s+(?:kindly|very\s+much|so\s+much|in\s+advance))?(?:\s+for\s+your\s+(?:kind\s+)?(?:help|time|assistance|attention|answer|reply))?|if\s+i\s+may\s+ask|if\s+you\s+don'?t\s+mind|if\s+possible|i(?:'d|\s+would|\s+should)\s+be\s+(?:most\s+|very\s+|really\s+|extremely\s+|deeply\s+)?(?:grateful|thankful|obliged)(?:\s+if\s+you\s+(?:could|would|can)(?:\s+please)?(?:\s+kindly)?\s+(?:tell\s+me|let\s+me\s+know|inform\s+me|advise\s+me|clarify|confirm|explain))?)\b/giu,
  ru: /(?:^|[^\p{L}])(?:уважаем\p{L}*\s+(?:редакция|коллеги|господа|дамы\s+и\s+господа|\p{Lu}\p{L}*)|с\s+уважением(?:\s+и\s+благодарностью)?|(?:заранее\s+)?(?:(?<!сказа\p{L}*\s+)спасибо|благодарю|благодарна|благодарен)|будьте\s+любезны|если\s+(?:можно|не\s+секрет|не\s+сложно|не\s+трудно|вас\s+не\s+затруднит)|позвольте\s+(?:поинтересоваться|спросить|узнать)|буду\s+(?:очень\s+|весьма\s+|крайне\s+)?(?:благодар(?:ен|на|ны)|признател(?:ен|ьна|ьны)))(?![\p{L}])/giu,
  bg: /(?:^|[^\p{L}])(?:уважаем\p{L}*\s+(?:редакци\p{L}*|колеги|господа|дами\s+и\s+господа|г-н|г-жо|\p{Lu}\p{L}*)|с\s+уважение|ако\s+(?:може|обичате|не\s+е\s+тайна|не\s+ви\s+затруднява)|(?:предварително\s+)?благодаря(?:\s+(?:ви|предварително|много))?|бих\s+(?:бил|била)\s+(?:много\s+)?(?:благодар\p{L}*|признател\p{L}*))(?![\p{L}])/giu,
  hu: /(?:^|[^\p{L}])(?:(?:tisztelt|kedves)\s+(?:uram|hölgyem|szerkesztőség|kollégák|hölgyeim\s+és\s+uraim|\p{Lu}\p{L}*)|tisztelettel|(?:előre\s+is\s+)?köszönöm(?:\s+(?:szépen|előre|a\s+segítségét|fáradozását|a\s+választ))?|hálás\s+lennék|ha\s+(?:szabad\s+kérdeznem|lehet|nem\s+titok|megkérhetem)|szíveskedjék|szíveskedjen)(?![\p{L}])/giu,
  kk: /(?:^|[^\p{L}])(?:құрметті\s+\p{L}+|құрметпен|мүмкін\s+болса|құпия\s+болмаса|айтыңызшы|айтсаңыз|(?:алдын\s+ала\s+)?рахмет(?!\s+айт)|сізден\s+сұрауға\s+рұқсат\s+етіңіз|мазаларыңызды\s+алғаным\s+үшін\s+кешірім\s+сұраймын|кешіріңіз)(?![\p{L}])/giu,
};

/**
 * A greeting, an apology or an address to the one asked that opens a clause ("Hello,", "Sorry to bother you,",
 * «Добрый день!», «Извините старика,», «Добър ден,», «Jó napot kívánok!», «Сәлеметсіз бе, қарағым,»): its words
 * («день», «добър», «napot») are the sources' words in other senses, never what is asked.
 */
const GREETING: Record<Lang, RegExp> = {
  en: /^(?:hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening|day)|(?:excuse|pardon)\s+me|sorry|apologies|dear)\b/iu,
  ru: /^(?:здравствуй\p{L}*|здрасьте|привет\p{L}*|добр(?:ый|ое|ого)\s+(?:день|вечер|утро|дня|вечера|утра|времени)|извини\p{L}*|прости\p{L}*|прошу\s+прощения|уважаем\p{L}*|дорог(?:ой|ая|ие))(?![\p{L}])/iu,
  bg: /^(?:здравей\p{L}*|здрасти|добър\s+(?:ден|вечер)|добро\s+утро|извин\p{L}*|простете|прощавайте|уважаем\p{L}*|скъп(?:и|а|ият|ата))(?![\p{L}])/iu,
  hu: /^(?:jó\s+(?:napot|estét|reggelt)|szia|sziasztok|szervusz\p{L}*|üdvözl\p{L}*|helló|hello|elnézést|bocsánat|bocs|tisztelt|kedves)(?![\p{L}])/iu,
  kk: /^(?:сәлем\p{L}*|армысыз|қайырлы\s+(?:күн|таң|кеш)|кешіріңіз\p{L}*|ғафу\s+етіңіз|құрметті|қарағым|айналайын|балам|шырағым)(?![\p{L}])/iu,
};
/** A greeting's clause is short: "Good afternoon, dear editors," not a question that opens with "sorry". */
const GREETING_WORDS = 5;

/** How much of a message its opening greetings and apologies take (see GREETING), clause by clause. */
function greetingOpening(text: string, lang: Lang): number {
  let at = 0;
  for (;;) {
    const rest = text.slice(at);
    const start = rest.length - rest.trimStart().length;
    const end = ASKER_CLAUSE_END.exec(rest.slice(start));
    const clause = rest.slice(start, end ? start + end.index : rest.length);
    if (!end || !GREETING[lang].test(clause) || (clause.match(/\p{L}+/gu) ?? []).length > GREETING_WORDS || end[0].includes('?') || OPENING_QUESTION_WORD[lang].test(clause)) return at;
    at += start + end.index + end[0].length;
  }
}

/**
 * The words a message frames its question with, which ask nothing of the sources: a request to the one asked
 * ("could you tell me", "would you happen to know", «не подскажете», «будьте так добры, напомните», «Ще ми кажете
 * ли», «Бихте ли ми казали», «Meg tudná mondani», «айтып бере аласыз ба», «білгім келеді») or where the asker has
 * it from ("I read that", «слышал, что», «Четох някъде, че», «Úgy tudom», «…кездескенін оқыдым»), and a formal
 * request's opening, with the one it addresses ("Could the ministry clarify", «Прошу сообщить», «Моля да уточните»,
 * «Kérem tájékoztatni», «…нақтылап беруіңізді сұраймын»). Their words mean
 * something elsewhere («келеді» comes, «жібересіз» sends, "happen" takes place, «разбрах» understood), never here.
 */
const FRAMING: Record<Lang, RegExp> = {
  en: /\b(?:quick\s+q(?:uestion)?\b|(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:(?:happen\s+to\s+)?(?:tell|remind|help|know)|let\s+me\s+know)|do\s+you\s+(?:happen\s+to\s+)?know|i(?:'d|\s+would)\s+like\s+to\s+know|i\s+(?:can(?:'|no)?t|cannot|don'?t)\s+(?:recall|remember)|(?:tell|remind|help)\s+me|let\s+me\s+know|i\s+wonder|i\s+(?:(?:have\s+)?(?:read|heard|saw)|gather|understand)(?:\s+somewhere)?(?=\s+(?:that|about)\b)|i(?:'ve|\s+have)?\s+been\s+told|i\s+was\s+told|(?:someone|somebody|people)\s+told\s+me|(?:^|(?<=\bthe\s))(?:news|papers|newspapers|media|headlines)\s+(?:says?|said|reports?|reported|claims?|claimed|writes?|wrote)(?:\s+that)?|they\s+(?:say|said|write|wrote|claim)(?=\s+that\b)|(?:could|can|would|will|may|might)\s+(?:the|your)\s+(?:[\p{L}-]+\s+){1,2}?(?:kindly\s+|please\s+)?(?:clarify|specify|indicate|state|confirm|explain|advise|inform\s+(?:me|us))|(?:i|we)\s+(?:would\s+)?(?:kindly\s+)?(?:ask|request|urge)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?to\s+(?:clarify|specify|indicate|state|confirm|explain|advise|inform\s+(?:me|us))|(?:i|we)\s+(?:(?:would\s+)?(?:kindly\s+)?(?:request|seek|ask\s+for)|would\s+appreciate)\s+(?:(?:a|some)\s+)?(?:clarification|information|confirmation)(?:\s+(?:as\s+to|on|regarding|of))?|please\s+(?:clarify|specify|indicate|state|confirm|advise|inform\s+(?:me|us)))\b/giu,
  ru: /(?:^|[^\p{L}])(?:известно\s+ли|подскажите|подскажете|скажите|напомните|расскажите|не\s+могли\s+бы\s+вы|будьте\s+(?:так\s+)?добры|(?:хочу|хотел\p{L}*\s+бы)\s+(?:знать|узнать)|не\s+помню|(?:я\s+)?(?:слышал|читал|видел)\p{L}*(?:\s+где-то)?(?=\s*,?\s+(?:что|будто|о|об)\s)|(?:говорят|пишут)(?=\s*,\s*что\s)|в\s+(?:новостях|сми|прессе|газетах)\s+(?:пишут|писали|сообщают|сообщали|говорят|говорили)(?:\s*,?\s*что)?|мне\s+(?:сказали|рассказали)|(?:прошу|просим|просьба)\s+(?:вас\s+)?(?:сообщить|уточнить|указать|пояснить|разъяснить|проинформировать|подтвердить|(?:предоставить|дать)\s+(?:информацию|сведения|разъяснени\p{L}*))(?:\s*,?\s+(?:о\s+том|в\s+связи\s+с\s+чем))?)(?![\p{L}])/giu,
  bg: /(?:^|[^\p{L}])(?:известно\s+ли\s+е|знае\s+ли\s+се|(?:ще\s+)?(?:ми\s+)?кажете|бихте\s+ли(?:\s+ми)?(?:\s+били\s+така\s+любезни)?(?:\s+(?:да\s+)?(?:казали|кажете|обяснили|обясните))?|напомнете|бъдете\s+(?:така\s+)?любезни|искам\s+да\s+знам|не\s+помня|(?:четох|чух|прочетох|разбрах|видях)(?:\s+някъде)?(?=\s*,?\s+(?:че|за)\s)|(?:казаха|разказаха)\s+ми|във?\s+(?:новините|медиите|пресата|вестниците)\s+(?:пишат|писаха|съобщават|съобщиха|казват|твърдят)(?:\s*,?\s*че)?|(?:пишат|казват|говори\s+се)(?=\s*,?\s*че\s)|моля(?:\s+ви)?\s*,?\s+(?:да\s+)?(?:уточните|посочите|поясните|съобщите|информирате|потвърдите|разясните|кажете)|може\s+ли\s+(?:[\p{L}-]+\s+){1,2}?да\s+(?:поясни|уточни|посочи|съобщи|потвърди|разясни|информира))(?![\p{L}])/giu,
  hu: /(?:^|[^\p{L}])(?:(?:meg\s+)?tudná(?:k|d)?(?:\s+(?:mondani|nekem))?|megmondaná|elmondaná|mondja\s+meg|mondaná\s+meg|szeretném\s+tudni|nem\s+emlékszem|(?:azt\s+|úgy\s+)?(?:olvastam|hallottam|láttam)(?:\s+valahol)?(?=\s*,?\s+(?:hogy)\s)|úgy\s+tudom|a\s+(?:hírekben|sajtóban|újságokban|médiában)\s+(?:azt\s+)?(?:írják|írták|mondják|mondták)(?:\s*,?\s*hogy)?|(?:azt\s+)?(?:írják|mondják)(?=\s*,?\s*hogy\s)|(?:azt\s+)?mondták(?:\s+nekem)?(?=\s*,?\s+hogy\s)|(?:tisztelettel\s+)?kérem(?:\s+szépen)?\s*,?\s+(?:tájékozta[ts]\p{L}*|közöl\p{L}*|adja\s+meg|megadni|adjanak\s+tájékoztatást|jelez\p{L}*|erősítse\s+meg|megerősíteni|ismerte[ts]\p{L}*|pontosít\p{L}*|szíveskedjen\s+\p{L}+)|tisztelettel\s+(?:kérdezem|érdeklődöm))(?![\p{L}])/giu,
  kk: /(?:^|[^\p{L}])(?:айтып\s+(?:бере\s+аласыз|беріңіз\p{L}*|жіберіңіз\p{L}*|жібересіз|бересіз)|айта\s+аласыз|білгі(?:м|міз|сі|ңіз)\s+келеді|есіме\s+түсіре\s+алмай|көмектесіп\s+жібересіз|оқыдым|естідім|естуімше|естуімізше|маған\s+айтты|(?:жаңалықтарда|баспасөзде)\s+(?:жазды|жазып\p{L}*|айтылды|хабарланды)|(?:\p{L}+(?:ып|іп|п)\s+)?\p{L}+(?:уіңізді|уыңызды|іңізді|ыңызды)\s+(?:сұраймын|сұраймыз|өтінемін|өтінеміз))(?![\p{L}])/giu,
};

/**
 * A clause in which the asker says who or where they are ("I'm a farmer near Kostanay —", «Я медсестра в Алматы.»,
 * «Пенсионерка съм», «Debrecenben élek,», «Қостанайда тұрамын»), what they like to follow («szeretem követni a
 * közép-ázsiai híreket», "I follow Asian news"), or where their family, friends or colleagues are, or
 * what they say («синът ми живее в…», "my cousin works in…", «Ағам темір жолда істейді»): its places and the words the
 * sources never use are the asker's, not what the message asks about.
 */
const ABOUT_ASKER: Record<Lang, RegExp> = {
  en: /\b(?:i\s*(?:'m|’m|am)|i\s+(?:live|work|study|farm|grew\s+up|like|love|enjoy|follow)|we\s*(?:'re|’re|\s+are)|we\s+(?:live|work)|my\s+(?:\p{L}+\s+){0,2}?(?:lives|works|studies|is\s+from|live|work|says|keeps\s+saying)|(?:writing|greetings|hello|hi|asking)\s+from|(?:here|based)\s+in)\b/iu,
  ru: /(?:^|[^\p{L}])(?:живу|живём|живем|работаю|работаем|учусь|нахожусь|люблю|слежу|интересуюсь|(?:я|мы)\s+(?:\p{L}+\s+){0,2}?(?:из|в|во|родом)|(?:мой|моя|мои|у\s+меня)\s+(?:\p{L}+\s+){0,2}?(?:живёт|живет|живут|работает|работают|учится|говорит|уверяет))(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:аз\s+съм|\p{L}+\s+съм|съм\s+от|живея|работя|живеем|работим|обичам|следя|интересувам\s+се|(?:синът|дъщеря|брат|сестра|съпругът|съпругата|баща|майка|чичо|леля|дядо|баба|братовчед(?:ът|ка)?|приятел(?:ят|ка)?|колега(?:та)?|съсед(?:ът|ката)?)\s+ми\s+(?:\p{L}+\s+){0,2}?(?:живее|работи|учи|казва|твърди))(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:vagyok|vagyunk|élek|élünk|lakom|lakunk|dolgozom|dolgozunk|tanulok|szeretem|szeretek|követem|(?:\p{L}+\s+)?(?:fiam|lányom|öcsém|bátyám|húgom|nővérem|apám|anyám|nagybátyám|nagynéném|nagyapám|nagyanyám|unokatestvérem|barátom|barátnőm|kollégám|szomszédom|férjem|feleségem)\s+(?:\p{L}+\s+){0,2}?(?:él|lakik|dolgozik|tanul|mondja|állítja))(?![\p{L}])/iu,
  kk: /(?:^\s*мен\s|(?:^|[^\p{L}])(?:тұрамын|тұрамыз|істеймін|істейміз|оқимын|ұнатамын|қызығамын|қадағалаймын|\p{L}+(?:шымын|шімін|пын|пін)(?=\s*$)|(?:әкем|анам|ағам|інім|апам|әпкем|қарындасым|сіңлім|атам|әжем|нағашым|ұлым|қызым|күйеуім|әйелім|досым|құрбым|әріптесім|көршім)\s+(?:\p{L}+\s+){0,3}?(?:тұрады|істейді|оқиды|айтады)))(?![\p{L}])/iu,
};
/** Where a clause ends: a sentence's or a clause's mark, a comma, a dash. */
const ASKER_CLAUSE_END = /[.!?…;:,—–]+\s*|\s-\s+/u;

/**
 * The words that introduce a question passed on ("Our listener from Pavlodar writes in:", «Слушатель из Уральска
 * интересуется:», «Пишат ни от Варна:», «Szegedi hallgatónk kérdezi:», «Ақтөбеден Асқар аға хат жолдапты:», "A caller
 * from Bergen wonders which…"): who asks, from where, and how it came, none of it asked about.
 */
const RELAYED: Record<Lang, RegExp> = {
  en: /\b(?:asks?|asking|writes?|writing|wonders?|wondering|wants\s+to\s+know|texting|texts|calling|calls|on\s+the\s+line|e-?mail|letter|listener|caller|viewer|reader|(?:question|message)\s+from)\b/iu,
  ru: /(?:^|[^\p{L}])(?:спрашива\p{L}*|интересу\p{L}*|пиш(?:ет|ут|ем)|написал\p{L}*|уточня\p{L}*|(?:вопрос|сообщени\p{L}*)\s+(?:из|от)|слушател\p{L}*|радиослушател\p{L}*|звон\p{L}*|письм\p{L}*|хочет\s+узнать)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:пита|питат|пиш(?:е|ат)|(?:въпрос|съобщени\p{L}*)\s+от|слушател\p{L}*|интересува\p{L}*|обажда\p{L}*|писмо)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])(?:kérdez\p{L}*|ír(?:ja|ta|nak|t)(?!\s+alá)|érdeklőd\p{L}*|hallgató\p{L}*|levél\p{L}*|(?:kérdés|üzenet)\s+(?:érkezett|jött)|telefonál\p{L}*|üzen\p{L}*)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])(?:сұра\p{L}*|жаз(?:ып|ады|ды|ыпты)\p{L}*|хат|хабарлама\p{L}*|тыңдарман\p{L}*|қоңырау\p{L}*|білгісі\s+келеді|\p{L}+(?:нан|нен|дан|ден|тан|тен)\s+(?:\p{L}+\s+)?сұрақ\p{L}*)(?![\p{L}])/iu,
};
/** The same, to find every one in a message. */
const RELAYED_ALL = Object.fromEntries(Object.entries(RELAYED).map(([lang, pattern]) => [lang, new RegExp(pattern.source, 'giu')])) as Record<Lang, RegExp>;
/** A relayed question's introduction is short: a few words before its colon. */
const RELAY_WORDS = 15;

/** The question word a relaying verb may lead into without a colon: "…wonders *which*…", «…интересуется, *сколько*…». */
const RELAYED_QUESTION: Partial<Record<Lang, RegExp>> = {
  en: /^(?:which|what|who|whom|how|when|where|why|whether|if)$/iu,
  ru: /^(?:какой|какая|какое|какие|каков|какова|сколько|кто|кого|когда|где|что|зачем|почему|откуда|куда)$/iu,
  bg: /^(?:кой|коя|кое|кои|какъв|каква|какво|какви|колко|кога|къде|защо|дали)$/iu,
  hu: /^(?:melyik|hány|hányan|hányadik|ki|kik|kit|mikor|hol|mi|mit|milyen|mennyi|mekkora|miért)$/iu,
};

/** The introduction of a question passed on by someone else, before its colon or its question word, if the message opens with one. */
function relayedIntroduction(text: string, lang: Lang): string | undefined {
  const colon = text.indexOf(':');
  // (Short, and asking nothing itself: "Which minister signed the memorandum: …?" is no introduction.)
  const words = (intro: string) => intro.match(/\p{L}+/gu) ?? [];
  const short = (intro: string) => words(intro).length <= RELAY_WORDS && !intro.includes('?') && !words(intro).some((w) => RELAYED_QUESTION[lang]?.test(w));
  if (colon >= 0 && /\p{L}/u.test(text.slice(colon + 1))) {
    const intro = text.slice(0, colon);
    return RELAYED[lang].test(intro) && short(intro) ? intro : undefined;
  }
  // ("A listener from Atyrau wonders which…", «Слушатель из Уральска интересуется, сколько…»; not "Who asks which…".)
  const question = RELAYED_QUESTION[lang];
  if (!question) return undefined;
  for (const asks of text.matchAll(RELAYED_ALL[lang])) {
    const end = asks.index + asks[0].length;
    const next = /^[\s,]*(\p{L}+)/u.exec(text.slice(end));
    if (!next || !question.test(next[1]!)) continue;
    const intro = text.slice(0, end);
    return short(intro) ? intro : undefined;
  }
  return undefined;
}

/** The clauses of a message in which the asker says who or where they are (see ABOUT_ASKER), or who passes it on. */
export function askerClauses(text: string, lang: Lang): string[] {
  const relayed = relayedIntroduction(text, lang);
  return [...(relayed ? [relayed.trim()] : []), ...text.split(ASKER_CLAUSE_END).map((clause) => clause.trim()).filter((clause) => ABOUT_ASKER[lang].test(clause))];
}

/** A message without the clauses it opens with in which the asker says who or where they are, or who passes it on. */
export function withoutAskerOpening(text: string, lang: Lang): string {
  const relayed = relayedIntroduction(text, lang);
  let rest = relayed ? text.slice(relayed.length).replace(/^[\s:,]+/u, '') : text;
  rest = rest.slice(greetingOpening(rest, lang));
  for (let end = ASKER_CLAUSE_END.exec(rest); end && ABOUT_ASKER[lang].test(rest.slice(0, end.index)); end = ASKER_CLAUSE_END.exec(rest)) {
    rest = rest.slice(end.index + end[0].length);
  }
  return rest || text;
}

/** Where a message's framing stands ([start, end) offsets): its words are no part of what is asked. */
export function framingSpans(text: string, lang: Lang): Array<[number, number]> {
  // (A question passed on opens with who passes it on: «Семейден келген хабарламада былай делінген: …».)
  const relayed = relayedIntroduction(text, lang);
  const spans = framingOf(text, lang).flatMap((pattern) => [...text.matchAll(pattern)].map((m): [number, number] => [m.index, m.index + m[0].length]));
  const greeting = greetingOpening(text, lang);
  return [...(relayed ? [[0, relayed.length] as [number, number]] : []), ...(greeting ? [[0, greeting] as [number, number]] : []), ...spans];
}

/** A message with its framing blanked out ("Would you tell me…", "I would ask the ministry to state…" speak of no maybe). */
export function withoutFraming(text: string, lang: Lang): string {
  return framingOf(text, lang).reduce((rest, pattern) => rest.replace(pattern, (framing) => ' '.repeat(framing.length)), text);
}

/**
 * Every kind of framing: requests and hearsay, courtesies, a quiz's label, the form of answer wanted, and the degree a
 * claim holds to (only in a claim to check: "which deposits first" asks which come first).
 */
const framingOf = (text: string, lang: Lang): RegExp[] => [FRAMING[lang], COURTESY[lang], QUIZ_LABEL[lang], ANSWER_FORM[lang], ...(QUESTION_WORD[lang].test(text) ? [] : [DEGREE[lang]])];

/** Whether a sentence asks something, by a question mark or by its words. */
export function asksSomething(sentence: string, lang: Lang): boolean {
  return /\?\s*$/u.test(sentence) || REQUEST[lang].test(sentence) || OPENING_QUESTION_WORD[lang].test(sentence);
}

/**
 * The message after a label that says what the answer is for ("For the briefing note: what is…?", "@bot quick one for a
 * report: since when…?"): the label asks nothing, and its words (a note, a report) are no part of the question.
 */
export function afterLabel(text: string, lang: Lang): string {
  const colon = text.indexOf(':');
  const comma = text.indexOf(',');
  // ("For a logistics report at work, when is…?", «Для отчёта по логистике, когда…»: or an opening phrase of what it is
  // for, up to its comma, which holds no question word.)
  const purpose = (before: string) => PURPOSE_OPENING[lang].test(before) && !QUESTION_WORD[lang].test(before);
  const end = colon > 0 && !asksSomething(text.slice(0, colon), lang) ? colon : comma > 0 && purpose(text.slice(0, comma)) ? comma : -1;
  const rest = text.slice(end + 1).trim();
  return end > 0 && asksSomething(rest, lang) ? rest : text;
}
/** A phrase opening a message with what the answer is for: "For my report…", «Для отчёта…», «За доклада…», «A beszámolómhoz…», «Есебім үшін…». */
const PURPOSE_OPENING: Record<Lang, RegExp> = {
  en: /^\W*(?:for|as part of)\s/iu,
  ru: /^[^\p{L}]*(?:для|в рамках)\s/iu,
  bg: /^[^\p{L}]*(?:за|във връзка с)\s/iu,
  hu: /\p{L}(?:hoz|hez|höz)\s*$/iu,
  kk: /(?:^|[^\p{L}])үшін\s*$/iu,
};

/** "Who was it really?", «на самом деле», «valójában», «неужели»: the message says the claim may be wrong, and asks what is so. */
export const REALLY = /(?:^|[^\p{L}])(?:really|actually|in fact|in reality|на самом деле|в действительности|в реальности|всъщност|в действителност|реално|valójában|igazából|ténylegesen|шын мәнінде|іс жүзінде|шынында|шынымен|расымен|неужели|разве|нима|наистина|tényleg|valóban)(?![\p{L}])/iu;

/**
 * "Is it true that…? If not, which…?", «Если нет, …», «Ако не, …», «Ha nem, …», «Болмаса, …»: what follows asks what
 * really is, in place of the claim before it. (Opening its sentence, and closed by a comma: «ако не се лъжа», «ha nem
 * tévedek» (if I'm not mistaken) are hedges, «Иначе говоря» is "in other words", «Если нет данных» "if there is no data".
 * Kazakh «Әйтпесе», otherwise, is no hedge: with or without a comma.)
 */
export const IF_NOT = /(?:^|[?!.]\s*)(?:and |but |а |и )?(?:if not|if that'?s not (?:so|the case|right)|otherwise|если нет|если не так|если это не так|иначе|ако не|ако не е така|ако това не е така|ha nem|ha nem így van|(?:егер )?(?:олай )?болмаса|егер жоқ болса)(?=\s*(?:[,—–:?-]|$|то\s))|(?:^|[?!.]\s*)әйтпесе(?![\p{L}])/iu;

/**
 * Words of a half-remembered guess: "I think", "maybe", «кажется», «вроде», «что ли», «май», «мисля», «talán», «azt
 * hiszem», «сияқты», «шығар»: a name beside them is what the asker is unsure of, a claim to check.
 */
export const HEDGE = /\b(?:i think|i believe|i guess|maybe|perhaps|probably|or something|something like that|or whatever (?:his|her|its|their) name (?:is|was)|if i remember|if i'm not mistaken)\b|(?:^|[^\p{L}])(?:кажется|вроде|вроде бы|что ли|по-моему|наверное|может быть|если не ошибаюсь|если не путаю|или как (?:там )?(?:его|её|ее|их)(?: там)?|как-то так|что-то вроде того|или (?:типа|вроде) того|мисля|като че ли|ако не се лъжа|ако не греша|или нещо такова|или както (?:там )?се казваше|talán|azt hiszem|szerintem|ha jól emlékszem|ha jól tudom|vagy mi|valami ilyesmi|vagy hogy (?:is )?hívják|vagy hogy (?:is )?hívták|сияқты|шығар|менің ойымша|меніңше|дұрыс есімде болса|әлде қалай)(?![\p{L}])/iu;

/** A question of a "which" alone, past a preposition ("Which one?", «С какой?», «С коя?», «Melyikkel?», «Қайсысымен?»): the one a claim before it names, asked again. */
export const WHICH_ALONE = /^\P{L}*(?:(?:(?:with|for|in|at|to|from|by)\s+)?(?:which|what)(?:\s+one)?|(?:(?:с|со|в|во|на|о|об|для|от|из|к|у|за|при)\s+)?(?:как|котор)(?:ой|ая|ое|ую|им|ого|ому|ом|ие|их|ими)|(?:(?:с|със|в|във|на|за|от|при)\s+)?(?:кой|коя|кое|кои|кого)|melyik\p{L}*|қайсы\p{L}*)\P{L}*$/iu;
/** "Which one was it?", «Какая из них?», «Melyik volt az?», «Қайсысы?»: "which" standing for the thing just named, whose name it asks. */
export const WHICH_ONE = /\bwhich (?:one|was it|is it)\b|(?:^|[^\p{L}])(?:(?:какой|какая|какое|который|которая|которое) из них|(?:кой|коя|кое) от тях|кой беше|коя беше|melyik (?:volt|az)|қайсысы)(?![\p{L}])/iu;
/** "Exactly", «точно», «именно», «pontosan», «нақты»: the asker wants the precise value of what they half remember. */
export const EXACTLY = /\b(?:exactly|precisely|for sure)\b|(?:^|[^\p{L}])(?:точно|именно|точнее|конкретно|pontosan|pontos|нақты|дәл)(?![\p{L}])/iu;

/** Whether a message asks what really is: a claim it doubts ("really", «на самом деле») or corrects ("if not, …"). */
export const asksWhatReallyIs = (text: string): boolean => REALLY.test(text) || IF_NOT.test(text);

/** "If so, …", «если да», «ако да», «ha igen», «егер иә»: what follows hangs on the yes/no question before it. */
export const IF_SO = /(?:^|[^\p{L}])(?:if so|if yes|if it did|if they did|если да|если так|ако да|ако е така|ha igen|ha így van|ha igen, akkor|егер иә|егер солай болса)(?![\p{L}])/iu;

/** "Who else?", «Кого ещё?», «Кой още?», «Kivel még?», «Тағы кім?»: a question for more of what a claim gives. */
export const ELSE = /(?:^|[^\p{L}])(?:else|ещё|еще|още|még|тағы)(?![\p{L}])/iu;

/** A multiple-choice list's labels in order: "a) … b) …", «а) … б) …», Kazakh «а) … ә) …», "1) … 2) …". */
const OPTION_SEQUENCES = ['abcde', 'абвгд', 'аәбвг', '12345'];
const OPTION_LABEL = /(?<=^|[\s?!:;,.])([a-eа-дә1-5])[).](?=\s|$)/giu;

/**
 * A quiz's question without its list of options ("How many locomotives? a) 100 b) 300 c) 500"): the options are
 * guesses, not the question's words, and the right one must not read as a figure the asker already gave.
 */
export function withoutOptionList(text: string): string {
  const labels = [...text.matchAll(OPTION_LABEL)].map((m) => ({ label: m[1]!.toLowerCase(), at: m.index }));
  for (let i = 0; i < labels.length; i++) {
    const sequence = OPTION_SEQUENCES.find((s) => s[0] === labels[i]!.label && labels[i + 1]?.label === s[1]);
    if (sequence && labels[i]!.at > 0) return text.slice(0, labels[i]!.at).trimEnd();
  }
  return text;
}
