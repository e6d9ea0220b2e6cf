/**
 * Broader concepts and the narrower ones they take in: a question asks with the general word ("machinery",
 * "resources", "energy") where an article names the particular thing («сельхозтехника», «редкоземельные
 * металлы», «уран»). Only the question's words are widened (asking about machines finds tractors; asking
 * about tractors must not find every machine), so the index does not depend on this table.
 */
const NARROWER: Readonly<Record<string, readonly string[]>> = {
  money: ['dollar', 'euro', 'tenge', 'ruble', 'yuan', 'currency', 'finance'],
  // "What sum": a total is one («общий объём»).
  sum_amount: ['total'],
  arrival: ['visit', 'supply_delivery'],
  ordinal: ['first', 'second', 'third'],
  // "Which day of the week": a weekday the article names («csütörtökön»).
  week: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  // "After which event", «след кое събитие»: a summit, a meeting, a visit the article names.
  event: ['summit', 'meeting', 'visit', 'forum', 'ceremony'],
  initiative: ['belt_road'],
  project: ['belt_road'],
  program: ['belt_road'],
  equipment: ['machinery', 'farm_machinery', 'components'],
  machinery: ['farm_machinery'],
  resource: ['mineral', 'energy', 'water'],
  mineral: ['rare_earth', 'metal', 'ore', 'uranium', 'lithium', 'tungsten', 'titanium'],
  metal: ['rare_earth', 'gold', 'copper', 'steel', 'lithium', 'tungsten', 'titanium'],
  energy: ['oil', 'gas', 'coal', 'electricity', 'nuclear', 'renewable', 'uranium'],
  transport: ['rail', 'aviation', 'freight_cargo', 'car', 'truck', 'bus'],
  rail: ['locomotive', 'wagon'],
  engine: ['locomotive'],
  // "Which expert": a political scientist the article quotes is one («Политолог Талгат Калиев»).
  expert: ['political_scientist', 'specialist'],
  // "Business people", «бизнес»: where an article names companies and their representatives.
  business: ['company', 'entrepreneur'],
  // «Группа американских бизнесменов»: a delegation is a group.
  group: ['delegation'],
  // An enterprise is asked about where an article names a company («на базе АО …»).
  enterprise: ['company'],
  // "A medical project": a clinic, healthcare («Ashmore Healthcare International klinikát»).
  medicine: ['clinic', 'health'],
  // "Which areas of cooperation": its directions or sectors («Ключевые направления сотрудничества»).
  sphere: ['direction'],
  // "Which sectors": an industry is one («оборонная промышленность»), and so is a branch of an economy named by what
  // it works in (mining, energy, farming…). (Not transport: "the railway sector" would hold every locomotive; nor
  // trade, which a trade minister's title names.)
  sector: ['industry', 'mining', 'mineral', 'energy', 'agriculture', 'technology', 'finance', 'health', 'tourism', 'education'],
  // «Молодёжи, которая хочет учиться»: studying is where an article names students and their scholarships
  // («ösztöndíjakat … a palesztin diákoknak»).
  education: ['student', 'scholarship', 'university', 'school'],
  // "How much did they give", «қанша берді»: what they contributed, donated or allocated.
  bring_about: ['contribute', 'donate', 'allocate'],
  // "How much did they allocate", «қанша бөлген»: money set aside for a cause is money given to it, and the other way round.
  allocate: ['contribute', 'donate'],
  contribute: ['allocate', 'donate'],
  donate: ['allocate', 'contribute'],
  // "Was he offered to build…", «пригласили строить»: to invite someone to do something is to propose it to them.
  offer_propose: ['invite'],
  invite: ['offer_propose'],
  // "They are going to build", «собираются строить»: an intention is a plan («tervezi megépíteni»), and back.
  intention: ['plan'],
  plan: ['intention'],
  // "Built with the participation of…", «при участии»: with one's help («segítségével»), and back.
  participate: ['aid_assistance'],
  aid_assistance: ['participate'],
  // "So far", «досега»: over the period up to now, since the moment something began («за этот период», «с момента запуска»).
  so_far: ['period', 'moment'],
  // To fund is to finance: asked where an article tells of financing («финансиране на … компании»).
  fund: ['finance'],
  // "When did it launch the centre", «запустил»: opening it («открыл»), and back («с момента запуска», since it opened).
  launch: ['open'],
  open: ['launch'],
  // "Where does the plant operate", «működik»: where it works («работает завод»); and a plant that works operates.
  operate: ['work'],
  work: ['operate'],
  // "Troops for Gaza's security": keeping order there («rendfenntartás», «правопорядок»).
  security: ['police'],
  // "The Kazakh capital", «американская столица»: asked where an article names the city.
  capital_city: ['astana', 'washington'],
  gulf: ['saudi_arabia', 'uae', 'qatar', 'kuwait', 'bahrain'],
  // A state and a country are one thing asked two ways («първите държави», «az első öt ország»).
  state: ['country'],
  country: ['state'],
  aviation: ['aircraft', 'airline', 'airport', 'flight'],
  // "Which planes", «какие самолёты»: the model the article names («Boeing 787 Dreamliner»).
  aircraft: ['dreamliner'],
  agriculture: ['grain', 'wheat', 'livestock', 'crop_harvest', 'fertilizer', 'farm_machinery'],
  food: ['grain', 'wheat', 'meat', 'pet_food'],
  grain: ['wheat'],
  product_goods: ['food', 'pet_food', 'meat', 'grain', 'wheat', 'fertilizer', 'equipment', 'machinery', 'farm_machinery', 'locomotive', 'aircraft'],
  // An American secretary is a minister ("the trade secretary", «министр торговли»).
  secretary: ['minister', 'foreign_minister'],
  // "Which official signed it": a minister, an ambassador, a representative of a government is one.
  official: ['minister', 'secretary', 'foreign_minister', 'ambassador', 'representative', 'governor_akim'],
  leader: ['ceo', 'director', 'chairman', 'president', 'vice_president', 'prime_minister', 'governor_akim', 'mayor'],
  // "Who represented Boeing": its representatives and its executives speak for a company.
  represent: ['representative', 'ceo', 'director', 'chairman', 'vice_president'],
  technology: ['ai', 'digital', 'computer', 'semiconductor', 'cyber', 'telecom', 'internet', 'satellite', 'electronics'],
  // "After which forum were the deals signed": a gathering of leaders is any of them.
  forum: ['summit'],
  // "Which council met", «béketanács»: the Board of Peace is one.
  council: ['peace_council'],
  // "His job in the US administration": a country's executive is its government.
  administration: ['government'],
};

