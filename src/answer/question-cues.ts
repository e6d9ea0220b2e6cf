import type { Lang } from '../language/lang.js';

/**
 * Per-language tables for reading what a question asks for. Every entry is a lowercased word: `word` matches
 * exactly, `stem*` matches any word that starts with the stem (Russian, Bulgarian, Hungarian and Kazakh inflect).
 * A cue pattern is a sequence of such entries separated by spaces; `a|b` is a choice and `~` skips up to three
 * words ("how much ~ cost"). Tables are data: the analyser in question.ts knows no word of any language.
 */

export type QuestionKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'date'
  | 'person'
  | 'organisation'
  | 'place'
  | 'purpose'
  | 'list'
  | 'description'
  | 'other';

export const QUESTION_KINDS: readonly QuestionKind[] = [
  'count', 'money', 'percent', 'date', 'person', 'organisation', 'place', 'purpose', 'list', 'description', 'other',
];

/**
 * How a cue is read:
 * - `fixed`: the cue names the kind ("в каком году" → date);
 * - `qty`: how many / how much; count, money or percent by what is measured;
 * - `which`: which / what kind + a noun; the noun's class decides ("which city" → place);
 * - `who`: a person, unless it asks "who is X" (description) or who supplies/receives (organisation);
 * - `what`: "what is X" is a description, "what does it include" a list, "what is it for" a purpose;
 * - `ask`: an imperative ("list the…", «назовите…») read like `which`.
 */
export type CueRole = 'fixed' | 'qty' | 'which' | 'who' | 'what' | 'ask';

export interface CueSpec {
  p: string;
  role?: CueRole;
  /** The kind for `fixed`, the fallback for the others. */
  kind?: QuestionKind;
  /** Also a conjunction or relative word ("when he promised", «тот, кто»): ignored unless it leads. */
  conj?: boolean;
  /** A plural interrogative (kik, кои, кімдер, какие): the question wants every item. */
  all?: boolean;
  /** Asks for a recipient (кімге, кому, kinek, to whom): an organisation as often as a person. */
  recipient?: boolean;
  /** Asks for a number of things ("how many", «hány», «неше»): a verb of paying around it makes no amount of money. */
  countable?: boolean;
  /** A relative pronoun right after a noun, or after a noun and a preposition ("machinery *whose* production is planned",
   * "the airport at *which*…"): asks only elsewhere. */
  relative?: boolean;
  /** A relative word that relates after a noun even past a comma («Чокси, *который* возглавлял…»), as "which" does not
   * ("…in September, *which* city?"). */
  relatesAfterNoun?: boolean;
  /** Only when it opens a clause (imperatives such as "name", which is also a noun). */
  lead?: boolean;
  /** Also a determiner ("what company", «кой град»): read as `which` when a content word follows. */
  det?: boolean;
  /** Names what it asks about before it, as a Kazakh predicate does («…саммит *қалай аталады*», what the summit is called). */
  headBefore?: boolean;
  /** A phrase that opens with a question word and asks nothing («*насколько я понял*», as far as I understood). */
  framing?: boolean;
}

