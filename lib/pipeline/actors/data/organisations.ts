// Organisations, institutions and named groups. Facts compiled by this project (no third-party
// data).
//
// - ORGANISATIONS are actors of their own (NATO, the EU and its bodies, the UN, the CSTO...).
//   `code` is the organisation code of the gold file (`UN`, `NATO`, `EU`, ...); several bodies can
//   share one code (the European Commission and the European Council are both `EU`).
// - INSTITUTIONS stand for a state or organisation (White House → United States, Kremlin →
//   Russia): a mention of one is reported as a mention of the state it stands for.
// - GROUPS are unnamed collective sides that the gold names ("Ukrainian delegation").

export interface OrganisationFact {
  slug: string;
  name: string;
  /** Organisation code (`NATO`), or the alpha-3 code of the state an organ belongs to. */
  code: string;
  aliases: string[];
}

export interface InstitutionFact extends OrganisationFact {
  /** Slug of the state or organisation the institution stands for. */
  standsFor: string;
}

export const ORGANISATIONS: OrganisationFact[] = [
  { slug: "un", name: "United Nations", code: "UN", aliases: ["UN", "United Nations Organization", "United Nations Organisation", "UN General Assembly", "United Nations General Assembly", "UN Secretariat"] },
  { slug: "nato", name: "NATO", code: "NATO", aliases: ["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "North Atlantic Alliance", "North Atlantic Council"] },
  { slug: "eu", name: "EU", code: "EU", aliases: ["European Union", "EU27", "EU-27"] },
  { slug: "european-commission", name: "European Commission", code: "EU", aliases: ["EU Commission", "Commission of the European Union"] },
  { slug: "european-council", name: "European Council", code: "EU", aliases: [] },
  { slug: "council-of-the-eu", name: "Council of the EU", code: "EU", aliases: ["Council of the European Union", "EU Council", "Council of Ministers of the EU", "Foreign Affairs Council"] },
  { slug: "european-parliament", name: "European Parliament", code: "EU", aliases: [] },
  { slug: "ecb", name: "European Central Bank", code: "EU", aliases: ["ECB"] },
  { slug: "eib", name: "European Investment Bank", code: "EU", aliases: ["EIB"] },
  { slug: "eastern-partnership", name: "Eastern Partnership", code: "EU", aliases: ["EaP"] },
  { slug: "osce", name: "OSCE", code: "OSCE", aliases: ["Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe", "Organisation for Security and Co-operation in Europe", "Organisation for Security and Cooperation in Europe"] },
  { slug: "iaea", name: "IAEA", code: "IAEA", aliases: ["International Atomic Energy Agency"] },
  { slug: "council-of-europe", name: "Council of Europe", code: "COE", aliases: ["CoE", "Parliamentary Assembly of the Council of Europe", "PACE"] },
  { slug: "cis", name: "CIS", code: "CIS", aliases: ["Commonwealth of Independent States"] },
  { slug: "csto", name: "CSTO", code: "CSTO", aliases: ["Collective Security Treaty Organisation", "Collective Security Treaty Organization"] },
  { slug: "eaeu", name: "EAEU", code: "EAEU", aliases: ["Eurasian Economic Union", "EaEU", "Eurasian Economic Commission", "Supreme Eurasian Economic Council", "Eurasian Intergovernmental Council"] },
  { slug: "asean", name: "ASEAN", code: "ASEAN", aliases: ["Association of Southeast Asian Nations", "Association of South-East Asian Nations"] },
  { slug: "east-asia-summit", name: "East Asia Summit", code: "EAS", aliases: ["EAS"] },
  { slug: "apec", name: "APEC", code: "APEC", aliases: ["Asia-Pacific Economic Cooperation", "Asia Pacific Economic Cooperation"] },
  { slug: "g7", name: "G7", code: "G7", aliases: ["G-7", "Group of Seven", "Group of 7"] },
  { slug: "g20", name: "G20", code: "G20", aliases: ["G-20", "Group of Twenty", "Group of 20"] },
  { slug: "brics", name: "BRICS", code: "BRICS", aliases: [] },
  { slug: "african-union", name: "African Union", code: "AU", aliases: ["AU", "African Union Commission"] },
  { slug: "gcc", name: "GCC", code: "GCC", aliases: ["Gulf Cooperation Council", "Cooperation Council for the Arab States of the Gulf"] },
  { slug: "guam", name: "GUAM", code: "GUAM", aliases: ["GUAM Organization for Democracy and Economic Development", "Organization for Democracy and Economic Development"] },
  { slug: "joint-expeditionary-force", name: "Joint Expeditionary Force", code: "JEF", aliases: ["JEF"] },
  { slug: "three-seas-initiative", name: "Three Seas Initiative", code: "3SI", aliases: ["3SI", "Three Seas", "Three Seas Summit"] },
  { slug: "oecd", name: "OECD", code: "OECD", aliases: ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development", "Organisation for Economic Cooperation and Development"] },
  { slug: "imf", name: "IMF", code: "IMF", aliases: ["International Monetary Fund"] },
  { slug: "world-bank", name: "World Bank", code: "WB", aliases: ["World Bank Group"] },
  { slug: "ebrd", name: "EBRD", code: "EBRD", aliases: ["European Bank for Reconstruction and Development"] },
  { slug: "icc", name: "International Criminal Court", code: "ICC", aliases: ["ICC"] },
  // Further organisations that act in European/Eurasian diplomacy.
  { slug: "sco", name: "Shanghai Cooperation Organisation", code: "SCO", aliases: ["SCO", "Shanghai Cooperation Organization"] },
  { slug: "arab-league", name: "Arab League", code: "LAS", aliases: ["League of Arab States"] },
  { slug: "oic", name: "Organisation of Islamic Cooperation", code: "OIC", aliases: ["OIC", "Organization of Islamic Cooperation"] },
  { slug: "who", name: "World Health Organization", code: "WHO", aliases: ["WHO", "World Health Organisation"] },
  { slug: "wto", name: "World Trade Organization", code: "WTO", aliases: ["WTO", "World Trade Organisation"] },
  { slug: "icj", name: "International Court of Justice", code: "ICJ", aliases: ["ICJ"] },
  { slug: "icrc", name: "International Committee of the Red Cross", code: "ICRC", aliases: ["ICRC"] },
  { slug: "unhcr", name: "UNHCR", code: "UN", aliases: ["UN Refugee Agency", "United Nations High Commissioner for Refugees", "Office of the UN High Commissioner for Refugees"] },
  { slug: "unesco", name: "UNESCO", code: "UN", aliases: ["United Nations Educational, Scientific and Cultural Organization"] },
  { slug: "unicef", name: "UNICEF", code: "UN", aliases: ["United Nations Children's Fund"] },
  { slug: "wfp", name: "World Food Programme", code: "UN", aliases: ["WFP", "UN World Food Programme"] },
  { slug: "opcw", name: "OPCW", code: "OPCW", aliases: ["Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons"] },
  { slug: "oas", name: "Organization of American States", code: "OAS", aliases: ["OAS"] },
  { slug: "visegrad-group", name: "Visegrad Group", code: "V4", aliases: ["V4", "Visegrad Four", "Visegrád Group"] },
  { slug: "bucharest-nine", name: "Bucharest Nine", code: "B9", aliases: ["B9", "Bucharest Format"] },
  { slug: "lublin-triangle", name: "Lublin Triangle", code: "LT", aliases: [] },
  { slug: "union-state", name: "Union State", code: "UNION-STATE", aliases: ["Union State of Russia and Belarus", "Supreme State Council of the Union State"] },
  { slug: "crimea-platform", name: "Crimea Platform", code: "CRIMEA-PLATFORM", aliases: ["International Crimea Platform"] },
  { slug: "summit-for-democracy", name: "Summit for Democracy", code: "S4D", aliases: ["Summit for Democracy"] },
  { slug: "trilateral-contact-group", name: "Trilateral Contact Group", code: "TCG", aliases: ["TCG"] },
  { slug: "us-department-of-defense", name: "US Department of Defense", code: "USA", aliases: ["Pentagon", "Department of Defense", "Defense Department", "U.S. Department of Defense", "United States Department of Defense", "DoD"] },
  { slug: "us-congress", name: "US Congress", code: "USA", aliases: ["United States Congress", "U.S. Congress"] },
  // Unrecognised entities that act in the corpus; not states (no ISO code), kept apart from them.
  { slug: "donetsk-peoples-republic", name: "Donetsk People's Republic", code: "DPR", aliases: ["DPR", "DNR", "Donetsk Peoples Republic", "so-called Donetsk People's Republic"] },
  { slug: "luhansk-peoples-republic", name: "Luhansk People's Republic", code: "LPR", aliases: ["LPR", "LNR", "Lugansk People's Republic", "Luhansk Peoples Republic"] },
  { slug: "abkhazia", name: "Abkhazia", code: "ABKHAZIA", aliases: ["Republic of Abkhazia"] },
  { slug: "south-ossetia", name: "South Ossetia", code: "SOUTH-OSSETIA", aliases: ["Republic of South Ossetia"] },
  { slug: "transnistria", name: "Transnistria", code: "TRANSNISTRIA", aliases: ["Pridnestrovie", "Transdniestria"] },
  { slug: "taliban", name: "Taliban", code: "AFG", aliases: [] },
  { slug: "hamas", name: "Hamas", code: "PSE", aliases: [] },
];

export const INSTITUTIONS: InstitutionFact[] = [
  // Organs of an organisation speak for it; the gold codes a UN Security Council meeting as UN.
  { slug: "un-security-council", name: "UN Security Council", code: "UN", standsFor: "un", aliases: ["United Nations Security Council", "UNSC", "Security Council of the United Nations"] },
  { slug: "white-house", name: "White House", code: "USA", standsFor: "united-states", aliases: ["Biden administration", "Trump administration", "US administration", "U.S. administration", "American administration"] },
  { slug: "us-state-department", name: "US State Department", code: "USA", standsFor: "united-states", aliases: ["State Department", "U.S. State Department", "US Department of State", "Department of State", "Foggy Bottom"] },
  { slug: "kremlin", name: "Kremlin", code: "RUS", standsFor: "russia", aliases: [] },
  { slug: "russian-foreign-ministry", name: "Russian Foreign Ministry", code: "RUS", standsFor: "russia", aliases: ["Russian Ministry of Foreign Affairs", "Foreign Ministry of Russia", "Ministry of Foreign Affairs of Russia", "Ministry of Foreign Affairs of the Russian Federation", "Russian MFA", "Smolensk Square"] },
  { slug: "elysee", name: "Elysee Palace", code: "FRA", standsFor: "france", aliases: ["Élysée Palace", "Élysée", "Elysee", "Elysée"] },
  { slug: "quai-d-orsay", name: "Quai d'Orsay", code: "FRA", standsFor: "france", aliases: ["French Foreign Ministry", "French Ministry for Europe and Foreign Affairs"] },
  { slug: "downing-street", name: "Downing Street", code: "GBR", standsFor: "united-kingdom", aliases: ["No 10", "No. 10", "Number 10", "10 Downing Street"] },
  { slug: "foreign-office", name: "Foreign Office", code: "GBR", standsFor: "united-kingdom", aliases: ["Foreign, Commonwealth and Development Office", "Foreign and Commonwealth Office", "FCDO", "Whitehall", "British Foreign Office", "UK Foreign Office"] },
  { slug: "german-chancellery", name: "German Chancellery", code: "DEU", standsFor: "germany", aliases: ["German Federal Chancellery", "Chancellery in Berlin"] }, // not bare "Federal Chancellery": Austria and Switzerland have one too
  { slug: "german-foreign-office", name: "German Foreign Office", code: "DEU", standsFor: "germany", aliases: ["German Foreign Ministry", "Auswärtiges Amt"] },
  { slug: "office-of-the-president-of-ukraine", name: "Office of the President of Ukraine", code: "UKR", standsFor: "ukraine", aliases: ["Bankova", "Ukrainian Presidential Office", "Presidential Office of Ukraine", "Ukraine's Presidential Office", "President's Office of Ukraine", "Office of the Ukrainian President"] },
  { slug: "ukrainian-foreign-ministry", name: "Ukrainian Foreign Ministry", code: "UKR", standsFor: "ukraine", aliases: ["Ministry of Foreign Affairs of Ukraine", "Ukrainian Ministry of Foreign Affairs", "Foreign Ministry of Ukraine", "Ukraine's Foreign Ministry", "MFA of Ukraine"] },
  { slug: "zhongnanhai", name: "Zhongnanhai", code: "CHN", standsFor: "china", aliases: ["Chinese Foreign Ministry", "Chinese Ministry of Foreign Affairs"] },
  { slug: "blue-house", name: "Blue House", code: "KOR", standsFor: "south-korea", aliases: [] },
  { slug: "european-external-action-service", name: "European External Action Service", code: "EU", standsFor: "eu", aliases: ["EEAS"] },
  { slug: "berlaymont", name: "Berlaymont", code: "EU", standsFor: "european-commission", aliases: [] },
];

/** Collective sides with no proper name; the gold writes them as their own actors. */
export const GROUPS: OrganisationFact[] = [
  { slug: "ukrainian-delegation", name: "Ukrainian delegation", code: "UKR", aliases: ["Ukrainian negotiating team", "Ukrainian negotiators", "delegation of Ukraine", "Ukraine's delegation", "Ukrainian side's delegation"] },
  { slug: "russian-delegation", name: "Russian delegation", code: "RUS", aliases: ["Russian negotiating team", "Russian negotiators", "delegation of Russia", "Russia's delegation", "delegation of the Russian Federation"] },
  { slug: "normandy-format-advisers", name: "Normandy format advisers", code: "NORMANDY", aliases: ["Normandy Format advisers", "Normandy format advisors", "political advisers of the Normandy format", "political advisers to the Normandy Four leaders", "advisers to the Normandy format leaders", "Normandy Four advisers", "political advisers of the leaders of the Normandy format countries",
    "political advisers to the leaders of the Normandy format", "political advisers to the leaders of the Normandy format countries",
    "advisers to the leaders of the Normandy format countries", "advisers to the leaders of the Normandy format", "political advisers to the leaders of the Normandy Four",
    "diplomatic advisers to the Normandy format leaders", "political advisers to the leaders of the countries participating in the Normandy format",
    "Normandy format political advisers", "Normandy Four political advisers"] },
  { slug: "g7-ambassadors", name: "G7 ambassadors", code: "G7", aliases: ["ambassadors of the G7 countries", "ambassadors of the G7 states", "G7 Ambassadors", "G7 envoys"] },
  { slug: "eu-member-states-ambassadors", name: "EU member states ambassadors", code: "EU", aliases: ["ambassadors of the EU member states", "ambassadors of EU member states", "EU ambassadors", "heads of diplomatic missions of the EU member states", "heads of diplomatic missions of EU member states", "ambassadors of the European Union member states", "heads of diplomatic missions of the European Union member states"] },
  { slug: "eu-ambassador", name: "EU ambassador", code: "EU", aliases: ["EU Delegation to Ukraine", "Delegation of the European Union to Ukraine", "EU Delegation in Ukraine"] },
];

/** Capitals whose metonymy means an organisation rather than the host state. */
export const METONYM_OVERRIDES: Record<string, string> = {
  Brussels: "eu",
};
