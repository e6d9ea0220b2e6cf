import type { Concept } from './concept.js';

/** What is done: build, open, develop, implement... */
export const ACTIONS: readonly Concept[] = [
  { id: 'build', en: ['=build', '=builds', 'building', '=built', 'constructio', '=construct', '=constructed', '=constructing'], ru: ['строит', 'постро', 'возвед', 'сооруж', '=строят', '=строил', '=строила', '=строили', '=строим'], bg: ['строител', '=строи', '=строят', 'изград', 'изграж', 'построя', '=строя', '=строил', '=строим'], hu: ['épít', 'megépít', 'felépít'], kk: ['құрылыс', '=салу', 'салын', 'тұрғыз', '=салды', '=салады', '=салатын', '=салмақ', 'салмақшы', '=салған'] },
  // Someone or something arrives: a visitor or a delivery (hierarchy.ts widens a question's arrival to both).
  { id: 'arrival', en: ['arriv', 'show up', 'shows up', 'turn up', 'get here'], ru: ['прибыти', 'прибуд', 'прибыва', '=прилетел', '=прилетела', '=прилетели', '=прилетит', '=прилетят', '=прилететь', '=прилет', '=прилёт', '=прилета', '=прилёта', '=доберутся', '=доберется', '=доберётся', '=добрались', '=добрался', '=добраться'], bg: ['пристиг'], hu: ['érkez', 'megérkez'], kk: ['келіп жет', '=жетіп', 'келіп түс'] },
  { id: 'reconstruct', en: ['reconstruct', 'rebuild', 'restoration', '=restore', '=restored'], ru: ['восстанов', 'реконструкц'], bg: ['възстанов', 'реконструкц'], hu: ['újjáépít', 'helyreáll'], kk: ['қалпына'] },
  { id: 'open', en: ['=open', '=opens', '=opened', 'opening'], ru: ['откры', '=откроет', '=откроют', '=откроется', '=откроются', '=откроем', '=откроешь'], bg: ['откри', 'отвори', 'отвар'], hu: ['megnyit', 'nyitás', 'nyitott', '=nyit', '=nyitja', 'megnyíl', '=nyílt', '=nyíltak', '=nyílik', '=nyílnak'], kk: ['ашыл', '=ашу', '=ашты', '=ашады'] },
  { id: 'launch', en: ['launch'], ru: ['запуск', 'запуст'], bg: ['стартира', 'пуск', 'пусна'], hu: ['elindít', 'indít', 'beindít'], kk: ['=іске'] },
  { id: 'develop', en: ['develop'], ru: ['развит', 'развива', 'разработ'], bg: ['развити', 'развива', 'разработ'], hu: ['fejleszt', 'fejlőd'], kk: ['даму', 'дамы'] },
  { id: 'modernize', en: ['moderniz', 'modernis', 'upgrad'], ru: ['модерниз'], bg: ['модерниз'], hu: ['moderniz', 'korszerűs'], kk: ['жаңғырт', 'модерниз'] },
  { id: 'renew_update', en: ['=renew', '=renews', '=renewal', '=renewals', '=renewed', '=renewing', '=update', '=updates', '=updated', '=updating'], ru: ['обнов'], bg: ['обнов', 'подновя', 'подновен'], hu: ['megújít', 'frissít'], kk: ['жаңарт', 'жаңару'] },
  { id: 'implement', en: ['implement'], ru: ['реализац', 'реализова', 'реализу', 'осуществ', 'внедр'], bg: ['реализац', 'реализира', 'осъществ', 'внедр'], hu: ['megvalósít', 'végrehajt', 'bevezet'], kk: ['=жүзеге', 'енгіз'] },
  { id: 'attract', en: ['attract', 'involv'], ru: ['привлеч', 'привлека', 'вовлек', 'вовлеч', 'притяжен', 'притягива'], bg: ['привлич', 'привлеч', 'привлек', 'въвлич', 'въвлеч'], hu: ['vonz', 'bevon'], kk: ['тарту', 'тартыл', '=тартады'] },
  { id: 'strengthen', en: ['strengthen', 'reinforc'], ru: ['укреп', 'закреп'], bg: ['укреп', 'засил', 'затвърд'], hu: ['erősít'], kk: ['нығай'] },
  { id: 'repair', en: ['repair'], ru: ['ремонт'], bg: ['ремонт'], hu: ['javít'], kk: ['жөнде'] },
  { id: 'service_maintenance', en: ['=service', '=services', '=servicing', 'maintenance', '=mro', 'overhaul'], ru: ['обслуживани', 'сервис', 'техобслуж', '=тоир'], bg: ['обслужван', 'поддръжк', 'сервиз'], hu: ['karbantart', 'szerviz'], kk: ['сервис', 'қызмет көрсет'] },
  { id: 'plan', en: ['=plan', '=plans', '=planned', '=planning', '=planner', '=planners'], ru: ['=план', '=плана', '=планы', '=планов', '=планом', 'планир'], bg: ['=план', '=плана', '=планът', '=планове', 'планира'], hu: ['terv'], kk: ['жоспар'] },
  { id: 'create_establish', en: ['establish', '=create', '=created', '=creating', 'creation', '=form', '=formed', '=forming', 'formation', 'set up', 'sets up', 'setting up'], ru: ['созда', 'учрежд', 'формир'], bg: ['създа', 'учред', 'формира'], hu: ['létrehoz', 'létrejö', 'alapít', 'kialakít', 'kialakul'], kk: ['=құру', '=құрды', 'құрылды', 'құрылған', 'қалыптас'] },
  { id: 'provide', en: ['provid', 'ensur'], ru: ['предостав', 'обеспеч', 'оказыва', '=оказать', '=оказал', 'окажет'], bg: ['предостав', 'осигур'], hu: ['biztosít'], kk: ['қамтамасыз'] },
  { id: 'continue', en: ['continu'], ru: ['продолж'], bg: ['продълж'], hu: ['folytat'], kk: ['жалғас'] },
  { id: 'operate', en: ['operat', 'runnin'], ru: ['функционир', 'эксплуатац', 'эксплуатир', 'оператор'], bg: ['функционир', 'експлоатац', 'експлоатира', 'оператор'], hu: ['működ', 'üzemeltet'], kk: ['оператор'] },
  { id: 'achieve', en: ['achiev', '=reach', '=reached', '=reaching'], ru: ['дости'], bg: ['постиг', 'постиж', 'достиг'], hu: ['elér'], kk: ['жетістік', '=жетеді'] },
  { id: 'allocate', en: ['allocat', 'earmark'], ru: ['выделен', 'выделя', 'выделит', '=выделил', '=выделила', '=выделили', '=выделило'], bg: ['отпусн', '=отделиха', '=отделил', '=отделила', '=отделят'], hu: ['elkülönít', 'juttat', 'fordít'], kk: ['бөлін', '==бөлді', '=бөлу', '=бөлген', '=бөледі', '=бөлетін'] },
];
