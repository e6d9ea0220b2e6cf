import type { Concept } from './concept.js';

/** Agriculture and food. */
export const AGRICULTURE: readonly Concept[] = [
  { id: 'agriculture', en: ['agricultur', 'agrarian', '=agro', 'agribusiness', '=farm', '=farms', 'farmer', 'farming'], ru: ['сельхоз', 'сельскохоз', 'аграр', 'агро', 'фермер', '=ферма', '=фермы'], bg: ['селскостопан', 'земедел', 'аграр', 'агро', 'фермер'], hu: ['mezőgazdas', 'agrár', 'farmer'], kk: ['шаруашылы', 'ауыл шаруашыл', 'агро', 'аграр', 'фермер'] },
  { id: 'grain', en: ['grain', 'cereal'], ru: ['зерн', 'злак'], bg: ['зърн', '=жито', 'житн'], hu: ['gabona'], kk: ['астық', 'астығ'] },
  { id: 'wheat', en: ['wheat'], ru: ['пшениц', 'пшеничн'], bg: ['пшениц', 'пшеничен'], hu: ['búza'], kk: ['бидай'] },
  { id: 'livestock', en: ['livestock', 'cattle'], ru: ['животновод', '=скот', '=скота', 'скотовод'], bg: ['животновъд', 'добитък', 'добитъка'], hu: ['állattenyészt', 'jószág', 'állatállomány'], kk: ['=мал', 'малды', 'малдың', 'малдар'] },
  { id: 'meat', en: ['=meat', '=beef'], ru: ['=мясо', '=мяса', 'мясн'], bg: ['=месо', '=месото', 'месн'], hu: ['húsip', 'húst', 'húsok', '=húsa'], kk: [] },
  { id: 'animal', en: ['animal'], ru: ['животн'], bg: ['животн'], hu: ['==állat', 'állatok', '=állatot'], kk: ['жануар'] },
  { id: 'pet_food', en: ['=pet', '=pets', 'petfood', 'petcare', '=feed', '=feeds', 'animal food', 'animal feed', 'dog food', '=chow', '=kibble', 'cat food', '=fodder'], ru: ['=корм', '=корма', 'кормов', '=кормам', '=кормами', '=кормах', 'корм для животн', 'питомц', 'комбикорм', 'домашн животн', '=кормом', '=корму', 'зоотовар'], bg: ['любимц', 'храна за животн', '=фураж', 'кучешк храна', 'котешк храна', '=фуража'], hu: ['állateledel', 'kisállat', 'kutyaeledel', 'háziállat', 'takarmány', 'eledel', 'macskaeledel', 'macskatáp', 'kutyatáp'], kk: ['=жем', 'жануар азығ', 'жануарлар азығ', 'үй жануар', 'жемшөп', 'мал азығ', 'мысық азығ'] },
  { id: 'food', en: ['=food', '=foods', 'foodstuff', 'confection', '=chocolate', '=candy', 'candymaker', '=sweets', 'chocolatier', '=snack'], ru: ['продовольств', 'пищев', 'питани', '=еда', '=еду', '=едой', '=еде', 'кондитер', 'шоколад', 'конфет', '=сладости', '=сладостей'], bg: ['=храна', '=храната', 'хранителн', 'хранителен', 'сладкарск', '=бонбони', 'сладкиш', 'захарни изделия'], hu: ['élelm', '=étel', 'ételek', 'édesség', 'csokolád', '=csoki', 'cukork'], kk: ['азық', 'азығ', '=тамақ', 'тағам', 'кәмпит', '=тәттілер'] },
  { id: 'crop_harvest', en: ['harvest', '=crop', '=crops'], ru: ['урожа'], bg: ['реколт'], hu: ['termés', 'betakarít'], kk: ['егін'] },
  { id: 'fertilizer', en: ['fertiliz', 'fertilis'], ru: ['удобрен'], bg: ['=тор', '=торове', '=торовете', 'наторяван'], hu: ['műtrágy', 'trágy'], kk: ['тыңайтқыш'] },
  { id: 'cotton', en: ['cotton'], ru: ['хлопок', 'хлопк', 'хлопчат'], bg: ['памук', 'памучн'], hu: ['gyapot'], kk: ['=мақта', '=мақтаны', '=мақтадан', 'мақта шаруашыл'] },
];
