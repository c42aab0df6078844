/**
 * Wall-clock time in an IANA zone → UTC instant, with the zone's offset on that very date (DST),
 * using only Intl.DateTimeFormat so it runs the same in Node and in browsers.
 */

/** Zone abbreviations that news text writes after a time ("9 a.m. EST", "14 h UTC"). */
export const zoneAbbreviations: Readonly<Record<string, string>> = {
  UTC: "Etc/UTC",
  GMT: "Etc/GMT",
  Z: "Etc/UTC",
  EST: "America/New_York",
  EDT: "America/New_York",
  ET: "America/New_York",
  CST: "America/Chicago",
  CDT: "America/Chicago",
  MST: "America/Denver",
  MDT: "America/Denver",
  PST: "America/Los_Angeles",
  PDT: "America/Los_Angeles",
  PT: "America/Los_Angeles",
  CET: "Europe/Paris",
  CEST: "Europe/Paris",
  BST: "Europe/London",
  WET: "Europe/Lisbon",
  EET: "Europe/Athens",
  MSK: "Europe/Moscow",
  JST: "Asia/Tokyo",
  IST: "Asia/Kolkata",
  HKT: "Asia/Hong_Kong",
  AEST: "Australia/Sydney",
  AEDT: "Australia/Sydney",
  CT: "America/Chicago",
  MT: "America/Denver",
  AKST: "America/Anchorage",
  AKDT: "America/Anchorage",
  HST: "Pacific/Honolulu",
  // Québec French: heure normale / avancée de l'Est, du Centre, du Pacifique.
  HNE: "America/Toronto",
  HAE: "America/Toronto",
  HNC: "America/Winnipeg",
  HAC: "America/Winnipeg",
  HNP: "America/Vancouver",
  HAP: "America/Vancouver",
  KST: "Asia/Seoul",
  SGT: "Asia/Singapore",
  PKT: "Asia/Karachi",
  WIB: "Asia/Jakarta",
  EAT: "Africa/Nairobi",
  WAT: "Africa/Lagos",
  CAT: "Africa/Maputo",
  SAST: "Africa/Johannesburg",
  NZST: "Pacific/Auckland",
  NZDT: "Pacific/Auckland",
};

/**
 * Zones named by a region or a demonym rather than a place, folded like `placeZones`: "Eastern
 * time", "heure de l'Est", "heure française". Kept apart from `placeZones`, which is also searched
 * for place names in running text, where "central" or "française" name no place.
 */
export const regionZones: Readonly<Record<string, string>> = {
  eastern: "America/New_York", "eastern standard": "America/New_York", "eastern daylight": "America/New_York",
  central: "America/Chicago", "central standard": "America/Chicago", "central daylight": "America/Chicago",
  mountain: "America/Denver", "mountain standard": "America/Denver", "mountain daylight": "America/Denver",
  pacific: "America/Los_Angeles", "pacific standard": "America/Los_Angeles", "pacific daylight": "America/Los_Angeles",
  atlantic: "America/Halifax", "greenwich mean": "Etc/GMT", "central european": "Europe/Paris",
  "british summer": "Europe/London", british: "Europe/London", uk: "Europe/London", french: "Europe/Paris",
  german: "Europe/Berlin", japanese: "Asia/Tokyo", israeli: "Asia/Jerusalem", iranian: "Asia/Tehran",
  est: "America/New_York", centre: "America/Chicago", pacifique: "America/Los_Angeles", atlantique: "America/Halifax",
  rocheuses: "America/Denver", francaise: "Europe/Paris", belge: "Europe/Brussels", suisse: "Europe/Zurich",
  quebecoise: "America/Toronto", britannique: "Europe/London", allemande: "Europe/Berlin", japonaise: "Asia/Tokyo",
  chinoise: "Asia/Shanghai", israelienne: "Asia/Jerusalem", iranienne: "Asia/Tehran", ukrainienne: "Europe/Kyiv",
  turque: "Europe/Istanbul", italienne: "Europe/Rome", espagnole: "Europe/Madrid", portugaise: "Europe/Lisbon",
  polonaise: "Europe/Warsaw", russe: "Europe/Moscow", marocaine: "Africa/Casablanca", algerienne: "Africa/Algiers",
  tunisienne: "Africa/Tunis", senegalaise: "Africa/Dakar", ivoirienne: "Africa/Abidjan",
  // "East Africa Time", "India Standard Time": the names the zone abbreviations stand for.
  "east africa": "Africa/Nairobi", "west africa": "Africa/Lagos", "central africa": "Africa/Maputo",
  "eastern european": "Europe/Athens", "western european": "Europe/Lisbon", "india standard": "Asia/Kolkata",
  "japan standard": "Asia/Tokyo", "korea standard": "Asia/Seoul", "china standard": "Asia/Shanghai",
  "moscow standard": "Europe/Moscow", "arabia standard": "Asia/Riyadh", "gulf standard": "Asia/Dubai",
  "australian eastern": "Australia/Sydney", "new zealand": "Pacific/Auckland",
};