export interface LangTables {
  cues: CueSpec[];
  /** Head nouns that say what is asked for ("which *city*", «какова *стоимость*»), by kind. */
  classes: Partial<Record<QuestionKind, string>>;
  /** Words that make a how-much question a money question, or a percent question. */
  money: string;
  /** Verbs that make a what-question a money question ("what did it cost", «во что обошлось»). */
  moneyVerbs: string;
  percent: string;
  /** Words that may stand between "how many" and what is counted ("in total", «всего», «общо»), or between "who" and the role asked for ("currently"). */
  skip: string;
  /** Verbs of a list question ("what does it include"). */
  listVerbs: string;
  /** Verbs whose doer is usually a company ("who will supply", «кім жеткізеді»). */
  businessVerbs: string;
  /** Words that may stand between "who/what" and a bare name in "who is X" ("is", «такой», «az a», «деген»). */
  glue: string;
  /** "and" and its kin: "who signed and when" asks both. */
  coordinators: string;
  /**
   * Words of a formal request ("I would *ask* the ministry to state…", «*Прошу* сообщить…», «*Kérem* közölni…»): an
   * imperative cue a few words after one asks, though it opens no clause.
   */
  requests?: string;
  /** Yes/no particles («ли»): a question word in a later clause («Правда ли, что…») is a conjunction. */
  yesNo?: string;
  /** Words that open a yes/no question ("Is…", "Did…", «Igaz, hogy…», «Рас па…»). */
  yesNoOpeners?: string;
  /** Particles that make a yes/no question wherever they stand («ли», Kazakh «па», «ма»). */
  yesNoParticles?: string;
  /** Words that end a "what … for?" purpose question. */
  purposeTail?: string;
  /** Words that make the name after them the owner ("the head *of* X", «директорът *на* X»), not the one described. */
  possessive?: string;
  /** Forms of "do" that make a what-question ask for an action ("what was the CEO invited to *do*"), not a noun's class. */
  doing?: string;
  /**
   * The infinitive's mark ("to") and the participles before it: "what was the CEO *invited to* build" asks for
   * what is built, not for the CEO ("what is the value of the deal to supply…" still asks for the value).
   */
  infinitive?: string;
  participle?: RegExp;
  /** A plural noun (a question about "which areas" wants a list). */
  plural: RegExp;
  /** Verb endings (Russian; Bulgarian aorists, «дадоха»): such a word after «сколько», «колко» is not what is counted. */
  verbLike?: RegExp;
  /** Past participles, a verb after the copula (the Bulgarian perfect, «колко са помогнали»), not what is counted. */
  perfect?: RegExp;
  /** Words that say "all of them" (all, both, все, всички, mind, барлық). */
  every: string;
  /** Pronouns after "how many" that point back ("how many *of them*", «сколько *из них*»): what is counted was named before. */
  anaphor: string;
  /** Words of size ("how *big*", «насколько *крупная*», «mekkora»): the size of a deal is its value. */
  size: string;
  /** Comparatives of amount ("which was worth *more*", «что *дороже*», «melyik *nagyobb*»; Bulgarian writes «по-» before the adjective): a comparison of figures. */
  comparative: string;
  /**
   * Forms of "give" or "cost" the shared lexicon cannot hold (Russian «дали», gave, is Bulgarian «дали», whether;
   * «стоит» also stands or advises): in a how-much question, what was given or costs so much is an amount.
   */
  giving?: string;
  /** Signing words the lexicon cannot see (Hungarian «írta alá», Kazakh «қол қойды»): every signer is wanted. */
  signs?: string;
}