/** Every concept id the table names, for the lexicon's checks. */
export const HIERARCHY_IDS: readonly string[] = [...new Set(Object.entries(NARROWER).flatMap(([broad, narrow]) => [broad, ...narrow]))];

const closure = new Map<string, readonly string[]>();

/** The concepts a broader concept takes in, at any depth ("resource" → mineral → rare_earth); none for a narrow one. */
export function narrowerConcepts(id: string): readonly string[] {
  let found = closure.get(id);
  if (!found) {
    const all = new Set<string>();
    const walk = (at: string) => {
      for (const next of NARROWER[at] ?? []) if (!all.has(next) && next !== id) (all.add(next), walk(next));
    };
    walk(id);
    closure.set(id, (found = [...all]));
  }
  return found;
}

const broader = new Map<string, readonly string[]>();

/** The broader concepts a concept falls under, at any depth (oil → energy → resource). */
function broaderConcepts(id: string): readonly string[] {
  let found = broader.get(id);
  if (!found) broader.set(id, (found = Object.keys(NARROWER).filter((broad) => broad !== id && narrowerConcepts(broad).includes(id))));
  return found;
}

/** Whether a passage's term keys hold a key, a general concept by a particular one too (a "head" by a CEO). */
export function holdsKey(keys: ReadonlySet<string>, key: string): boolean {
  return keys.has(key) || (key.startsWith('c:') && narrowerConcepts(key.slice(2)).some((id) => keys.has(`c:${id}`)));
}

/** Whether two different concepts fall under one broader concept: oil and minerals are both resources. */
export function shareBroader(a: string, b: string): boolean {
  const above = broaderConcepts(b);
  return a !== b && broaderConcepts(a).some((c) => above.includes(c));
}

/** Whether two words' term keys name concepts under one broader concept: flights and Dreamliners are both aviation. */
export function keysShareBroader(a: Iterable<string>, b: Iterable<string>): boolean {
  const concepts = (keys: Iterable<string>) => [...keys].filter((k) => k.startsWith('c:')).map((k) => k.slice(2));
  const others = concepts(b);
  return concepts(a).some((c) => others.some((d) => shareBroader(c, d)));
}

/**
 * One exchange told from either side: a buyer buys, orders and receives what a seller sells and supplies. "Why did
 * Kazakhstan buy locomotives from Wabtec?" asks what an article tells as «поставку … локомотивов»; "who sells Air
 * Astana its planes" what it tells as an order. Unlike a broader word, each side is asked with its own word even
 * where the corpus uses it, so the question's word always takes in the other sides too.
 */
const EXCHANGE: readonly string[] = ['purchase', 'sale', 'supply_delivery', 'order'];

/** How much a passage telling the exchange from another side holds of the question's word: less than its own word. */
export const COUNTERPART_WEIGHT = 0.5;

/** The other sides of the exchange a concept tells ("purchase" → sale, supply, order); none for any other concept. */
export function counterpartConcepts(id: string): readonly string[] {
  return EXCHANGE.includes(id) ? EXCHANGE.filter((other) => other !== id) : [];
}
