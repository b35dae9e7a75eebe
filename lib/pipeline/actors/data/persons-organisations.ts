// Hand-curated persons: officials of international organisations and of the Holy See.
// Facts compiled by this project; partial dates mark where only the year or month is known.
// `body` names the organisation slug when one code covers several bodies (EU).
import { p, role, type PersonFact } from "./person-dsl";

const eu = (office: Parameters<typeof role>[0], body: string, from: string | null, to: string | null, title: string) => role(office, "EU", from, to, title, body);

export const ORGANISATION_PERSONS: PersonFact[] = [
  // ---------------------------------------------------------------- United Nations family
  p("Antonio Guterres", "UN", [role("secretary-general", "UN", "2017-01-01", null, "Secretary-General of the United Nations")], { aliases: ["António Guterres"], wellKnown: true }),
  p("Ban Ki-moon", "UN", [role("secretary-general", "UN", "2007-01-01", "2016-12-31", "Secretary-General of the United Nations")], { aliases: ["Ban Ki Moon"], short: ["Ban"] }),
  p("Amina Mohammed", "UN", [role("deputy-secretary-general", "UN", "2017-02-28", null, "Deputy Secretary-General of the United Nations")], { aliases: ["Amina J. Mohammed"] }),
  p("Martin Griffiths", "UN", [role("other", "UN", "2021-07-19", null, "UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator")]),
  p("Rosemary DiCarlo", "UN", [role("other", "UN", "2018-07-01", null, "UN Under-Secretary-General for Political and Peacebuilding Affairs")]),
  p("Filippo Grandi", "UN", [role("other", "UN", "2016-01-01", null, "UN High Commissioner for Refugees")]),
  p("Volker Turk", "UN", [role("other", "UN", "2022-10-17", null, "UN High Commissioner for Human Rights")], { aliases: ["Volker Türk"] }),
  p("Abdulla Shahid", "UN", [role("other", "UN", "2021-09-14", "2022-09-13", "President of the UN General Assembly")]),
  p("Csaba Korosi", "UN", [role("other", "UN", "2022-09-13", null, "President of the UN General Assembly")], { aliases: ["Csaba Kőrösi"] }),
  p("Tedros Adhanom Ghebreyesus", "WHO", [role("director-general", "WHO", "2017-07-01", null, "Director-General of the World Health Organization")], { aliases: ["Tedros Adhanom"], short: ["Tedros"] }),
  p("Ngozi Okonjo-Iweala", "WTO", [role("director-general", "WTO", "2021-03-01", null, "Director-General of the World Trade Organization")]),
  p("Rafael Grossi", "IAEA", [role("director-general", "IAEA", "2019-12-03", null, "Director General of the IAEA")], { aliases: ["Rafael Mariano Grossi"], wellKnown: true }),
  p("Yukiya Amano", "IAEA", [role("director-general", "IAEA", "2009-12-01", "2019-07-18", "Director General of the IAEA")]),
  p("Karim Khan", "ICC", [role("other", "ICC", "2021-06-16", null, "Prosecutor of the International Criminal Court")], { aliases: ["Karim A. A. Khan", "Karim Ahmad Khan", "Karim A.A. Khan"] }),
  p("Fatou Bensouda", "ICC", [role("other", "ICC", "2012-06-15", "2021-06-15", "Prosecutor of the International Criminal Court")]),
  p("Kristalina Georgieva", "IMF", [role("director-general", "IMF", "2019-10-01", null, "Managing Director of the IMF"), role("other", "WB", "2017-01-02", "2019-09-30", "Chief Executive Officer of the World Bank")]),
  p("David Malpass", "WB", [role("president", "WB", "2019-04-09", null, "President of the World Bank Group")]),
  p("Odile Renaud-Basso", "EBRD", [role("president", "EBRD", "2020", null, "President of the EBRD")]),
  p("Mathias Cormann", "OECD", [role("secretary-general", "OECD", "2021-06-01", null, "Secretary-General of the OECD")]),
  p("Peter Maurer", "ICRC", [role("president", "ICRC", "2012-07-01", "2022-09-30", "President of the International Committee of the Red Cross")]),
  p("Mirjana Spoljaric Egger", "ICRC", [role("president", "ICRC", "2022-10-01", null, "President of the International Committee of the Red Cross")], { aliases: ["Mirjana Spoljaric", "Mirjana Spoljarić Egger"], short: ["Spoljaric"] }),

  // ---------------------------------------------------------------- NATO
  p("Jens Stoltenberg", "NATO", [role("secretary-general", "NATO", "2014-10-01", null, "Secretary General of NATO")], { wellKnown: true }),
  p("Mircea Geoana", "NATO", [role("deputy-secretary-general", "NATO", "2019-10-17", null, "Deputy Secretary General of NATO")], { aliases: ["Mircea Geoană"] }),
  p("Tod Wolters", "NATO", [role("military-chief", "NATO", "2019-05-03", "2022-07-04", "Supreme Allied Commander Europe")], { aliases: ["Tod D. Wolters"] }),
  p("Christopher Cavoli", "NATO", [role("military-chief", "NATO", "2022-07-04", null, "Supreme Allied Commander Europe")]),

  // ---------------------------------------------------------------- European Union
  p("Ursula von der Leyen", "EU", [
    eu("president", "european-commission", "2019-12-01", null, "President of the European Commission"),
    role("defence-minister", "DEU", "2013-12-17", "2019-07-17"),
  ], { aliases: ["Ursula Von der Leyen", "Ursula von der Layen"], short: ["von der Leyen", "Von der Leyen"], wellKnown: true }),
  p("Jean-Claude Juncker", "EU", [eu("president", "european-commission", "2014-11-01", "2019-11-30", "President of the European Commission")], { wellKnown: true }),
  p("Charles Michel", "EU", [
    eu("president", "european-council", "2019-12-01", null, "President of the European Council"),
    role("head-of-government", "BEL", "2014-10-11", "2019-10-27"),
  ]),
  p("Donald Tusk", "EU", [eu("president", "european-council", "2014-12-01", "2019-11-30", "President of the European Council"), role("head-of-government", "POL", "2007-11-16", "2014-09-22")]),
  p("Josep Borrell", "EU", [
    eu("high-representative", "eu", "2019-12-01", null, "High Representative of the Union for Foreign Affairs and Security Policy"),
    role("foreign-minister", "ESP", "2018-06-07", "2019-11-29"),
  ], { aliases: ["Josep Borrell Fontelles"], wellKnown: true }),
  p("Federica Mogherini", "EU", [eu("high-representative", "eu", "2014-11-01", "2019-11-30", "High Representative of the Union for Foreign Affairs and Security Policy")]),
  p("Roberta Metsola", "EU", [eu("president", "european-parliament", "2022-01-18", null, "President of the European Parliament"), eu("president", "european-parliament", "2022-01-11", "2022-01-17", "Acting President of the European Parliament")]),
  p("David Sassoli", "EU", [eu("president", "european-parliament", "2019-07-03", "2022-01-11", "President of the European Parliament")]),
  p("Valdis Dombrovskis", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "Executive Vice-President of the European Commission")]),
  p("Margrethe Vestager", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "Executive Vice-President of the European Commission")]),
  p("Frans Timmermans", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "Executive Vice-President of the European Commission")]),
  p("Maros Sefcovic", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "Vice-President of the European Commission")], { aliases: ["Maroš Šefčovič"] }),
  p("Oliver Varhelyi", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "European Commissioner for Neighbourhood and Enlargement")], { aliases: ["Olivér Várhelyi"] }),
  p("Thierry Breton", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "European Commissioner for the Internal Market")]),
  p("Janez Lenarcic", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "European Commissioner for Crisis Management")], { aliases: ["Janez Lenarčič"] }),
  p("Ylva Johansson", "EU", [eu("commissioner", "european-commission", "2019-12-01", null, "European Commissioner for Home Affairs")]),
  p("Christine Lagarde", "EU", [eu("president", "ecb", "2019-11-01", null, "President of the European Central Bank"), role("director-general", "IMF", "2011-07-05", "2019-09-12", "Managing Director of the IMF")]),
  p("Matti Maasikas", "EU", [eu("ambassador", "eu", "2019", null, "Head of the EU Delegation to Ukraine")]),
  p("Werner Hoyer", "EU", [eu("president", "eib", "2012-01-01", null, "President of the European Investment Bank")]),

  // ---------------------------------------------------------------- OSCE, Council of Europe, Eurasian and other organisations
  p("Helga Schmid", "OSCE", [role("secretary-general", "OSCE", "2020-12-04", null, "Secretary General of the OSCE")]),
  p("Thomas Greminger", "OSCE", [role("secretary-general", "OSCE", "2017-07-18", "2020-07-18", "Secretary General of the OSCE")]),
  p("Marija Pejcinovic Buric", "COE", [role("secretary-general", "COE", "2019-09-18", null, "Secretary General of the Council of Europe")], { aliases: ["Marija Pejčinović Burić"], short: ["Pejcinovic Buric", "Pejčinović Burić"] }),
  p("Thorbjorn Jagland", "COE", [role("secretary-general", "COE", "2009-10-01", "2019-09-17", "Secretary General of the Council of Europe")], { aliases: ["Thorbjørn Jagland"] }),
  p("Stanislav Zas", "CSTO", [role("secretary-general", "CSTO", "2020-01-01", "2022-12-31", "Secretary General of the CSTO")]),
  p("Sergei Lebedev", "CIS", [role("secretary-general", "CIS", "2007-10-05", null, "Chairman of the CIS Executive Committee – Executive Secretary")], { aliases: ["Sergey Lebedev"] }),
  p("Mikhail Myasnikovich", "EAEU", [role("other", "EAEU", "2020-02-01", null, "Chairman of the Board of the Eurasian Economic Commission")]),
  p("Lim Jock Hoi", "ASEAN", [role("secretary-general", "ASEAN", "2018-01-01", "2022-12-31", "Secretary-General of ASEAN")], { short: ["Lim"] }),
  p("Moussa Faki Mahamat", "AU", [role("president", "AU", "2017-03-14", null, "Chairperson of the African Union Commission")], { aliases: ["Moussa Faki"], short: ["Faki", "Faki Mahamat"] }),
  p("Altai Efendiev", "GUAM", [role("secretary-general", "GUAM", "2014", null, "Secretary General of GUAM")], { aliases: ["Altay Efendiyev"] }),
  p("Ahmed Aboul Gheit", "LAS", [role("secretary-general", "LAS", "2016-07-01", null, "Secretary-General of the Arab League")], { short: ["Aboul Gheit"] }),

  // ---------------------------------------------------------------- Holy See
  p("Pope Francis", "VAT", [role("pope", "VAT", "2013-03-13", null, "Pope")], {
    aliases: ["His Holiness Pope Francis", "Jorge Mario Bergoglio", "Pontiff Francis", "Holy Father Francis"], short: ["Francis"], wellKnown: false,
  }),
  p("Pietro Parolin", "VAT", [role("other", "VAT", "2013-10-15", null, "Secretary of State of the Holy See")], { aliases: ["Cardinal Pietro Parolin", "Cardinal Parolin"] }),
  p("Paul Gallagher", "VAT", [role("foreign-minister", "VAT", "2014-11-08", null, "Secretary for Relations with States of the Holy See")], { aliases: ["Archbishop Paul Gallagher"] }),
];
