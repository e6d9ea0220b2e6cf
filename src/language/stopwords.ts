import { createRequire } from 'node:module';
import { foldWord, plainLetters } from './fold.js';
import { perLang, scriptOfLang, scriptOfWord, type Lang } from './lang.js';
import { conceptsOf } from './lexicon.js';

/**
 * Function words and question words of the five languages. They carry no topic, so retrieval,
 * the relevance gate and sentence scoring all ignore them.
 *
 * Our own lists (question words, particles, Kazakh, which no package covers) are always stopwords.
 * The maintained stopwords-iso lists add the long tail of function words, but they also hold content
 * words ("город", "billion", "value", "év"): a word the concept lexicon knows is content, never a stopword.
 */
const OWN: Record<Lang, string> = {
  en: `behalf gonna guy lol suddenly curious reportedly heard wait
    nearly almost roughly rough around approximately approximate a an the and or but of to in on at by for from with about as into onto over under after before since until
    is are was were be been being am do does did done have has had having will would shall should can could may might must
    it its this that these those there here what which who whom whose when where why how many much long often
    i you he she we they me him her us them my your his our their mine yours tell please kindly know any some all each
    not no yes also only just than then so such very too more most again ever both either neither whether if
    s t get got give given make made what's who's where's when's how's i'm i've i'd i'll you're you've we're we've they're they've it's that's there's here's let's
    isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't haven't hasn't hadn't shouldn't between other others another
    supposed exactly especially currently actually really according regarding concerning per via within without
    including incl basically simply literally anyway lot lots plenty pls plz thx explain explains explained describe describes true
    respect uh umm erm hmm`,
  ru: `тебе скольких какими каким чьей чьего чей назовите кажется вроде наверное видимо пожалуй
    относительно касательно перечисли перечислите почти примерно приблизительно порядка а и в во на с со к ко о об обо от до из у за по при для без над под про через между перед после около
    не ни же ли бы вот это этот эта эти этого этой этом тот та те того той том так также тоже как какой какая какое
    какие каков какова каково каковы каким какую каких сколько где когда куда откуда почему зачем кто что чего чем кого кому
    который которая которое которые которого которой котором был была было были быть будет будут есть является
    я ты он она оно мы вы они его ее её их ему ей им нам вам нас вас мне меня себя свой своя свои своих
    или но да нет уже еще ещё только даже все всё всех весь вся если то чтобы ли ну очень более менее
    каком какого какому каких именно особенно также согласно между
    однако кроме помимо поэтому поскольку теперь сейчас наш наша наше наши нашу нашей нашего нашим наших
    свою своего своей своим своими собой этих этим этими тем таких такой такая такое такие таким
    которую которым которыми которых другие другой другая другое других другим другими больше
    самый самое самая самые самого самом просто очередь конечно безусловно вероятно крайне ряд
    подобное подобный подобные данная данное данного данной данном качестве делает делать
    имеет имеют имеющий собственных собственный собственной собственные собственного
    вообще собственно действительно правда верно ведь разве неужели таки насколько идёт идет идут среди
    занимается занимаются занимался занималась заниматься объясни объясните объясняет расскажи расскажите
    скока скоко скок чё чо шо деле действительности реально включая числе короче вроде блин`,
  // (And the asker's own words and a request's: «пиша», «знам», «посочете», «накратко»; «откакто», «насам», since.)
  bg: `ми ви ме тях откакто насам друго своята чия чие чии посочете накратко евентуално пиша знам живея искам
    относно изброй избройте почти приблизително горе долу а и в във на с със к към о от до из у за по при за без над под през между пред след около
    не ни ли би ще е са съм си сме сте беше бяха бил била били било да този тази това тези тоя онзи
    как какъв каква какво какви колко къде кога защо кой коя кое кои кого когото каквото където кому който която което които
    аз ти той тя то ние вие те го я ги му ѝ им нас вас мен себе си свой своя свои
    или но нито още само дори всички всичко всеки ако че дали много повече по-малко
    според има няма него нея отколкото точно особено между
    се чрез също както бъде наш наша наше нашата нашето нашия нашите имате имаме имат
    изобщо въобще всъщност наистина вярно просто нали сред измежду занимава занимават занимавал занимавала обясни обяснете обяснява разкажи разкажете реално действителност включително абе ами такова
    другият другия другата другото другите дето`,
  // (The case endings Hungarian joins to a foreign name by a hyphen, «Deere-rel», «KTZ-nél», «C5+1-ként», and «kb.».)
  hu: `nekem neked nekünk nektek rel ral nal nel kal kel szal szel tal tel ba et ig ként nál nél kb
    mióta akit akinek leginkább állítólag tudom emlékszem írok pls
    illetően vonatkozóan sorold sorolja soroljon szóló vonatkozó kapcsolatos majdnem mintegy körülbelül nagyjából a az egy és vagy de is nem sem meg már még csak pedig hogy mint ha akkor mert ami amely aki amit ahol amikor
    mi mit mik kik ki mikor hol hová honnan miért hogyan hány hányat mennyi mennyit mennyibe mennyiért mennyien hányan milyen melyik mekkora meddig mikorra
    van volt lesz fog fogja fogják fognak fogunk fogsz fogok lett lehet nincs vannak voltak ez ezt ennek ebben arra erre azt annak abban ezek azok
    én te ő mi ti ők őt engem téged neki nekik által alatt után előtt között szerint során számára pedig ellen ellenére
    minden sok több nagyon kell kellenek kellett kellettek kellene kellenének kelleni kelljen mely melyek miben akivel amivel alapján pontosan különösen továbbá
    majd mivel miközben melynek amelyet amelyek valamint szintén közötti
    alá hozzá val vel tól től ról ről nak nek hoz hez höz ra re ban ben ból ből
    éval ével ét étől éről éhoz éhez ében éből ének éra ére
    igaz fordítva igen iránt szól szólt szólnak
    egyáltalán tulajdonképpen voltaképpen egyébként vajon hányszor valójában igazából ténylegesen
    beleértve ideértve többek foglalkozik foglalkoznak foglalkozott csinál csinálnak csinált csinálja vár magyarázd magyarázza mesélj izé szóval`,
  kk: `саған шамамен жуық жуығы және мен да де та те бен пен ал бірақ немесе әлде үшін туралы арқылы дейін кейін бойынша сияқты
    қанша қаншасы қаншалары неше қашан қайда қай кім не неге неліктен қандай қалай қайсы
    бұл осы сол ол олар біз сіз сен мен оның олардың біздің сіздің өз өзі
    емес жоқ бар еді болды болып болады болмаса әйтпесе егер олай екен ма ме ба бе па пе ғой ғана тек да
    ретінде кезінде аясында ішінде арасындағы арасында жөнінде жөніндегі жөнінен атынан тарапынан байланысты жайлы қатар қатарында қатарына қатарынан
    ету етуге етіп етеді етті еткен
    тағы деп деген аса түрде бөлек сондай сонымен қоса алғанда
    бірдеңе мүлдем шынымен шынында шын мәнінде жүзінде рас әйтеуір қаншалықты рет көп көптеген айналысады айналысатын айналысқан істейді істеді істейтін істемек істемекші істеу арналған арналады арналғанын түсіндіріңіз түсіндірші
    тың тің дың дің ның нің ға ге қа ке дан ден тан тен нан нен сы сі ны ні
    оны оған онда одан онымен мұны мұның осыны кімді кімге кімнен кіммен кімнің нені немен неден бірге
    басқа нәрсе нәрсеге нәрсені нәрсенің нәрселер
    бізде бізге бізді бізден бізбен маған мені менің менде менен сізге сізді сізде сізден оларға оларды оларда олардан жатыр бірнеше барлығы барлық дұрыс
    ең алдымен әсіресе негізінен ей әлгі ау әй
    гөрі қарағанда бері астам қазір жағынан сәйкес қайсысы кімдермен екенін
    отыр отырмын отырмыз жатырмын жатырмыз жүрмін жүрміз келе істеп істеген`,
};

