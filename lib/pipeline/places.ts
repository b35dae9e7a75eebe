// Place names: capitals and major cities with their country (ISO 3166-1 alpha-3), and spelling
// variants normalised to one English name (Kiev → Kyiv). Used for datelines and event places.
// Facts compiled by this project (no third-party data); extend PLACES freely.

export interface Place {
  name: string;
  country: string;
}

const PLACES: Array<[string, string, string[]]> = [
  // name, country, variants
  ["Kyiv", "UKR", ["Kiev"]],
  ["Kharkiv", "UKR", ["Kharkov"]],
  ["Odesa", "UKR", ["Odessa"]],
  ["Lviv", "UKR", ["Lvov"]],
  ["Mariupol", "UKR", []],
  ["Dnipro", "UKR", []],
  ["Zaporizhzhia", "UKR", ["Zaporozhye"]],
  ["Kherson", "UKR", []],
  ["Irpin", "UKR", []],
  ["Bucha", "UKR", []],
  ["Borodianka", "UKR", ["Borodyanka"]],
  ["Moscow", "RUS", []],
  ["St Petersburg", "RUS", ["St. Petersburg", "Saint Petersburg"]],
  ["Sochi", "RUS", []],
  ["Novo-Ogaryovo", "RUS", ["Novo Ogaryovo"]],
  ["Minsk", "BLR", []],
  ["Washington", "USA", ["Washington DC", "Washington, D.C."]],
  ["New York", "USA", []],
  ["Paris", "FRA", []],
  ["Berlin", "DEU", []],
  ["Munich", "DEU", []],
  ["London", "GBR", []],
  ["Brussels", "BEL", []],
  ["Warsaw", "POL", []],
  ["Rzeszow", "POL", ["Rzeszów"]],
  ["Vilnius", "LTU", []],
  ["Riga", "LVA", []],
  ["Tallinn", "EST", []],
  ["Helsinki", "FIN", []],
  ["Stockholm", "SWE", []],
  ["Oslo", "NOR", []],
  ["Copenhagen", "DNK", []],
  ["Rome", "ITA", []],
  ["Madrid", "ESP", []],
  ["Lisbon", "PRT", []],
  ["Vienna", "AUT", []],
  ["Prague", "CZE", []],
  ["Bratislava", "SVK", []],
  ["Budapest", "HUN", []],
  ["Bucharest", "ROU", []],
  ["Sofia", "BGR", []],
  ["Athens", "GRC", []],
  ["Ankara", "TUR", []],
  ["Istanbul", "TUR", []],
  ["Antalya", "TUR", []],
  ["Beijing", "CHN", ["Peking"]],
  ["Tokyo", "JPN", []],
  ["New Delhi", "IND", ["Delhi"]],
  ["Tehran", "IRN", []],
  ["Baku", "AZE", []],
  ["Yerevan", "ARM", []],
  ["Tbilisi", "GEO", []],
  ["Chisinau", "MDA", ["Chișinău", "Kishinev"]],
  ["Astana", "KAZ", ["Nur-Sultan", "Nur Sultan"]],
  ["Almaty", "KAZ", []],
  ["Tashkent", "UZB", []],
  ["Bishkek", "KGZ", []],
  ["Dushanbe", "TJK", []],
  ["Ashgabat", "TKM", []],
  ["Geneva", "CHE", []],
  ["Bern", "CHE", []],
  ["Davos", "CHE", []],
  ["The Hague", "NLD", []],
  ["Amsterdam", "NLD", []],
  ["Dublin", "IRL", []],
  ["Ottawa", "CAN", []],
  ["Glasgow", "GBR", []],
  ["Jerusalem", "ISR", []],
  ["Tel Aviv", "ISR", []],
  ["Cairo", "EGY", []],
  ["Riyadh", "SAU", []],
  ["Abu Dhabi", "ARE", []],
  ["Doha", "QAT", []],
  ["Damascus", "SYR", []],
  ["Belgrade", "SRB", []],
  ["Zagreb", "HRV", []],
  ["Ljubljana", "SVN", []],
  ["Canberra", "AUS", []],
  ["Seoul", "KOR", []],
  ["Pyongyang", "PRK", []],
  ["Brasilia", "BRA", ["Brasília"]],
  ["Buenos Aires", "ARG", []],
  ["Mexico City", "MEX", []],
  ["Hanoi", "VNM", []],
  ["Jakarta", "IDN", []],
  ["Bali", "IDN", []],
  ["Ulaanbaatar", "MNG", ["Ulan Bator"]],
  ["Dakar", "SEN", []],
  ["Pretoria", "ZAF", []],
  ["Addis Ababa", "ETH", []],
];

const INDEX = new Map<string, Place>();
for (const [name, country, variants] of PLACES) {
  for (const n of [name, ...variants]) INDEX.set(n.toLowerCase(), { name, country });
}

/** A known place by any of its spellings (case-insensitive), or null. */
export function lookupPlace(name: string): Place | null {
  return INDEX.get(name.trim().toLowerCase().replace(/\s+/g, " ")) ?? null;
}

/** Every spelling we know, for building matchers. */
export function placeSpellings(): Array<[string, Place]> {
  return [...INDEX.entries()];
}