/**
 * Places (cities and countries, French and English spellings, folded to lower case without
 * accents) → the IANA zone their clocks follow. Used for "heure de Moscou", "Vienna time",
 * "heure locale" / "local time" of a named place.
 */
export const placeZones: Readonly<Record<string, string>> = {
  moscou: "Europe/Moscow", moscow: "Europe/Moscow", russie: "Europe/Moscow", russia: "Europe/Moscow",
  kremlin: "Europe/Moscow", "saint-petersbourg": "Europe/Moscow", "st petersburg": "Europe/Moscow",
  paris: "Europe/Paris", france: "Europe/Paris", strasbourg: "Europe/Paris", elysee: "Europe/Paris",
  londres: "Europe/London", london: "Europe/London",
  // Rooms of power where guests are met name their city (not those that speak: "Downing Street said …").
  "oval office": "America/New_York", "capitol hill": "America/New_York",
  bundeskanzleramt: "Europe/Berlin", zhongnanhai: "Asia/Shanghai", "royaume-uni": "Europe/London", britain: "Europe/London",
  "united kingdom": "Europe/London",
  bruxelles: "Europe/Brussels", brussels: "Europe/Brussels", belgique: "Europe/Brussels", belgium: "Europe/Brussels",
  berlin: "Europe/Berlin", allemagne: "Europe/Berlin", germany: "Europe/Berlin",
  vienne: "Europe/Vienna", vienna: "Europe/Vienna", autriche: "Europe/Vienna", austria: "Europe/Vienna",
  geneve: "Europe/Zurich", geneva: "Europe/Zurich", zurich: "Europe/Zurich", berne: "Europe/Zurich", bern: "Europe/Zurich",
  suisse: "Europe/Zurich", switzerland: "Europe/Zurich",
  rome: "Europe/Rome", italie: "Europe/Rome", italy: "Europe/Rome",
  madrid: "Europe/Madrid", espagne: "Europe/Madrid", spain: "Europe/Madrid",
  lisbonne: "Europe/Lisbon", lisbon: "Europe/Lisbon",
  amsterdam: "Europe/Amsterdam", "la haye": "Europe/Amsterdam", "the hague": "Europe/Amsterdam",
  varsovie: "Europe/Warsaw", warsaw: "Europe/Warsaw", pologne: "Europe/Warsaw", poland: "Europe/Warsaw",
  prague: "Europe/Prague", budapest: "Europe/Budapest", athenes: "Europe/Athens", athens: "Europe/Athens",
  kiev: "Europe/Kyiv", kyiv: "Europe/Kyiv", ukraine: "Europe/Kyiv", minsk: "Europe/Minsk",
  ankara: "Europe/Istanbul", istanbul: "Europe/Istanbul", turquie: "Europe/Istanbul", turkey: "Europe/Istanbul",
  washington: "America/New_York", "new york": "America/New_York", "maison blanche": "America/New_York",
  "white house": "America/New_York", chicago: "America/Chicago", "los angeles": "America/Los_Angeles",
  ottawa: "America/Toronto", toronto: "America/Toronto", montreal: "America/Toronto", quebec: "America/Toronto",
  "mexico": "America/Mexico_City", brasilia: "America/Sao_Paulo", "buenos aires": "America/Argentina/Buenos_Aires",
  pekin: "Asia/Shanghai", beijing: "Asia/Shanghai", shanghai: "Asia/Shanghai", canton: "Asia/Shanghai",
  guangzhou: "Asia/Shanghai", chine: "Asia/Shanghai", china: "Asia/Shanghai",
  "hong kong": "Asia/Hong_Kong", taipei: "Asia/Taipei", tokyo: "Asia/Tokyo", japon: "Asia/Tokyo", japan: "Asia/Tokyo",
  seoul: "Asia/Seoul", "new delhi": "Asia/Kolkata", delhi: "Asia/Kolkata", inde: "Asia/Kolkata", india: "Asia/Kolkata",
  teheran: "Asia/Tehran", tehran: "Asia/Tehran", iran: "Asia/Tehran",
  jerusalem: "Asia/Jerusalem", "tel aviv": "Asia/Jerusalem", israel: "Asia/Jerusalem",
  riyad: "Asia/Riyadh", riyadh: "Asia/Riyadh", doha: "Asia/Qatar", dubai: "Asia/Dubai",
  "le caire": "Africa/Cairo", cairo: "Africa/Cairo", singapour: "Asia/Singapore", singapore: "Asia/Singapore",
  sydney: "Australia/Sydney", canberra: "Australia/Sydney", melbourne: "Australia/Melbourne",
  dublin: "Europe/Dublin", irlande: "Europe/Dublin", ireland: "Europe/Dublin", edimbourg: "Europe/London",
  edinburgh: "Europe/London", oslo: "Europe/Oslo", norvege: "Europe/Oslo", norway: "Europe/Oslo",
  stockholm: "Europe/Stockholm", suede: "Europe/Stockholm", sweden: "Europe/Stockholm", copenhague: "Europe/Copenhagen",
  copenhagen: "Europe/Copenhagen", danemark: "Europe/Copenhagen", denmark: "Europe/Copenhagen",
  helsinki: "Europe/Helsinki", finlande: "Europe/Helsinki", finland: "Europe/Helsinki", tallinn: "Europe/Tallinn",
  riga: "Europe/Riga", vilnius: "Europe/Vilnius", bucarest: "Europe/Bucharest", bucharest: "Europe/Bucharest",
  roumanie: "Europe/Bucharest", romania: "Europe/Bucharest", sofia: "Europe/Sofia", belgrade: "Europe/Belgrade",
  zagreb: "Europe/Zagreb", bratislava: "Europe/Bratislava", ljubljana: "Europe/Ljubljana", luxembourg: "Europe/Luxembourg",
  chisinau: "Europe/Chisinau", francfort: "Europe/Berlin", frankfurt: "Europe/Berlin", munich: "Europe/Berlin",
  davos: "Europe/Zurich", milan: "Europe/Rome", barcelone: "Europe/Madrid", barcelona: "Europe/Madrid",
  marseille: "Europe/Paris", lyon: "Europe/Paris",
  "addis-abeba": "Africa/Addis_Ababa", "addis abeba": "Africa/Addis_Ababa", "addis ababa": "Africa/Addis_Ababa",
  dakar: "Africa/Dakar", abidjan: "Africa/Abidjan", nairobi: "Africa/Nairobi", kenya: "Africa/Nairobi",
  lagos: "Africa/Lagos", abuja: "Africa/Lagos", kinshasa: "Africa/Kinshasa", pretoria: "Africa/Johannesburg",
  johannesburg: "Africa/Johannesburg", "afrique du sud": "Africa/Johannesburg", "south africa": "Africa/Johannesburg",
  alger: "Africa/Algiers", algiers: "Africa/Algiers", algerie: "Africa/Algiers", algeria: "Africa/Algiers",
  rabat: "Africa/Casablanca", maroc: "Africa/Casablanca", morocco: "Africa/Casablanca", tunis: "Africa/Tunis",
  tunisie: "Africa/Tunis", tunisia: "Africa/Tunis", tripoli: "Africa/Tripoli", khartoum: "Africa/Khartoum",
  bamako: "Africa/Bamako", niamey: "Africa/Niamey", ouagadougou: "Africa/Ouagadougou",
  // The countries of those capitals and of East Africa, for a town the text names with its country only.
  "burkina faso": "Africa/Ouagadougou", burkina: "Africa/Ouagadougou", mali: "Africa/Bamako", senegal: "Africa/Dakar",
  "cote d'ivoire": "Africa/Abidjan", "ivory coast": "Africa/Abidjan", guinee: "Africa/Conakry", guinea: "Africa/Conakry",
  mauritanie: "Africa/Nouakchott", mauritania: "Africa/Nouakchott", tchad: "Africa/Ndjamena", chad: "Africa/Ndjamena",
  angola: "Africa/Luanda", rwanda: "Africa/Kigali", ethiopie: "Africa/Addis_Ababa", ethiopia: "Africa/Addis_Ababa",
  ouganda: "Africa/Kampala", uganda: "Africa/Kampala", kampala: "Africa/Kampala", tanzanie: "Africa/Dar_es_Salaam",
  tanzania: "Africa/Dar_es_Salaam", dodoma: "Africa/Dar_es_Salaam", zambie: "Africa/Lusaka", zambia: "Africa/Lusaka",
  lusaka: "Africa/Lusaka", zimbabwe: "Africa/Harare", harare: "Africa/Harare", mozambique: "Africa/Maputo",
  maputo: "Africa/Maputo", malawi: "Africa/Blantyre", lilongwe: "Africa/Blantyre", madagascar: "Indian/Antananarivo",
  // West and Central Africa: the Gulf of Guinea's capitals (the seat of government too, where it differs).
  cotonou: "Africa/Porto-Novo", "porto-novo": "Africa/Porto-Novo", benin: "Africa/Porto-Novo",
  lome: "Africa/Lome", togo: "Africa/Lome", accra: "Africa/Accra", ghana: "Africa/Accra",
  conakry: "Africa/Conakry", freetown: "Africa/Freetown", monrovia: "Africa/Monrovia",
  nouakchott: "Africa/Nouakchott", yaounde: "Africa/Douala", douala: "Africa/Douala", cameroun: "Africa/Douala",
  libreville: "Africa/Libreville", gabon: "Africa/Libreville", "n'djamena": "Africa/Ndjamena", ndjamena: "Africa/Ndjamena",
  brazzaville: "Africa/Brazzaville", bangui: "Africa/Bangui", kigali: "Africa/Kigali", luanda: "Africa/Luanda",
  "abou dhabi": "Asia/Dubai", "abu dhabi": "Asia/Dubai", mascate: "Asia/Muscat", muscat: "Asia/Muscat",
  oman: "Asia/Muscat", djeddah: "Asia/Riyadh", jeddah: "Asia/Riyadh", koweit: "Asia/Kuwait", kuwait: "Asia/Kuwait",
  bagdad: "Asia/Baghdad", baghdad: "Asia/Baghdad", damas: "Asia/Damascus", damascus: "Asia/Damascus",
  beyrouth: "Asia/Beirut", beirut: "Asia/Beirut", amman: "Asia/Amman", bakou: "Asia/Baku", baku: "Asia/Baku",
  erevan: "Asia/Yerevan", yerevan: "Asia/Yerevan", tbilissi: "Asia/Tbilisi", tbilisi: "Asia/Tbilisi",
  islamabad: "Asia/Karachi", karachi: "Asia/Karachi", kaboul: "Asia/Kabul", kabul: "Asia/Kabul",
  dacca: "Asia/Dhaka", dhaka: "Asia/Dhaka", bangkok: "Asia/Bangkok", hanoi: "Asia/Ho_Chi_Minh",
  jakarta: "Asia/Jakarta", manille: "Asia/Manila", manila: "Asia/Manila", "kuala lumpur": "Asia/Kuala_Lumpur",
  pyongyang: "Asia/Pyongyang", shenzhen: "Asia/Shanghai", osaka: "Asia/Tokyo", wellington: "Pacific/Auckland",
  auckland: "Pacific/Auckland", honolulu: "Pacific/Honolulu", fiji: "Pacific/Fiji", suva: "Pacific/Fiji", "san francisco": "America/Los_Angeles",
  seattle: "America/Los_Angeles", vancouver: "America/Vancouver", denver: "America/Denver", houston: "America/Chicago",
  dallas: "America/Chicago", atlanta: "America/New_York", miami: "America/New_York", boston: "America/New_York", baltimore: "America/New_York", philadelphia: "America/New_York",
  pittsburgh: "America/New_York", "new orleans": "America/Chicago", minneapolis: "America/Chicago", phoenix: "America/Phoenix",
  "las vegas": "America/Los_Angeles", "san diego": "America/Los_Angeles",
  detroit: "America/Detroit", "la havane": "America/Havana", havana: "America/Havana", caracas: "America/Caracas",
  bogota: "America/Bogota", lima: "America/Lima", santiago: "America/Santiago", "sao paulo": "America/Sao_Paulo",
  "rio de janeiro": "America/Sao_Paulo", "mexico city": "America/Mexico_City",
  // More capitals, and countries that keep one clock, for "local time" where a story places its meeting.
  "pays-bas": "Europe/Amsterdam", netherlands: "Europe/Amsterdam", portugal: "Europe/Lisbon", grece: "Europe/Athens",
  greece: "Europe/Athens", hongrie: "Europe/Budapest", hungary: "Europe/Budapest", serbie: "Europe/Belgrade",
  serbia: "Europe/Belgrade", croatie: "Europe/Zagreb", croatia: "Europe/Zagreb", bulgarie: "Europe/Sofia",
  bulgaria: "Europe/Sofia", moldavie: "Europe/Chisinau", moldova: "Europe/Chisinau", bielorussie: "Europe/Minsk",
  belarus: "Europe/Minsk", slovaquie: "Europe/Bratislava", slovakia: "Europe/Bratislava", estonie: "Europe/Tallinn",
  estonia: "Europe/Tallinn", lettonie: "Europe/Riga", latvia: "Europe/Riga", lituanie: "Europe/Vilnius",
  lithuania: "Europe/Vilnius", "republique tcheque": "Europe/Prague", "czech republic": "Europe/Prague",
  nicosie: "Asia/Nicosia", nicosia: "Asia/Nicosia", chypre: "Asia/Nicosia", cyprus: "Asia/Nicosia",
  "la valette": "Europe/Malta", valletta: "Europe/Malta", malte: "Europe/Malta", malta: "Europe/Malta",
  reykjavik: "Atlantic/Reykjavik", islande: "Atlantic/Reykjavik", iceland: "Atlantic/Reykjavik",
  skopje: "Europe/Skopje", tirana: "Europe/Tirane", sarajevo: "Europe/Sarajevo", podgorica: "Europe/Podgorica",
  egypte: "Africa/Cairo", egypt: "Africa/Cairo", "arabie saoudite": "Asia/Riyadh", "saudi arabia": "Asia/Riyadh",
  qatar: "Asia/Qatar", "emirats arabes unis": "Asia/Dubai", "united arab emirates": "Asia/Dubai",
  liban: "Asia/Beirut", lebanon: "Asia/Beirut", syrie: "Asia/Damascus", syria: "Asia/Damascus", irak: "Asia/Baghdad",
  iraq: "Asia/Baghdad", jordanie: "Asia/Amman", armenie: "Asia/Yerevan", armenia: "Asia/Yerevan",
  azerbaidjan: "Asia/Baku", azerbaijan: "Asia/Baku", manama: "Asia/Bahrain", bahrein: "Asia/Bahrain",
  bahrain: "Asia/Bahrain", sanaa: "Asia/Aden", aden: "Asia/Aden", yemen: "Asia/Aden",
  "coree du sud": "Asia/Seoul", "south korea": "Asia/Seoul", "coree du nord": "Asia/Pyongyang", "north korea": "Asia/Pyongyang",
  vietnam: "Asia/Ho_Chi_Minh", indonesie: "Asia/Jakarta", indonesia: "Asia/Jakarta", philippines: "Asia/Manila",
  thailande: "Asia/Bangkok", thailand: "Asia/Bangkok", malaisie: "Asia/Kuala_Lumpur", malaysia: "Asia/Kuala_Lumpur",
  pakistan: "Asia/Karachi", afghanistan: "Asia/Kabul", bangladesh: "Asia/Dhaka", "sri lanka": "Asia/Colombo",
  colombo: "Asia/Colombo", nepal: "Asia/Kathmandu", katmandou: "Asia/Kathmandu", kathmandu: "Asia/Kathmandu",
  "phnom penh": "Asia/Phnom_Penh", cambodge: "Asia/Phnom_Penh", cambodia: "Asia/Phnom_Penh", vientiane: "Asia/Vientiane",
  laos: "Asia/Vientiane", birmanie: "Asia/Yangon", myanmar: "Asia/Yangon", naypyidaw: "Asia/Yangon", yangon: "Asia/Yangon",
  "oulan-bator": "Asia/Ulaanbaatar", ulaanbaatar: "Asia/Ulaanbaatar", mongolie: "Asia/Ulaanbaatar", mongolia: "Asia/Ulaanbaatar",
  tachkent: "Asia/Tashkent", tashkent: "Asia/Tashkent", ouzbekistan: "Asia/Tashkent", uzbekistan: "Asia/Tashkent",
  bichkek: "Asia/Bishkek", bishkek: "Asia/Bishkek", douchanbe: "Asia/Dushanbe", dushanbe: "Asia/Dushanbe",
  achgabat: "Asia/Ashgabat", ashgabat: "Asia/Ashgabat", taiwan: "Asia/Taipei", mumbai: "Asia/Kolkata", bombay: "Asia/Kolkata",
  nigeria: "Africa/Lagos", soudan: "Africa/Khartoum", sudan: "Africa/Khartoum", "soudan du sud": "Africa/Juba",
  "south sudan": "Africa/Juba", juba: "Africa/Juba", mogadiscio: "Africa/Mogadishu", mogadishu: "Africa/Mogadishu",
  somalie: "Africa/Mogadishu", somalia: "Africa/Mogadishu", djibouti: "Africa/Djibouti", asmara: "Africa/Asmara",
  erythree: "Africa/Asmara", eritrea: "Africa/Asmara", windhoek: "Africa/Windhoek", namibie: "Africa/Windhoek",
  namibia: "Africa/Windhoek", gaborone: "Africa/Gaborone", botswana: "Africa/Gaborone", libye: "Africa/Tripoli",
  libya: "Africa/Tripoli", bujumbura: "Africa/Bujumbura", gitega: "Africa/Bujumbura", burundi: "Africa/Bujumbura",
  "sierra leone": "Africa/Freetown", liberia: "Africa/Monrovia", casablanca: "Africa/Casablanca", marrakech: "Africa/Casablanca",
  "le cap": "Africa/Johannesburg", "cape town": "Africa/Johannesburg", mombasa: "Africa/Nairobi", goma: "Africa/Lubumbashi",
  montevideo: "America/Montevideo", uruguay: "America/Montevideo", asuncion: "America/Asuncion", paraguay: "America/Asuncion",
  quito: "America/Guayaquil", equateur: "America/Guayaquil", ecuador: "America/Guayaquil", "la paz": "America/La_Paz",
  bolivie: "America/La_Paz", bolivia: "America/La_Paz", panama: "America/Panama", "costa rica": "America/Costa_Rica",
  guatemala: "America/Guatemala", managua: "America/Managua", nicaragua: "America/Managua", tegucigalpa: "America/Tegucigalpa",
  honduras: "America/Tegucigalpa", "el salvador": "America/El_Salvador", "san salvador": "America/El_Salvador",
  "saint-domingue": "America/Santo_Domingo", "santo domingo": "America/Santo_Domingo", "port-au-prince": "America/Port-au-Prince",
  haiti: "America/Port-au-Prince", cuba: "America/Havana", venezuela: "America/Caracas", colombie: "America/Bogota",
  colombia: "America/Bogota", perou: "America/Lima", peru: "America/Lima", chili: "America/Santiago", chile: "America/Santiago",
  argentine: "America/Argentina/Buenos_Aires", argentina: "America/Argentina/Buenos_Aires", bresil: "America/Sao_Paulo",
  brazil: "America/Sao_Paulo", "porto rico": "America/Puerto_Rico", "puerto rico": "America/Puerto_Rico",
  "san juan": "America/Puerto_Rico", "port moresby": "Pacific/Port_Moresby", "papua new guinea": "Pacific/Port_Moresby",
  "papouasie-nouvelle-guinee": "Pacific/Port_Moresby", nadi: "Pacific/Fiji", fidji: "Pacific/Fiji", apia: "Pacific/Apia",
  samoa: "Pacific/Apia", "port vila": "Pacific/Efate", vanuatu: "Pacific/Efate", honiara: "Pacific/Guadalcanal",
  "solomon islands": "Pacific/Guadalcanal", noumea: "Pacific/Noumea", "nouvelle-caledonie": "Pacific/Noumea",
  "new caledonia": "Pacific/Noumea", "nouvelle-zelande": "Pacific/Auckland", tonga: "Pacific/Tongatapu",
};

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch {
      formatter = null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows this IANA zone. */
export function isKnownZone(zone: string): boolean {
  return formatterFor(zone) !== null;
}

/** Minutes the zone is ahead of UTC at the instant `utcMillis`. */
function zoneOffsetMinutes(formatter: Intl.DateTimeFormat, utcMillis: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(utcMillis))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  );
  return Math.round((wallAsUtc - utcMillis) / 60000);
}

/**
 * "2021-12-30" + "23:30" in "Europe/Moscow" → "2021-12-30T20:30:00Z". Null when the date is not a
 * full date, the time is malformed or the zone unknown.
 */
export function toUtcInstant(date: string, time: string, zone: string): string | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  const formatter = formatterFor(zone);
  if (!dateMatch || !timeMatch || !formatter) return null;
  const wallAsUtc = Date.UTC(
    Number(dateMatch[1]),
    Number(dateMatch[2]) - 1,
    Number(dateMatch[3]),
    Number(timeMatch[1]),
    Number(timeMatch[2]),
  );
  // The offset depends on the instant we are looking for; two rounds settle it, DST edges included.
  const firstGuess = wallAsUtc - zoneOffsetMinutes(formatter, wallAsUtc) * 60000;
  const instant = wallAsUtc - zoneOffsetMinutes(formatter, firstGuess) * 60000;
  if (!Number.isFinite(instant)) return null;
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Lower case without accents, typographic apostrophes made plain: the key form of `placeZones`. */
export function foldPlaceName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .trim();
}
