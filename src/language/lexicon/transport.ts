import type { Concept } from './concept.js';

/** Transport: rail, aviation, logistics. */
export const TRANSPORT: readonly Concept[] = [
  { id: 'transport', en: ['transport'], ru: ['транспорт', 'перевоз'], bg: ['транспорт', 'превоз'], hu: ['közleked', 'fuvaroz'], kk: ['көлік', 'көлігі', 'тасымал', 'транспорт'] },
  { id: 'freight_cargo', en: ['freight', 'cargo'], ru: ['=груз', '=груза', '=грузы', '=грузу', 'грузов', 'грузоп', 'грузоо'], bg: ['товарн', 'товарен', 'карго'], hu: ['teher', 'rakomány', 'cargo'], kk: ['=жүк', '=жүкті', 'жүктер', '=жүгі'] },
  { id: 'rail', en: ['railway', 'railroad', '=rail', '=rails', '=train', '=trains', '=ktz', 'rolling stock'], ru: ['железнодорож', 'железн дорог', '=жд', 'рельс', '=поезд', '=поезда', '=поезде', 'поездов', '=ктж', 'подвижн состав'], bg: ['железниц', 'железопът', '=жп', '=бдж', '=влак', 'влака', 'влаков', 'подвижн състав', 'подвижен състав'], hu: ['vasút', '=vonat', 'vonato', 'gördülőállomány'], kk: ['теміржол', 'темір жол', 'пойыз', '=қтж', 'жылжымалы құрам'] },
  // An engine, a motor; in railway talk a locomotive (hierarchy.ts widens a question's engines to locomotives).
  { id: 'engine', en: ['=engine', '=engines'], ru: ['=мотор', '=моторы', '=мотора', '=двигателя', '=двигатели', '=двигателей', 'двигателестро'], bg: ['=мотор', '=мотори', '=моторите', '=двигателите'], hu: ['=motor', '=motorok', 'hajtómű', '=motort', 'motorgyárt'], kk: ['қозғалтқыш'] },
  { id: 'locomotive', en: ['locomotive', '=loco', '=locos', 'train engin', 'railway engin', 'rail engin', 'freight engin', 'diesel engin'], ru: ['локомотив', 'тепловоз', 'электровоз', 'тягач', 'паровоз'], bg: ['локомотив'], hu: ['mozdony', 'lokomotív', 'vonóegység', 'dízelmozdony'], kk: ['локомотив', 'тепловоз'] },
  { id: 'wagon', en: ['wagon', 'railcar', 'freight car'], ru: ['вагон'], bg: ['вагон'], hu: ['vagon', 'teherkocsi'], kk: ['вагон'] },
  { id: 'aviation', en: ['aviation'], ru: ['авиаци', 'авиастро', 'воздушн', 'авиаперевоз', 'авиатранспорт'], bg: ['авиаци', 'въздуш', 'въздухоплаван'], hu: ['légiközleked', 'repülés', '=légi'], kk: ['авиаци', '=әуе'] },
  { id: 'airline', en: ['airline', '=carrier', '=carriers', 'flag carrier'], ru: ['авиакомпани', 'авиаперевозчик', 'перевозчик', 'лоукост'], bg: ['авиокомпани', 'авиопревозвач', 'превозвач', 'нискотарифн'], hu: ['légitársaság', 'fapados'], kk: ['авиакомпани', 'әуе компания', 'әуекомпани'] },
  { id: 'aircraft', en: ['aircraft', 'airplane', 'aeroplane', '=planes', 'airliner', 'jetliner', '=jet', '=jets', 'widebody', 'wide body', 'planemaker'], ru: ['самолет', 'самолёт', 'лайнер', 'авиалайнер', 'широкофюзеляжн', 'воздушн судн', 'авиапроизводител'], bg: ['самолет', 'широкофюзелаж', 'въздухоплавателн средств', 'летателн апарат', 'летателен апарат'], hu: ['repülőgép', 'utasszállító', '=repülő', '=repülők', 'szélestörzsű', 'légijármű'], kk: ['ұшақ', 'ұшағ', 'әуе кеме', 'кең фюзеляж'] },
  // A model's name that says its kind: named as a company is (MODEL_CONCEPTS), and found by a question for aircraft.
  { id: 'dreamliner', en: ['dreamliner'], ru: ['дримлайнер', 'дрим лайнер'], bg: ['дриймлайнър', 'дримлайнер'], hu: ['dreamliner'], kk: ['дримлайнер'] },
  { id: 'airport', en: ['airport', 'airfield'], ru: ['аэропорт', 'аэродром'], bg: ['летищ', 'аерогар', 'аеродрум'], hu: ['repülőte', 'reptér', 'légikikötő'], kk: ['әуежай', 'аэропорт'] },
  { id: 'flight', en: ['flight', '=flying'], ru: ['рейс', 'перелет', 'перелёт', 'авиарейс'], bg: ['полет', 'рейс'], hu: ['járat', 'repülőjárat', 'légijárat'], kk: ['рейс', '=ұшу'] },
  { id: 'passenger', en: ['passenger'], ru: ['пассажир'], bg: ['пътник', 'пътническ'], hu: ['=utas', 'utasok', 'utasforgalom', 'személyszállít', 'személyvonat', 'személyforgalom'], kk: ['жолаушы'] },
  { id: 'pilot', en: ['pilot'], ru: ['пилот'], bg: ['пилот'], hu: ['pilót'], kk: ['ұшқыш', 'пилот'] },
  { id: 'corridor', en: ['corridor'], ru: ['коридор'], bg: ['коридор'], hu: ['folyosó'], kk: ['дәліз'] },
  { id: 'route', en: ['=route', '=routes', '=road', '=roads', '=path', '=paths', '=way', '=ways'], ru: ['маршрут', '=путь', '=пути', '=путём', '=путем', '=дорога', '=дороги', '=дорогу'], bg: ['маршрут', '=път', '=пътя', '=пътят', '=пътища'], hu: ['útvonal', '=út', '=utat', '=utak', '=úton'], kk: ['маршрут', '=жол', '=жолы', '=жолын', '=жолмен', '=жолдар'] },
  { id: 'transit', en: ['=transit', '=transits'], ru: ['транзит'], bg: ['транзит'], hu: ['tranzit'], kk: ['транзит'] },
  { id: 'hub', en: ['=hub', '=hubs', '=gateway'], ru: ['=хаб', '=хаба', '=хабом', '=хабы', 'авиауз', 'авиахаб', '=узел'], bg: ['=хъб', '=хаб', '=възел'], hu: ['=hub', 'csomópont', '=hubbá', '=hubja', '=hubjává'], kk: ['=хаб', '=торап', '=торабы', 'авиаторап', '=хабына', '=торабына', '=торапқа'] },
  { id: 'port', en: ['=port', '=ports', 'seaport'], ru: ['=порт', '=порта', '=порты', '=портов', '=порту'], bg: ['пристанищ'], hu: ['kikötő'], kk: ['=порт', '=порты'] },
  { id: 'pipeline', en: ['pipeline'], ru: ['трубопровод', 'газопровод', 'нефтепровод'], bg: ['тръбопровод', 'газопровод', 'нефтопровод'], hu: ['csővezeték', 'gázvezeték', 'olajvezeték'], kk: ['құбыр'] },
  { id: 'car', en: ['automobile', 'automotive', '=car', '=cars', 'vehicle', 'automaker', 'carmaker'], ru: ['автомоб', 'автозавод', 'легковы', 'легковуш'], bg: ['автомоб', 'автопроизвод'], hu: ['=autó', '=autók', 'autókat', 'autót', 'autóip', 'autógyár', 'gépkocsi', 'személyautó'], kk: ['автомоб', 'жеңіл көлік'] },
  { id: 'truck', en: ['truck', 'lorry', 'lorries'], ru: ['грузовик', 'большегруз', 'самосвал', '=фура'], bg: ['камион', 'товарн автомоб', 'тежкотоварн'], hu: ['kamion', 'teherautó', 'tehergépkocsi'], kk: ['жүк көлік', 'жүк көлігі'] },
  { id: 'bus', en: ['=bus', '=buses'], ru: ['автобус', 'электробус'], bg: ['автобус', 'електробус'], hu: ['=busz', 'buszok', '=buszt', 'autóbusz'], kk: ['автобус'] },
  { id: 'infrastructure', en: ['infrastructur'], ru: ['инфраструктур'], bg: ['инфраструктур'], hu: ['infrastruktúr'], kk: ['инфрақұрыл', 'инфраструктур'] },
  { id: 'helicopter', en: ['helicopter', '=chopper', '=choppers', 'rotorcraft'], ru: ['вертолет', 'вертолёт'], bg: ['хеликоптер'], hu: ['helikopter'], kk: ['тікұшақ', 'тікұшағ'] },
];