const ISO = createRequire(import.meta.url)('stopwords-iso') as Partial<Record<Lang, string[]>>;

const words = (list: string) => list.split(/\s+/).filter(Boolean);

let byLang: Record<Lang, ReadonlySet<string>> | undefined;
const own = perLang<ReadonlySet<string>>((lang) => new Set(words(OWN[lang])));

// Built on first use: it asks the lexicon about every listed word once.
function lists(): Record<Lang, ReadonlySet<string>> {
  byLang ??= perLang((lang) => {
    const extra = (ISO[lang] ?? []).filter((w) => /^[\p{L}']+$/u.test(w) && !conceptsOf(w, lang).length);
    return new Set([...own[lang], ...extra]);
  });
  return byLang;
}


const plainSets = new Map<boolean, Record<Lang, ReadonlySet<string>>>();
/** The lists in plain letters («és» as «es»), for questions typed without accents or Kazakh letters. */
function plainLists(named: boolean): Record<Lang, ReadonlySet<string>> {
  let sets = plainSets.get(named);
  if (!sets) {
    const from = named ? own : lists();
    plainSets.set(named, (sets = perLang((lang) => new Set([...from[lang]].map(plainLetters)))));
  }
  return sets;
}

/**
 * Whether a lowercased word is a function word in a text of the given language. The word's script
 * picks the list when it differs from the text's: "and" in a Russian text, «и» in an English one.
 * A name (capitalised in mid-sentence) is checked against our own lists only: the long lists hold
 * names such as "Microsoft".
 */
export function isStopword(word: string, lang: Lang, named = false): boolean {
  const sets = named ? own : lists();
  const script = scriptOfWord(word);
  // «es», «ala», «kazakstanga kashan»: a word typed without its accents or Kazakh letters is the function word it spells.
  // («akar», want, is a word of its own, not the plain «akár».)
  if (script === scriptOfLang(lang)) return sets[lang].has(word) || (plainLetters(word) === word && plainLists(named)[lang].has(word) && !conceptsOf(word, lang).length);
  return script === 'cyrillic' ? sets.ru.has(word) || sets.bg.has(word) || sets.kk.has(word) : sets.en.has(word) || sets.hu.has(word);
}

/** Each language's own list: the lexicon check needs to know which language a function word belongs to. */
export const STOPWORDS_BY_LANG: Readonly<Record<Lang, readonly string[]>> = perLang((lang) => words(OWN[lang]));

/** Every stopword of every language (for checks of the lexicon data). */
export const allStopwords = (): ReadonlySet<string> => new Set(Object.values(lists()).flatMap((set) => [...set]));
