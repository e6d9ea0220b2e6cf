import type { Concept } from './concept.js';

/** Transport: rail, aviation, logistics. */
export const TRANSPORT: readonly Concept[] = [
  { id: 'transport', en: ['transport'], ru: ['транспорт', 'перевоз'], bg: ['транспорт', 'превоз'], hu: ['közleked', 'fuvaroz'], kk: ['көлік', 'көлігі', 'тасымал', 'транспорт'] },
  { id: 'freight_cargo', en: ['freight', 'cargo'], ru: ['=груз', '=груза', '=грузы', '=грузу', 'грузов', 'грузоп', 'грузоо'], bg: ['товарн', 'товарен', 'карго'], hu: ['teher', 'rakomány', 'cargo'], kk: ['=жүк', '=жүкті', 'жүктер'] },
  { id: 'rail', en: ['railway', 'railroad', '=rail', '=rails', '=train', '=trains', '=ktz'], ru: ['железнодорож', 'железн дорог', '=жд', 'рельс', '=поезд', '=поезда', '=поезде', 'поездов', '=ктж'], bg: ['железниц', 'железопът', '=жп', '=бдж', '=влак', 'влака', 'влаков'], hu: ['vasút', '=vonat', 'vonato'], kk: ['теміржол', 'темір жол', 'пойыз', '=қтж'] },
  // An engine, a motor; in railway talk a locomotive (hierarchy.ts widens a question's engines to locomotives).
  { id: 'engine', en: ['=engine', '=engines'], ru: ['=мотор', '=моторы', '=мотора'], bg: ['=мотор', '=мотори'], hu: ['=motor', '=motorok', 'hajtómű'], kk: ['қозғалтқыш'] },
  { id: 'locomotive', en: ['locomotive', '=loco', '=locos', 'train engin', 'railway engin', 'rail engin'], ru: ['локомотив', 'тепловоз', 'электровоз'], bg: ['локомотив'], hu: ['mozdony', 'lokomotív'], kk: ['локомотив', 'тепловоз'] },
  { id: 'wagon', en: ['wagon', 'railcar'], ru: ['вагон'], bg: ['вагон'], hu: ['vagon'], kk: ['вагон'] },
  { id: 'aviation', en: ['aviation'], ru: ['авиаци', 'авиастро', 'воздушн'], bg: ['авиаци', 'въздуш'], hu: ['légiközleked', 'repülés', '=légi'], kk: ['авиаци', '=әуе'] },
  { id: 'airline', en: ['airline', '=carrier', '=carriers'], ru: ['авиакомпани', 'авиаперевозчик'], bg: ['авиокомпани', 'авиопревозвач'], hu: ['légitársaság'], kk: ['авиакомпани', 'әуе компания'] },
  { id: 'aircraft', en: ['aircraft', 'airplane', 'aeroplane', '=planes', 'airliner', 'jetliner', '=jet', '=jets'], ru: ['самолет', 'самолёт', 'лайнер'], bg: ['самолет'], hu: ['repülőgép', 'utasszállító'], kk: ['ұшақ', 'ұшағ'] },
  // A model's name that says its kind: named as a company is (MODEL_CONCEPTS), and found by a question for aircraft.
  { id: 'dreamliner', en: ['dreamliner'], ru: ['дримлайнер', 'дрим лайнер'], bg: ['дриймлайнър', 'дримлайнер'], hu: ['dreamliner'], kk: ['дримлайнер'] },
  { id: 'airport', en: ['airport'], ru: ['аэропорт'], bg: ['летищ'], hu: ['repülőte'], kk: ['әуежай', 'аэропорт'] },
  { id: 'flight', en: ['flight'], ru: ['рейс', 'перелет', 'перелёт'], bg: ['полет', 'рейс'], hu: ['járat'], kk: ['рейс', '=ұшу'] },
  { id: 'passenger', en: ['passenger'], ru: ['пассажир'], bg: ['пътник', 'пътническ'], hu: ['=utas', 'utasok', 'utasforgalom', 'személyszállít', 'személyvonat', 'személyforgalom'], kk: ['жолаушы'] },
  { id: 'pilot', en: ['pilot'], ru: ['пилот'], bg: ['пилот'], hu: ['pilót'], kk: ['ұшқыш', 'пилот'] },
  { id: 'corridor', en: ['corridor'], ru: ['коридор'], bg: ['коридор'], hu: ['folyosó'], kk: ['дәліз'] },
  { id: 'route', en: ['=route', '=routes', '=road', '=roads', '=path', '=paths', '=way', '=ways'], ru: ['маршрут', '=путь', '=пути', '=путём', '=путем', '=дорога', '=дороги', '=дорогу'], bg: ['маршрут', '=път', '=пътя', '=пътят', '=пътища'], hu: ['útvonal', '=út', '=utat', '=utak', '=úton'], kk: ['маршрут', '=жол', '=жолы', '=жолын', '=жолмен', '=жолдар'] },
  { id: 'transit', en: ['=transit', '=transits'], ru: ['транзит'], bg: ['транзит'], hu: ['tranzit'], kk: ['транзит'] },
  { id: 'hub', en: ['=hub', '=hubs'], ru: ['=хаб', '=хаба', '=хабом', '=хабы'], bg: ['=хъб', '=хаб'], hu: ['=hub', 'csomópont'], kk: ['=хаб'] },
  { id: 'port', en: ['=port', '=ports', 'seaport'], ru: ['=порт', '=порта', '=порты', '=портов', '=порту'], bg: ['пристанищ'], hu: ['kikötő'], kk: ['=порт', '=порты'] },
  { id: 'pipeline', en: ['pipeline'], ru: ['трубопровод', 'газопровод', 'нефтепровод'], bg: ['тръбопровод', 'газопровод', 'нефтопровод'], hu: ['csővezeték', 'gázvezeték', 'olajvezeték'], kk: ['құбыр'] },
  { id: 'car', en: ['automobile', 'automotive', '=car', '=cars', 'vehicle'], ru: ['автомоб'], bg: ['автомоб'], hu: ['=autó', '=autók', 'autókat', 'autót', 'autóip', 'autógyár'], kk: ['автомоб'] },
  { id: 'truck', en: ['truck', 'lorry', 'lorries'], ru: ['грузовик'], bg: ['камион'], hu: ['kamion', 'teherautó'], kk: [] },
  { id: 'bus', en: ['=bus', '=buses'], ru: ['автобус'], bg: ['автобус'], hu: ['=busz', 'buszok'], kk: ['автобус'] },
  { id: 'infrastructure', en: ['infrastructur'], ru: ['инфраструктур'], bg: ['инфраструктур'], hu: ['infrastruktúr'], kk: ['инфрақұрыл', 'инфраструктур'] },
];
