/** Wellbeing services counties (hyvinvointialueet) plus Helsinki and HUS, with official Finnish and Swedish names. */
export interface County {
  code: string;
  fi: string;
  sv: string;
  en: string;
}

export const COUNTIES: readonly County[] = [
  {
    code: 'varsinais-suomi',
    fi: 'Varsinais-Suomen hyvinvointialue',
    sv: 'Egentliga Finlands välfärdsområde',
    en: 'Southwest Finland Wellbeing Services County',
  },
  {
    code: 'satakunta',
    fi: 'Satakunnan hyvinvointialue',
    sv: 'Satakunta välfärdsområde',
    en: 'Satakunta Wellbeing Services County',
  },
  {
    code: 'kanta-hame',
    fi: 'Kanta-Hämeen hyvinvointialue',
    sv: 'Egentliga Tavastlands välfärdsområde',
    en: 'Kanta-Häme Wellbeing Services County',
  },
  {
    code: 'pirkanmaa',
    fi: 'Pirkanmaan hyvinvointialue',
    sv: 'Birkalands välfärdsområde',
    en: 'Pirkanmaa Wellbeing Services County',
  },
  {
    code: 'paijat-hame',
    fi: 'Päijät-Hämeen hyvinvointialue',
    sv: 'Päijänne-Tavastlands välfärdsområde',
    en: 'Päijät-Häme Wellbeing Services County',
  },
  {
    code: 'kymenlaakso',
    fi: 'Kymenlaakson hyvinvointialue',
    sv: 'Kymmenedalens välfärdsområde',
    en: 'Kymenlaakso Wellbeing Services County',
  },
  {
    code: 'etela-karjala',
    fi: 'Etelä-Karjalan hyvinvointialue',
    sv: 'Södra Karelens välfärdsområde',
    en: 'South Karelia Wellbeing Services County',
  },
  {
    code: 'etela-savo',
    fi: 'Etelä-Savon hyvinvointialue',
    sv: 'Södra Savolax välfärdsområde',
    en: 'South Savo Wellbeing Services County',
  },
  {
    code: 'pohjois-savo',
    fi: 'Pohjois-Savon hyvinvointialue',
    sv: 'Norra Savolax välfärdsområde',
    en: 'North Savo Wellbeing Services County',
  },
  {
    code: 'pohjois-karjala',
    fi: 'Pohjois-Karjalan hyvinvointialue',
    sv: 'Norra Karelens välfärdsområde',
    en: 'North Karelia Wellbeing Services County',
  },
  {
    code: 'keski-suomi',
    fi: 'Keski-Suomen hyvinvointialue',
    sv: 'Mellersta Finlands välfärdsområde',
    en: 'Central Finland Wellbeing Services County',
  },
  {
    code: 'etela-pohjanmaa',
    fi: 'Etelä-Pohjanmaan hyvinvointialue',
    sv: 'Södra Österbottens välfärdsområde',
    en: 'South Ostrobothnia Wellbeing Services County',
  },
  {
    code: 'pohjanmaa',
    fi: 'Pohjanmaan hyvinvointialue',
    sv: 'Österbottens välfärdsområde',
    en: 'Ostrobothnia Wellbeing Services County',
  },
  {
    code: 'keski-pohjanmaa',
    fi: 'Keski-Pohjanmaan hyvinvointialue',
    sv: 'Mellersta Österbottens välfärdsområde',
    en: 'Central Ostrobothnia Wellbeing Services County',
  },
  {
    code: 'pohjois-pohjanmaa',
    fi: 'Pohjois-Pohjanmaan hyvinvointialue',
    sv: 'Norra Österbottens välfärdsområde',
    en: 'North Ostrobothnia Wellbeing Services County',
  },
  {
    code: 'kainuu',
    fi: 'Kainuun hyvinvointialue',
    sv: 'Kajanalands välfärdsområde',
    en: 'Kainuu Wellbeing Services County',
  },
  {
    code: 'lappi',
    fi: 'Lapin hyvinvointialue',
    sv: 'Lapplands välfärdsområde',
    en: 'Lapland Wellbeing Services County',
  },
  {
    code: 'ita-uusimaa',
    fi: 'Itä-Uudenmaan hyvinvointialue',
    sv: 'Östra Nylands välfärdsområde',
    en: 'Eastern Uusimaa Wellbeing Services County',
  },
  {
    code: 'keski-uusimaa',
    fi: 'Keski-Uudenmaan hyvinvointialue',
    sv: 'Mellersta Nylands välfärdsområde',
    en: 'Central Uusimaa Wellbeing Services County',
  },
  {
    code: 'lansi-uusimaa',
    fi: 'Länsi-Uudenmaan hyvinvointialue',
    sv: 'Västra Nylands välfärdsområde',
    en: 'Western Uusimaa Wellbeing Services County',
  },
  {
    code: 'vantaa-kerava',
    fi: 'Vantaan ja Keravan hyvinvointialue',
    sv: 'Vanda och Kervo välfärdsområde',
    en: 'Vantaa and Kerava Wellbeing Services County',
  },
  { code: 'helsinki', fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' },
  { code: 'hus', fi: 'HUS-yhtymä', sv: 'HUS-sammanslutningen', en: 'HUS Group' },
];

export const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

/** The county's name in the given language ('fi' | 'sv' | 'en'); the code itself when unknown. */
export function countyName(code: string, lang: string): string {
  const c = COUNTIES.find((x) => x.code === code);
  if (!c) return code;
  return lang === 'sv' ? c.sv : lang === 'en' ? c.en : c.fi;
}
