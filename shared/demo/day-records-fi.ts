import type { FeedbackAnswers, GalleryNoteKind } from '../domain/day-records';
import type { DemoTeamKey } from './content-fi';

/**
 * Finnish demo content of the first workshop day as it was run: the gallery walk's notes between the three teams,
 * the anonymous day feedback and the agenda's actual times. Fictional, written the way a room of social and health
 * care professionals writes on sticky notes.
 */

/** [written by, kind, text]: notes each team got during the poster walk (Tiimien esittäytyminen – posterikierros). */
export const DEMO_GALLERY_NOTES_FI: Readonly<
  Record<DemoTeamKey, readonly (readonly [DemoTeamKey, GalleryNoteKind, string])[]>
> = {
  pirkanmaa: [
    [
      'pohjois-karjala',
      'steal',
      'Kuraattorin ja terveydenhoitajan yhteinen soittoaika aamuisin: sama malli toimisi kotiutuksen jälkeisissä puheluissa.',
    ],
    [
      'vantaa-kerava',
      'steal',
      'Nuoren oma kuvaus polusta prosessikaavion ensimmäisenä kaistana: otamme tämän perheiden kanssa käyttöön.',
    ],
    [
      'vantaa-kerava',
      'question',
      'Miten mittaatte 14 vuorokautta, jos nuori peruu ajan itse? Lasketaanko yhteydenotosta vai lähetteestä?',
    ],
    ['pohjois-karjala', 'question', 'Onko nuorisopsykiatrian poliklinikka mukana jo ensimmäisessä PDSA-kokeilussa?'],
  ],
  'pohjois-karjala': [
    [
      'pirkanmaa',
      'steal',
      'Kotiutuspäivän tarkistuslista, jonka osasto ja kotihoito täyttävät yhdessä: sopisi opiskeluhuollon siirtoihin.',
    ],
    [
      'vantaa-kerava',
      'steal',
      'Arvovirrasta näkyy heti, että odotus on viikonloppuna. Teemme saman kuvauksen omasta prosessistamme.',
    ],
    [
      'pirkanmaa',
      'question',
      'Kuka soittaa kotiin ensimmäisenä iltana, jos kotihoidon käynti siirtyy seuraavaan päivään?',
    ],
  ],
  'vantaa-kerava': [
    ['pirkanmaa', 'steal', 'Perheen kanssa yhdessä kirjattu tavoite ensimmäisellä tapaamisella: lainaamme lomakkeen.'],
    [
      'pohjois-karjala',
      'steal',
      'Ilmoituksen käsittelyn jonon näyttäminen viikoittain koko tiimille seurantakaaviona.',
    ],
    ['pohjois-karjala', 'question', 'Miten asiakasedustaja pääsee mukaan, kun palvelutarpeen arviointi on kesken?'],
    ['pirkanmaa', 'question', 'Onko perhetyön aloitukselle sovittu yhteinen mittari Keravan kanssa?'],
  ],
};

/** Eight anonymous answers to the first day's feedback (arrangements, learning, collaboration, overall, comment). */
export const DEMO_FEEDBACK_FI: readonly FeedbackAnswers[] = [
  {
    arrangements: 5,
    learning: 4,
    collaboration: 5,
    overall: 5,
    comment: 'Posterikierros oli päivän paras osuus, sain monta ideaa omaan työhön.',
  },
  { arrangements: 4, learning: 4, collaboration: 4, overall: 4, comment: '' },
  {
    arrangements: 3,
    learning: 5,
    collaboration: 4,
    overall: 4,
    comment: 'Sali oli iltapäivällä liian lämmin ja ääni kuului huonosti takariviin.',
  },
  {
    arrangements: 4,
    learning: 3,
    collaboration: 5,
    overall: 4,
    comment: 'Prosessikaavion tekeminen yhdessä avasi, kuinka monta siirtoa nuoren polulla on.',
  },
  {
    arrangements: 5,
    learning: 4,
    collaboration: 3,
    overall: 4,
    comment: 'Tiimityölle enemmän aikaa, asiantuntijapuheenvuoro venyi.',
  },
  { arrangements: 4, learning: 5, collaboration: 5, overall: 5, comment: '' },
  {
    arrangements: 2,
    learning: 4,
    collaboration: 4,
    overall: 3,
    comment: 'Tiedot paikasta ja aikataulusta tulivat myöhään.',
  },
  { arrangements: 5, learning: 4, collaboration: null, overall: 4, comment: 'Vertaisoppiminen jäi väliin, harmi.' },
];

/**
 * How the first day's agenda ran, item by item in the agenda's order: minutes on the clock from start to end
 * (pauses included), minutes added with "+5 min", paused minutes and whether the coach skipped it. One overrun (the expert talk, extended by 10
 * minutes) and one skipped item (peer learning in pairs, left out to give team work its time).
 */
export const DEMO_AGENDA_RUN_FI: readonly {
  minutes: number;
  extendedMin: number;
  pausedMin: number;
  skipped: boolean;
}[] = [
  { minutes: 30, extendedMin: 0, pausedMin: 0, skipped: false },
  { minutes: 18, extendedMin: 0, pausedMin: 0, skipped: false },
  { minutes: 52, extendedMin: 10, pausedMin: 0, skipped: false },
  { minutes: 44, extendedMin: 0, pausedMin: 0, skipped: false },
  { minutes: 72, extendedMin: 0, pausedMin: 0, skipped: false },
  { minutes: 45, extendedMin: 0, pausedMin: 0, skipped: false },
  { minutes: 0.5, extendedMin: 0, pausedMin: 0, skipped: true },
  { minutes: 78, extendedMin: 0, pausedMin: 4, skipped: false },
  { minutes: 15, extendedMin: 0, pausedMin: 0, skipped: false },
  { minutes: 41, extendedMin: 0, pausedMin: 0, skipped: false },
  { minutes: 27, extendedMin: 0, pausedMin: 0, skipped: false },
];