export const TABLES: Record<Lang, LangTables> = {
  en: {
    cues: [
      // ("What about the locomotives — when…?": it names a topic; a question word after it asks.)
      { p: 'what|how about', framing: true },
      { p: 'how many', role: 'qty', kind: 'count', countable: true },
      { p: 'how much', role: 'qty', kind: 'money' },
      { p: 'how long|big|large', role: 'qty', kind: 'count' },
      { p: 'at what price|cost|value', kind: 'money' },
      { p: 'for how much', kind: 'money' },
      { p: 'what percent*', kind: 'percent' },
      { p: 'when', kind: 'date', conj: true },
      { p: 'since|until|till|by when', kind: 'date' },
      { p: 'where', kind: 'place', conj: true },
      { p: 'why', kind: 'purpose' },
      { p: 'how come', kind: 'purpose' },
      { p: 'for what purpose|reason|end', kind: 'purpose' },
      { p: 'to what end', kind: 'purpose' },
      { p: 'for|to whom', role: 'who', recipient: true },
      { p: 'with|by whom', kind: 'person' },
      { p: 'whose', role: 'who', relative: true, det: true },
      { p: 'who|whom|whos', role: 'who', conj: true },
      // ("What's his name?": a person's.)
      { p: 'what is|was|s his|her name', kind: 'person' },
      { p: 'whats his|her name', kind: 'person' },
      { p: 'what kind|sort|type of', kind: 'description' },
      { p: 'tell ~ about', kind: 'description' },
      { p: 'what ~ know about', kind: 'description' },
      { p: 'who|what is|are|was|were known about', kind: 'description' },
      // ("Who is he by profession?": what someone is, not who.)
      { p: 'who ~ by profession|occupation|training|trade', kind: 'description' },
      { p: 'describe', kind: 'description', lead: true },
      { p: 'which', role: 'which', conj: true, relative: true },
      { p: 'what|whats', role: 'what', conj: true, det: true },
      { p: 'how', kind: 'other' },
      { p: 'list|enumerate', role: 'ask', kind: 'list', lead: true },
      { p: 'name|give|tell|confirm|specify|state|provide|clarify', role: 'ask', kind: 'other', lead: true },
      // ("I request clarification *as to* the airport at which…": what a request asks after it.)
      { p: 'as to', role: 'ask', kind: 'other', lead: true },
    ],
    classes: {
      organisation:
        'company companies firm firms corporation* manufacturer* supplier* producer* maker* operator* carrier* side sides party parties buyer* customer* client* contractor* investor* bank banks ministry ministries agency agencies organi* airline* holding* fund funds enterprise* business businesses',
      person:
        'surname surnames person persons people official officials minister* president* leader* head heads ceo chief* spokes* signator* signer* secretary secretaries ambassador* envoy* representative* expert* analyst* executive* director* chairman politician* diplomat* governor* deputy deputies',
      place: 'city cities country countries region* place* location* site* state states town* province* oblast* venue*',
      date: 'date dates day days year years month* time moment period* deadline* schedule* timeline* timetable*',
      money: 'value valuation worth price* cost costs amount sum total budget* investment* turnover revenue* money figure figures',
      percent: '% percent* share shares stake* proportion* ratio* portion* fraction* rate rates level levels',
      count: 'number numbers quantity count headcount',
      purpose: 'purpose* goal* aim aims objective* reason* motive* point idea rationale',
      list: 'area areas field fields sector* sphere* direction* topic* issue* theme* step* measure* points item* priorit* component* element* terms',
      description: 'role roles position* post title job profession* occupation* speciali*',
    },
    money: 'cost costs costing worth pay paid spend* spent price* valu* money dollar* invest* amount sum',
    moneyVerbs: 'cost costs costed pay pays paid spend spends spent worth',
    percent: '% percent* share proportion* level levels',
    skip: 'together combined total totally overall approximately roughly exactly specifically concretely precisely altogether currently now presently today there here',
    listVerbs: 'include* cover* involve* comprise* consist* contain* encompass* list',
    businessVerbs: 'suppl* deliver* build* built manufactur* produc* buy* bought purchas* order* sell* sold invest* financ* fund* operat* receiv* export* import* provid*',
    glue: 'is are was were the a an s its their his her name names',
    coordinators: 'and also',
    requests: 'please ask request urge kindly',
    purposeTail: 'for',
    doing: 'do doing done',
    infinitive: 'to',
    participle: /\p{L}{2,}(?:ed|ing)$/u,
    possessive: 'of',
    plural: /^(?!.*ss$)[a-z]{3,}s$/u,
    every: 'all both each every',
    anaphor: 'them',
    yesNoOpeners: 'is are was were do does did will would can could has have had',
    size: 'big bigger biggest large larger largest huge size scale small smaller smallest',
    comparative: 'more bigger larger higher greater costlier less smaller lower cheaper most biggest largest highest greatest least smallest lowest cheapest',
  },
  ru: {
    cues: [
      { p: 'что|как насчёт|насчет', framing: true },
      { p: 'во сколько раз', kind: 'count' },
      // («Во сколько опубликовали…»: at what time, when what follows is published or began, not what it cost.)
      { p: 'во сколько ~ опубликова*|выложи*|вышл*|вышел|появил*|началась|начался|началось|состоялась|состоялся|прошла|прошёл|прошел', kind: 'date' },
      { p: 'в котором часу', kind: 'date' },
      { p: 'во|за|на сколько|скока|скоко|скок', role: 'qty', kind: 'money' },
      // («Среди первых *скольких*?», «*Скольким* странам…»: a plural case form counts things, never an amount.)
      { p: 'скольких|скольким|сколькими', role: 'qty', kind: 'count', countable: true },
      { p: 'сколько|скольку|скока|скоко|скок', role: 'qty', kind: 'count' },
      { p: 'насколько я|мы|мне|нам понял|поняла|поняли|понимаю|понимаем|знаю|знаем|помню|помним|слышал|слышала|известно', framing: true },
      { p: 'насколько', role: 'qty', kind: 'count' },
      { p: 'который|какой|которая|какая|которое|какое|которым|каким по счёту|счету', kind: 'other' },
      { p: 'на какую сумму', kind: 'money' },
      { p: 'во что обойд*|обошл*|обходит*', kind: 'money' },
      { p: 'в чём|чем смысл*|цель|причин*', kind: 'purpose' },
      { p: 'какого числа', kind: 'date' },
      { p: 'с каких пор', kind: 'date' },
      { p: 'когда', kind: 'date', conj: true },
      { p: 'где', kind: 'place', conj: true },
      { p: 'куда|откуда', kind: 'place', conj: true },
      { p: 'почему|зачем', kind: 'purpose' },
      { p: 'для|ради чего', kind: 'purpose' },
      { p: 'за что', kind: 'purpose' },
      { p: 'как ~ зовут|звали', kind: 'person' },
      { p: 'кто такой|такая|такие|такое', kind: 'description' },
      { p: 'кто ~ по профессии|специальности|образованию|должности|роду', kind: 'description' },
      { p: 'кем является|являлся|являлась|являются|работает|работал|работала|приходится', kind: 'description' },
      { p: 'кому|кому-то', role: 'who', recipient: true },
      { p: 'для|у кого', role: 'who', recipient: true },
      { p: 'с|о кем|ком', kind: 'person' },
      { p: 'чей|чья|чьё|чье|чьи|чьим|чьей|чьём|чьем|чьего|чьему|чью|чьих|чьими', role: 'who', det: true, relative: true },
      { p: 'кто|кого|кем', role: 'who', conj: true },
      { p: 'что такое', kind: 'description' },
      { p: 'что это за', kind: 'description' },
      { p: 'что за', kind: 'description' },
      { p: 'что ~ представляет|представляют|представляла собой', kind: 'description' },
      { p: 'что из себя представля*', kind: 'description' },
      { p: 'что ~ известно о|об|про', kind: 'description' },
      { p: 'расскажи*|опиши*', kind: 'description', lead: true },
      { p: 'что|чего|чем|чему|чём|чё|чо|шо', role: 'what', conj: true },
      { p: 'какие|каких|каким|какими|каковы', role: 'which', all: true },
      { p: 'какой|какая|какое|каком|какого|какому|какую|какой|каков|какова|каково', role: 'which' },
      // «…делегацию, которая приезжала»: mostly a relative word, asking only when it leads («Который из них…»).
      { p: 'которые|которых|которым|которыми', role: 'which', all: true, conj: true, relative: true, relatesAfterNoun: true },
      { p: 'которая|который|котором|которое|которой|которого|которому|которую', role: 'which', conj: true, relative: true, relatesAfterNoun: true },
      // («Как называется саммит…»: the name of the thing named after it, as “which” asks.)
      { p: 'как называется|называлась|назывался|называлось|называются|назывались', role: 'which' },
      { p: 'как', kind: 'other' },
      { p: 'перечисли*', role: 'ask', kind: 'list', lead: true },
      { p: 'назови*|укажи*|скажи*|дайте|дай|подтверди*|уточни*|сообщи*', role: 'ask', kind: 'other', lead: true },
    ],
    classes: {
      organisation:
        'компани* фирм* корпораци* производител* поставщик* сторон* заказчик* покупател* подрядчик* оператор* перевозчик* инвестор* банк банка банки банков ведомств* министерств* агентств* организаци* авиакомпани* холдинг* фонд фонда фонды предприяти*',
      person: 'фамилия фамилию фамилии человек лицо лица персон* чиновник* руководител* глава главы главой главе подписант* спикер* политик* дипломат* министр министра министры председател* президент* посол посла директор* гендиректор*',
      place: 'город* стран* регион* место места месте местом мест местах местност* площадк* штат* столиц* точк*',
      date: 'дата даты дату датой год года году день дня срок* время месяц* период* график* расписани*',
      money: 'стоимост* цена цены цену ценой цене сумм* объём* объем* бюджет* инвестици* денег деньги средств* товарооборот* цифр*',
      percent: '% процент* доля доли долю долей часть части частью уровень уровня уровне',
      count: 'количеств* численност* число',
      purpose: 'цель цели целью целей причин* смысл* задач*',
      list: 'направлени* сфер* отрасл* област* тема темы тем вопрос* пункт* мера меры мер шаг* приоритет* компонент*',
      description: 'должност* пост роль роли професси* специальност*',
    },
    money: 'стоит стоят стоил* стоить стоимост* цена цены цену ценой цене сумм* оценива* оценен* заплат* оплат* потрат* вложат вложит вложил* обойд* обошл* денег деньг* средств* доллар* тенге инвестиц* объём* объем*',
    moneyVerbs: 'стоит стоят стоил стоила стоило стоили заплатил* заплатит* заплатят потратил* потратит* потратят',
    giving: 'дал дали давал давали стоит стоят стоил стоила стоило стоили скинул скинули скинулись выделил выделила выделили пожертвовал пожертвовали',
    percent: '% процент* доля доли долю уровень уровня уровне',
    skip: 'вместе совокупно суммарно всего примерно около приблизительно именно конкретно точно общей сложности составляет составит составил* составляют составляло сейчас сегодня ныне нынешний нынешнего текущий там тут здесь',
    listVerbs: 'включа* включен* охватыва* предусматрива* предусмотрен* входит входят вошли вошло содерж* касает* касаются затрагива* состоит состоят',
    businessVerbs: 'постав* достав* постро* строит* произв* выпуст* выпуска* закуп* купи* покупа* приобре* заказ* прода* инвест* финансир* вложи* получ* экспорт* импорт*',
    glue: 'такой такая такое такие это является являются являлся являлась был была было были будет будут',
    coordinators: 'и а также',
    requests: 'прошу просим просьба',
    yesNo: 'ли',
    yesNoOpeners: 'неужели разве правда верно',
    yesNoParticles: 'ли',
    plural: /(ы|и|ов|ев|ей|ам|ям|ами|ями|ах|ях)$/u,
    verbLike: /(ть|ться|ло|ли|ла|но|ны|ся|сь|ет|ит|ут|ют|ат|ят|ем|им|ал|ил|ел)$/u,
    every: 'все всех всем всеми обе оба каждый каждая',
    anaphor: 'них их',
    size: 'крупн* больш* велик* огромн* масштаб* размер*',
    comparative: 'больше крупнее дороже выше меньше дешевле ниже',
  },
  bg: {
    cues: [
      { p: 'в колко часа', kind: 'date' },
      // («С колко са помогнали», with how much have they helped: an amount; «с колко държави», a count.)
      { p: 'за|на|с колко', role: 'qty', kind: 'money' },
      // («Колко прави сделката в евро?»: how much it comes to.)
      { p: 'колко прави|правят|правеше', role: 'qty', kind: 'money' },
      { p: 'колко', role: 'qty', kind: 'count' },
      { p: 'от|до кога', kind: 'date' },
      { p: 'кога', kind: 'date', conj: true },
      { p: 'къде|откъде|накъде', kind: 'place', conj: true },
      { p: 'защо', kind: 'purpose' },
      { p: 'за какво ~ разговаря*|говори*|говориха|договори*|обсъди*|обсъжда*|споразумя*', kind: 'other' },
      { p: 'за какво', kind: 'purpose' },
      { p: 'на|за кого', role: 'who', recipient: true },
      { p: 'кому', role: 'who', recipient: true },
      { p: 'с кого', kind: 'person' },
      { p: 'чий|чия|чие|чии|чийто|чиято|чието|чиито', role: 'who', det: true, relative: true },
      { p: 'кой|коя|кое|кои поред', kind: 'other' },
      // («Коя среща», «кое споразумение»: the feminine and neuter forms qualify a noun, "which"; «кой» may be "who".)
      { p: 'коя|кое', role: 'which' },
      { p: 'кой|кого', role: 'who', conj: true, det: true },
      { p: 'кои', role: 'who', conj: true, det: true, all: true },
      { p: 'какво представлява|представляват', kind: 'description' },
      { p: 'кой|какъв|каква ~ по професия|специалност|образование|длъжност', kind: 'description' },
      { p: 'какво ~ знае за', kind: 'description' },
      { p: 'разкажи*|опиши*', kind: 'description', lead: true },
      // («Какво количество пшеница…»: "what quantity of", as «колко».)
      { p: 'какво количество', role: 'qty', kind: 'count' },
      { p: 'какво', role: 'what', conj: true },
      { p: 'какви', role: 'which', all: true },
      { p: 'какъв|каква', role: 'which' },
      // («Как се казва срещата…»: the name of the thing named after it, as “which” asks.)
      { p: 'как се казва|казваше|нарича|наричаше', role: 'which' },
      { p: 'как', kind: 'other' },
      { p: 'изброй*', role: 'ask', kind: 'list', lead: true },
      { p: 'посочи*|назови*|назовете|кажи*|потвърди*|уточни*|съобщи*', role: 'ask', kind: 'other', lead: true },
    ],
    classes: {
      organisation:
        'компани* фирм* корпораци* производител* доставчик* купувач* клиент* изпълнител изпълнителя изпълнителят изпълнители изпълнителите оператор* превозвач* инвеститор* банк* министерств* ведомств* агенци* организаци* авиокомпани* холдинг* фонд* предприяти* дружеств*',
      person: 'фамилия фамилията фамилното човек* лице* лица* личност* ръководител* глава главата политик* дипломат* министър* министъра* президент* посланик* представител* говорител* директор*',
      // («област» is a field as often as a province: «в коя област» asks which field, a region is «регион».)
      place: 'град града градът градове страна страни страната страните държав* регион* мяст* място* столиц* щат*',
      date: 'дата дата* година годината ден деня денят срок* време* месец* период* график* разписани*',
      money: 'стойност* цена цената цени сума* обем* бюджет* инвестици* пари* стокообмен* цифр*',
      percent: '% процент* дял* делът част частта ниво нивото',
      count: 'брой броя броят количеств* численост*',
      purpose: 'цел целта цели целите причин* смисъл*',
      list: 'области областите направлени* сфер* отрасл* отрасъл* тема темата теми темите въпрос* точк* мерк* стъпк* приоритет*',
      description: 'длъжност* пост поста роля ролята професия професията специалност*',
    },
    money: 'струва* струват струваше плат* плащ* похарч* оценен* оценява* стойност* цена цената сума* пари* долар* инвестици* обем*',
    moneyVerbs: 'струва струват струваше плати платиха плаща плащат похарчи* възлиза*',
    giving: 'дал дала дали',
    percent: '% процент* дял* ниво нивото',
    skip: 'заедно общо всичко приблизително около точно конкретно именно възлиза* сега понастоящем днес там тук',
    listVerbs: 'включва* включен* обхваща* обхванат* предвижда* съдърж* влизат влиза състои*',
    businessVerbs: 'достав* постро* строи* изгражд* произвежд* произвед* купи* купува* закуп* поръча* прода* инвестира* финансира* получ* изнас* внас*',
    glue: 'е са това бяха беше бил била било били',
    coordinators: 'и а',
    requests: 'моля молим',
    yesNo: 'ли',
    yesNoOpeners: 'нима вярно',
    yesNoParticles: 'ли',
    plural: /(и|ите|ове|овете)$/u,
    verbLike: /(?:[аяи]ха|[аяе]ше)$/u,
    perfect: /(?:[аяеиу]л[аиое]?)$/u,
    possessive: 'на',
    every: 'всички всеки двете двамата',
    anaphor: 'тях',
    size: 'голям* едър* огром* мащаб* размер*',
    comparative: 'повече голям* скъп* висок*',
  },
  hu: {
    cues: [
      { p: 'mi a helyzet', framing: true },
      { p: 'mennyibe|mennyiért', kind: 'money' },
      { p: 'mennyit ér|érnek|ért', kind: 'money' },
      { p: 'hány|hányat|hányszor', role: 'qty', kind: 'count', countable: true },
      { p: 'mennyi|mennyit|mekkora|mekkorák|mekkorát', role: 'qty', kind: 'count' },
      { p: 'hányan|mennyien', kind: 'count' },
      { p: 'hányban|hánykor|hányadikán', kind: 'date' },
      { p: 'hány órakor', kind: 'date' },
      // "The how-manieth": an ordinal («második»), read from the passage.
      { p: 'hányadik|hányadikként|hányadszor', kind: 'other' },
      { p: 'mikor|mikorra|mióta|meddig', kind: 'date', conj: true },
      { p: 'hol|hová|hova|honnan|merre', kind: 'place', conj: true },
      { p: 'miért', kind: 'purpose' },
      { p: 'mi célból|végett|okból|célja|oka', kind: 'purpose' },
      { p: 'mire terjed*', kind: 'list' },
      { p: 'mire', kind: 'purpose' },
      { p: 'kicsoda|kicsodák', kind: 'description' },
      // «Kinek a jelenlétében…», «kinek az ajánlatára»: whose, not to whom.
      { p: 'kinek|kiknek a|az', role: 'who' },
      { p: 'kinek|kitől|kiért', role: 'who', recipient: true },
      { p: 'kiknek|kiktől', role: 'who', recipient: true, all: true },
      { p: 'kivel|kiről', kind: 'person' },
      // (The plural asks for all of them: «kikkel tárgyalt», with whom.)
      { p: 'kikkel|kikről', kind: 'person', all: true },
      { p: 'kié|kiét', role: 'who' },
      // («Kire hivatkozott…»: onto whom, whom it cites.)
      { p: 'kire|kikre', role: 'who' },
      { p: 'ki|kit', role: 'who', conj: true },
      { p: 'kik|kiket', role: 'who', conj: true, all: true },
      { p: 'mit jelent*', kind: 'description' },
      { p: 'mit ~ tud*', kind: 'description' },
      { p: 'mesélj*|mutasd|mutassa|ismertes*', kind: 'description', lead: true },
      { p: 'mi|mit|miben|miből|mivel|miről|mihez|minek|mitől|mivé', role: 'what', conj: true },
      { p: 'mik|miket|melyek|melyeket|melyekben|melyekre|melyeken', role: 'which', all: true },
      { p: 'melyik|melyiket|melyikkel|melyikben|mely|milyen', role: 'which' },
      // («Hogy hívják a vezérigazgatót…», what is he called: the name of the noun after it, as «как называется» asks.)
      { p: 'hogy|hogyan hívják|hívták|hívnak|nevezik|nevezték', role: 'which' },
      { p: 'hogyan|miként', kind: 'other' },
      { p: 'sorol*', role: 'ask', kind: 'list', lead: true },
      { p: 'nevez*|add|adja|mondd|mondja|erősítsd|erősítse|pontosítsd|pontosítsa|közöl*', role: 'ask', kind: 'other', lead: true },
    ],
    classes: {
      organisation:
        'cég* vállalat* társaság* vasúttársaság* gyártó* beszállító* szállító* fél felek feleket vevő* megrendelő* ügyfél* befektető* bank* pénzintézet* intézmény* intézet* minisztérium* ügynökség* szervezet* légitársaság* holding* alap alapot vállalkozás*',
      person: 'vezetéknev* családnev* személy* ember* tisztviselő* tisztségviselő* vezetője vezetői vezetőjét államtitkár* aláíró* politikus* diplomata* miniszter* elnök* nagykövet* képviselő* szóvivő* igazgató*',
      place: 'város* ország* régió* hely helyen helyre helye helyszín* állam* megyé* megye térség* főváros*',
      date: 'dátum* időpont* nap napon év évben éve évet hónap* határidő* időszak* ütemez* menetrend*',
      money: 'érték* összérték* ár ára árát összeg* költség* beruházás* befektetés* pénz* forgalom* forgalm* költségvetés*',
      percent: '% százalék* arány* részesedés* hányad* szint szintje szintjét',
      count: 'szám száma számát mennyiség* létszám*',
      purpose: 'cél* ok oka okból indok*',
      list: 'terület* irány* ágazat* szektor* szféra* téma* kérdés* pont pontok pontja pontjai lépés* intézkedés* prioritás* elem eleme elemei elemek elemeit elemét elemeket',
      description: 'pozíció* poszt* beosztás* szerep* tisztség* foglalkozás* szakm* végzettség*',
    },
    money: 'kerül* fizet* költ* támogatás* érték* összérték* ár ára árát összeg* pénz* dollár* beruház* befektet* forint* forgalom* forgalm*',
    moneyVerbs: 'kerül kerülnek került kerültek fizet* költ*',
    percent: '% százalék* arány* részesed* hányad* szint szintje szintjét',
    skip: 'együtt együttesen összesen körülbelül pontosan konkrétan nagyjából összes mintegy jelenleg jelenlegi most ott itt',
    listVerbs: 'tartalmaz* foglal* terjed* érint* áll irányoz*',
    businessVerbs: 'szállít* épít* gyárt* vásárol* vesz* vett* megrendel* rendel* elad* értékesít* fektet* finanszíroz* kap* termel* export* import*',
    glue: 'az a egy volt lesz van',
    coordinators: 'és meg valamint',
    requests: 'kérem kérjük kérném',
    // (Not the dative «-nak/-nek» of a singular: «eseménynek»; «eseményeknek» is plural.)
    plural: /^(?!.*[^k]n[ae]k$).*[aeoöuüáéóő]k(at|et|ot|öt|ban|ben|on|en|ön|ra|re|ba|be|ból|ből|hoz|hez|höz|nak|nek|kal|kel|ról|ről|ért|ig|től|tól)?$/u,
    every: 'mind minden összes mindkét mindegyik',
    anaphor: 'közülük belőlük őket',
    yesNoOpeners: 'igaz vajon tényleg valóban',
    size: 'mekkora mekkorák mekkorát nagy nagyobb nagyságú hatalmas méret* nagyság*',
    comparative: 'nagyobb több drágább magasabb kisebb kevesebb olcsóbb legnagyobb legtöbb legkisebb legkevesebb',
    signs: 'alá aláír*',
  },
  kk: {
    cues: [
      { p: 'қаншаға', kind: 'money' },
      // («айдың нешесінде», «қарашаның нешесі күні»: on which day of the month.)
      { p: 'нешеде|нешесінде', kind: 'date' },
      { p: 'неше|нешеу*', role: 'qty', kind: 'count', countable: true },
      { p: 'қанша|қаншалықты|қаншасы|қаншасына|қаншасын', role: 'qty', kind: 'count' },
      { p: 'қашан|қашаннан|қашанға', kind: 'date' },
      { p: 'нешінші|нешесі', role: 'which' },
      { p: 'қайда|қайдан|қайда', kind: 'place' },
      { p: 'неге|неліктен|неліктен', kind: 'purpose' },
      { p: 'не үшін|себепті|мақсатпен|мақсатта', kind: 'purpose' },
      { p: 'кім болып', kind: 'description' },
      // «Қазақстанды кім ретінде сипаттады»: as what he described it, not who.
      { p: 'кім|не ретінде', kind: 'other' },
      { p: 'деген|дегеніміз кім|не', kind: 'description' },
      { p: 'кімге|кімнен', role: 'who', recipient: true },
      { p: 'кімдерге|кімдерден', role: 'who', recipient: true, all: true },
      { p: 'кім үшін', role: 'who', recipient: true },
      { p: 'кіммен', kind: 'person' },
      // (The plural asks for all of them: «кімдермен кездесті», with whom.)
      { p: 'кімдермен', kind: 'person', all: true },
      { p: 'кім туралы', kind: 'person' },
      { p: 'кімнің|кімдердің', role: 'who' },
      { p: 'кім|кімді', role: 'who' },
      { p: 'кімдер|кімдерді', role: 'who', all: true },
      { p: 'туралы ~ айтып|айтыңыз|айтшы|баяндаңыз|баяндап', kind: 'description' },
      { p: 'туралы не белгілі', kind: 'description' },
      { p: 'не|нені|неден|немен|неде', role: 'what' },
      { p: 'қайсысы|қайсысын', role: 'which' },
      { p: 'қайсы|қайсылары', role: 'which', all: true },
      { p: 'қай|қандай', role: 'which' },
      // («…құрылым қалай аталады»: the name of the thing named before it, as «как называется» asks.)
      { p: 'қалай аталады|аталады|аталатын', role: 'which', headBefore: true },
      { p: 'қалай', kind: 'other' },
      // («атап беріңіз», name them out, lists; «атаңыз», name, asks as «назовите» does.)
      { p: 'тізіп|санап|атап', role: 'ask', kind: 'list' },
      { p: 'атаңыз|атаңызшы|айтыңыз|айтыңызшы', role: 'ask', kind: 'other' },
    ],
    classes: {
      organisation:
        'компания* фирма* корпорация* өндіруші* жеткізуші* тарап* алушы* беруші* инвестор* банк* министрлі* агенттік* ұйым* авиакомпания* холдинг* қор қоры кәсіпорын*',
      person: 'тегі адам* тұлға* басшы* шенеунік* саясаткер* дипломат* министр министрі президент* елші* өкіл* сарапшы*',
      place: 'қала* ел елі елде елдегі елден елге елдер* аймақ* өңір* жер* мемлекет* облыс* астана* штат*',
      date: 'жыл жылы жылға жылда күн күні айда уақыт* мерзім* кезең* кесте*',
      money: 'құн* баға* сома* ақша* инвестиция* бюджет* айналым* көлем* қаржы* қаражат*',
      percent: '% пайыз* үлес* бөлігі бөлігін бөлік деңгей*',
      count: 'сан саны санын мөлшер*',
      purpose: 'мақсат* себеп* себеб*',
      list: 'сала* бағыт* тақырып* мәселе* қадам* шара* басымдық*',
      description: 'лауазым* қызмет* рөл* мамандығ* кәсіб*',
    },
    money: 'тұрады тұрмақ тұратын құн* баға* сома* ақша* төле* жұмса* доллар* теңге* инвестиция* айналым* көлем* қаржы* қаражат*',
    moneyVerbs: 'тұрады тұрды төлейді төледі төлеген жұмсайды жұмсады',
    percent: '% пайыз* үлес* бөлігі бөлігін бөлік деңгей*',
    skip: 'бірге бірлесіп барлығы шамамен барлық жалпы нақты дәл қазір қазіргі бүгін онда мұнда',
    listVerbs: 'қамти* кіреді енеді қарастыр*',
    businessVerbs: 'жеткіз* салады салатын салды салынады сатып өндір* шығар* сатады тапсырыс инвестиц* қаржыланд* алады алатын алды алған экспортта* импортта*',
    glue: 'деген дегеніміз мырза ханым',
    coordinators: 'және ал',
    // (With a possessive before the case ending: «өкіл-дер-і-мен», with his representatives.)
    plural: /(лар|лер|дар|дер|тар|тер)(?:ы|і)?(ын|ін|н|да|де|нда|нде|ға|ге|на|не|ды|ді|ны|ні|дың|дің|ның|нің|мен|нан|нен|дан|ден)?$/u,
    // (A finite verb after «қанша», «қанша *салды*», how much it put in: the past and the present-future in «-ды», «-ады».)
    verbLike: /(?:ды|ді|ты|ті)$/u,
    every: 'барлық барлығы екеуі екі',
    anaphor: 'олардың олардан',
    yesNoOpeners: 'рас шынымен расымен',
    yesNoParticles: 'ма ме ба бе па пе',
    size: 'қаншалықты ірі үлкен көлем* ауқым*',
    comparative: 'көбірек көп үлкенірек қымбатырақ ірірек',
    signs: 'қол',
  },
};
