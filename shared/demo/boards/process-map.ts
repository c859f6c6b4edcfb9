import { processMap } from '../../boards/process-map/definition';
import { autoLayout } from '../../boards/process-map/layout';
import type {
  Branch,
  Duration,
  Lane,
  LaneType,
  NodeKind,
  ProblemKind,
  ProcessEdge,
  ProcessMapDoc,
  ProcessNode,
} from '../../boards/process-map/model';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder } from './types';

type T = readonly [number, Duration['unit']] | null;
/** [key, lane key, kind, text, process time, wait time, performer] */
type StepRow = readonly [string, string, NodeKind, string, T, T, string];
/** [from, to, label, branch] */
type EdgeRow = readonly [string, string, string?, Branch?];
/** [on (step key or 'from>to'), kind, note] */
type MarkerRow = readonly [string, ProblemKind, string];

interface MapContent {
  board: string;
  lanes: readonly (readonly [string, LaneType, string])[];
  steps: readonly StepRow[];
  /** Steps are chained in order unless `edges` is given for a step pair. */
  edges: readonly EdgeRow[];
  markers: readonly MarkerRow[];
}

const MAPS_FI: Record<DemoTeamKey, MapContent> = {
  pirkanmaa: {
    board: 'Prosessikaavio: nykytila, nuoren polku avun piiriin',
    lanes: [
      ['nuori', 'client', 'Nuori ja perhe'],
      ['koulu', 'school', 'Koulu ja opiskeluhuolto'],
      ['kth', 'primary-care', 'Kouluterveydenhuolto'],
      ['mtp', 'primary-care', 'Nuorten mielenterveys- ja päihdepalvelut'],
      ['npsy', 'specialised-care', 'Nuorisopsykiatrian poliklinikka'],
    ],
    steps: [
      ['s', 'nuori', 'start', 'Nuori kertoo pahasta olosta opettajalle', null, null, 'Nuori'],
      ['a', 'koulu', 'step', 'Opettaja ohjaa kuraattorille', [15, 'minutes'], [3, 'days'], 'Opettaja'],
      ['b', 'koulu', 'step', 'Kuraattorin ensitapaaminen', [45, 'minutes'], [5, 'days'], 'Koulukuraattori'],
      ['c', 'koulu', 'decision', 'Riittääkö opiskeluhuollon tuki?', [10, 'minutes'], null, 'Koulukuraattori'],
      ['d', 'koulu', 'step', 'Kuraattorin tukikäynnit', [45, 'minutes'], [7, 'days'], 'Koulukuraattori'],
      ['e', 'koulu', 'handoff', 'Ohjaus terveydenhoitajalle', [10, 'minutes'], [2, 'days'], 'Koulukuraattori'],
      ['f', 'kth', 'step', 'Terveydenhoitajan arvio', [45, 'minutes'], [10, 'days'], 'Terveydenhoitaja'],
      ['g', 'kth', 'document', 'Kirjaus potilastietojärjestelmään', [15, 'minutes'], null, 'Terveydenhoitaja'],
      ['h', 'kth', 'step', 'Koululääkärin vastaanotto ja lähete', [30, 'minutes'], [14, 'days'], 'Koululääkäri'],
      ['i', 'mtp', 'wait', 'Lähete odottaa käsittelyä', null, [9, 'days'], 'Psykiatrinen sairaanhoitaja'],
      ['j', 'mtp', 'decision', 'Lähete hyväksytään?', [20, 'minutes'], null, 'Työryhmä'],
      [
        'k',
        'mtp',
        'step',
        'Psykiatrisen sairaanhoitajan arviokäynnit',
        [60, 'minutes'],
        [12, 'days'],
        'Psykiatrinen sairaanhoitaja',
      ],
      ['l', 'npsy', 'handoff', 'Konsultaatio nuorisopsykiatrialle', [30, 'minutes'], [21, 'days'], 'Psykologi'],
      ['m', 'nuori', 'end', 'Ensimmäinen hoitokäynti', [60, 'minutes'], null, 'Nuori'],
    ],
    edges: [
      ['s', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd', '', 'yes'],
      ['c', 'e', '', 'no'],
      ['d', 'm'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h'],
      ['h', 'i'],
      ['i', 'j'],
      ['j', 'k', '', 'yes'],
      ['j', 'h', 'Palautetaan lisätietoja varten', 'no'],
      ['k', 'l'],
      ['k', 'm'],
      ['l', 'm'],
    ],
    markers: [
      ['b', 'client-waits', 'Nuori odottaa viikon, ajat vain klo 8–10'],
      ['e>f', 'handoff-break', 'Kuraattorin huoli ei siirry, nuori kertoo tarinansa uudelleen'],
      ['g', 'missing-info', 'Kuraattori ja terveydenhoitaja kirjaavat eri järjestelmiin'],
      ['h', 'bottleneck', 'Koululääkäri koululla vain kerran viikossa'],
      ['j>h', 'rework', 'Joka kolmas lähete palautetaan puutteellisena'],
      ['i', 'delay', 'Lähetteet käsitellään vain tiistain työryhmässä'],
    ],
  },
  'pohjois-karjala': {
    board: 'Prosessikaavio: nykytila, kotiutuminen sairaalasta',
    lanes: [
      ['asiakas', 'client', 'Asiakas ja omainen'],
      ['osasto', 'specialised-care', 'Akuuttigeriatrian osasto'],
      ['ohjaus', 'social-services', 'Ikäihmisten palveluohjaus'],
      ['kotihoito', 'primary-care', 'Kotihoito'],
      ['kunto', 'other', 'Kotikuntoutus ja apuvälineet'],
    ],
    steps: [
      ['s', 'osasto', 'start', 'Lääkäri toteaa kotiutuskelpoiseksi', [15, 'minutes'], null, 'Geriatri'],
      ['a', 'osasto', 'step', 'Kotiutushoitaja kokoaa tiedot', [60, 'minutes'], [4, 'hours'], 'Kotiutushoitaja'],
      ['b', 'osasto', 'document', 'Hoitotyön yhteenveto ja lääkelista', [45, 'minutes'], [1, 'days'], 'Sairaanhoitaja'],
      ['c', 'osasto', 'handoff', 'Puhelu kotihoitoon kotiutuspäivänä', [15, 'minutes'], null, 'Kotiutushoitaja'],
      [
        'd',
        'kotihoito',
        'decision',
        'Onko kotihoidolla tilaa käynneille?',
        [20, 'minutes'],
        [3, 'hours'],
        'Kotihoidon esihenkilö',
      ],
      ['e', 'kotihoito', 'wait', 'Odotus käyntiaikaan', null, [2, 'days'], 'Kotihoito'],
      ['f', 'kotihoito', 'step', 'Kotihoidon ensikäynti', [60, 'minutes'], null, 'Lähihoitaja'],
      ['g', 'asiakas', 'step', 'Omainen järjestää apua ensimmäisiksi päiviksi', [3, 'hours'], null, 'Omainen'],
      ['h', 'kunto', 'step', 'Apuvälineiden tilaus ja toimitus', [30, 'minutes'], [7, 'days'], 'Fysioterapeutti'],
      [
        'i',
        'ohjaus',
        'handoff',
        'Pyyntö palvelutarpeen arviointiin',
        [15, 'minutes'],
        [5, 'days'],
        'Kotihoidon sairaanhoitaja',
      ],
      ['j', 'ohjaus', 'step', 'Palvelutarpeen arviointi kotona', [2, 'hours'], [10, 'days'], 'Sosiaaliohjaaja'],
      ['k', 'asiakas', 'end', 'Asiakas pärjää kotona sovituin palveluin', null, null, 'Asiakas'],
    ],
    edges: [
      ['s', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'f', '', 'yes'],
      ['d', 'e', '', 'no'],
      ['e', 'f'],
      ['d', 'g', 'Ei käyntiä ensimmäisenä iltana'],
      ['f', 'h'],
      ['f', 'i'],
      ['h', 'j'],
      ['i', 'j'],
      ['j', 'k'],
    ],
    markers: [
      ['c', 'handoff-break', 'Kotihoito kuulee kotiutuksesta vasta samana päivänä'],
      ['b', 'missing-info', 'Ajantasainen lääkelista ei siirry kotihoidolle'],
      ['e', 'client-waits', 'Asiakas on ensimmäisen yön kotona ilman apua'],
      ['h', 'delay', 'Apuvälineet tulevat viikon viiveellä'],
      ['j', 'bottleneck', 'Kaksi sosiaaliohjaajaa koko Joensuun alueelle'],
    ],
  },
  'vantaa-kerava': {
    board: 'Prosessikaavio: nykytila, ilmoituksesta tukeen',
    lanes: [
      ['perhe', 'client', 'Perhe'],
      ['neuvola', 'primary-care', 'Lastenneuvola'],
      ['koulu', 'school', 'Koulu ja opiskeluhuolto'],
      ['ls', 'social-services', 'Lastensuojelu ja perhesosiaalityö'],
      ['tyo', 'employment-services', 'Työllisyyspalvelut'],
    ],
    steps: [
      ['s', 'neuvola', 'start', 'Terveydenhoitaja huolestuu perheen tilanteesta', null, null, 'Terveydenhoitaja'],
      ['a', 'neuvola', 'document', 'Lastensuojeluilmoitus sähköisesti', [30, 'minutes'], null, 'Terveydenhoitaja'],
      ['k', 'koulu', 'document', 'Koulun ilmoitus samasta lapsesta', [30, 'minutes'], null, 'Koulukuraattori'],
      ['b', 'ls', 'wait', 'Ilmoitus odottaa maanantain käsittelyä', null, [3, 'days'], 'Sosiaalityöntekijä'],
      ['c', 'ls', 'decision', 'Kiireellisyysarvio: kiireellinen?', [30, 'minutes'], null, 'Sosiaalityöntekijä'],
      ['d', 'ls', 'step', 'Kiireellinen arvio samana päivänä', [4, 'hours'], null, 'Sosiaalityöntekijä'],
      ['e', 'ls', 'step', 'Kirje perheelle ja ajan sopiminen', [20, 'minutes'], [14, 'days'], 'Sosiaalityöntekijä'],
      ['f', 'perhe', 'step', 'Perhe tulee ensitapaamiseen', [90, 'minutes'], [7, 'days'], 'Perhe'],
      ['g', 'ls', 'step', 'Palvelutarpeen arviointi', [6, 'hours'], [30, 'days'], 'Sosiaalityöntekijä'],
      ['h', 'tyo', 'handoff', 'Ohjaus työllisyyspalveluihin', [15, 'minutes'], [21, 'days'], 'Sosiaalityöntekijä'],
      ['i', 'ls', 'step', 'Perhetyön aloitus', [2, 'hours'], [10, 'days'], 'Perhetyöntekijä'],
      ['j', 'perhe', 'end', 'Perhe saa ensimmäisen tukitoimen', null, null, 'Perhe'],
    ],
    edges: [
      ['s', 'a'],
      ['a', 'b'],
      ['k', 'b'],
      ['b', 'c'],
      ['c', 'd', '', 'yes'],
      ['c', 'e', '', 'no'],
      ['d', 'g'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h'],
      ['g', 'i'],
      ['i', 'j'],
    ],
    markers: [
      ['b', 'bottleneck', 'Ilmoituksia tulee ruuhkahuippuina maanantaisin'],
      ['c', 'rework', 'Kiireellisyysarvio tehdään eri tavoin eri tiimeissä'],
      ['e', 'client-waits', 'Kirjeen kieli pelottaa, perhe ei tiedä mitä seuraavaksi tapahtuu'],
      ['a>b', 'missing-info', 'Neuvola ei saa tietoa, johtiko ilmoitus tukeen'],
      ['h', 'delay', 'Tulkin tilaaminen vie viikon'],
      ['g>h', 'handoff-break', 'Vanhempien työttömyys ei näy suunnitelmassa'],
    ],
  },
};

const dur = (t: T): Duration | null => (t ? { value: t[0], unit: t[1] } : null);

/** Builds the document from content rows (ids from `nextId`, positions from the auto-layout). */
export function buildMap(content: MapContent, nextId: () => string): { doc: ProcessMapDoc; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const idOf = (key: string) => ids.get(key) ?? ids.set(key, nextId()).get(key)!;
  const lanes: Lane[] = content.lanes.map(([key, type, name]) => ({
    id: idOf(`lane:${key}`),
    type,
    name,
    collapsed: false,
  }));
  const nodes: ProcessNode[] = content.steps.map(([key, lane, kind, text, p, w, performer]) => ({
    id: idOf(key),
    kind,
    text,
    laneId: idOf(`lane:${lane}`),
    x: 0,
    y: 0,
    processTime: dur(p),
    waitTime: dur(w),
    performer,
  }));
  const edges: ProcessEdge[] = content.edges.map(([from, to, label, branch]) => ({
    id: idOf(`${from}>${to}`),
    source: idOf(from),
    target: idOf(to),
    label: label ?? '',
    branch: branch ?? null,
  }));
  const markers = content.markers.map(([on, kind, note]) => ({
    id: nextId(),
    kind,
    note,
    target: { type: on.includes('>') ? ('edge' as const) : ('node' as const), id: idOf(on) },
    links: [],
  }));
  const doc: ProcessMapDoc = { lanes, nodes, edges, markers };
  const pos = new Map(autoLayout(doc).map((p) => [p.id, p]));
  for (const n of doc.nodes) {
    const p = pos.get(n.id)!;
    n.x = p.x;
    n.y = p.y;
  }
  return { doc, ids };
}

/**
 * The future state the Pohjois-Karjala team drew from a copy of its current state (same item ids, as
 * boards.duplicate keeps them): the ward calls home care the day before, the summary travels electronically, the
 * first visit is on the discharge day and the service assessment starts within a week.
 */
function futureState(current: ProcessMapDoc, ids: Map<string, string>, nextId: () => string): ProcessMapDoc {
  const doc = structuredClone(current);
  const id = (k: string) => ids.get(k)!;
  const n = (k: string) => doc.nodes.find((x) => x.id === id(k))!;
  // Removed: the wait for a visit slot and the relative's stopgap arrangements.
  const gone = new Set([id('e'), id('g')]);
  doc.nodes = doc.nodes.filter((x) => !gone.has(x.id));
  doc.edges = doc.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
  doc.markers = doc.markers.filter(
    (m) => m.target.type === 'node' && !gone.has(m.target.id) && m.kind === 'bottleneck',
  );
  // Changed.
  Object.assign(n('c'), { text: 'Kotiutushoitaja soittaa kotihoitoon edellisenä päivänä', waitTime: null });
  Object.assign(n('b'), {
    text: 'Yhteenveto ja lääkelista sähköisesti kotihoidolle',
    waitTime: { value: 4, unit: 'hours' },
  });
  Object.assign(n('d'), { text: 'Ensikäynti varataan kotiutuspäivälle', kind: 'step', waitTime: null });
  Object.assign(n('j'), { waitTime: { value: 5, unit: 'days' } });
  Object.assign(n('h'), { text: 'Apuvälineet lainaamosta kotiutuspäivänä', waitTime: { value: 1, unit: 'days' } });
  doc.edges = doc.edges.map((e) => (e.source === id('d') ? { ...e, branch: null, label: '' } : e));
  // Added: a home-rehabilitation visit the day after discharge.
  const visit = nextId();
  const lane = doc.lanes.find((l) => l.name === 'Kotikuntoutus ja apuvälineet')!;
  doc.nodes.push({
    id: visit,
    kind: 'step',
    text: 'Kotikuntoutuksen käynti seuraavana päivänä',
    laneId: lane.id,
    x: 0,
    y: 0,
    processTime: { value: 60, unit: 'minutes' },
    waitTime: { value: 1, unit: 'days' },
    performer: 'Fysioterapeutti',
  });
  doc.edges.push({ id: nextId(), source: id('f'), target: visit, label: '', branch: null });
  doc.edges.push({ id: nextId(), source: visit, target: id('j'), label: '', branch: null });
  const pos = new Map(autoLayout(doc).map((p) => [p.id, p]));
  for (const x of doc.nodes) {
    const p = pos.get(x.id)!;
    x.x = p.x;
    x.y = p.y;
  }
  return doc;
}

/** One current-state map per demo team; the Pohjois-Karjala team also has its future state. */
export const processMapDemo: DemoBoardBuilder = (ctx) => {
  const content = MAPS_FI[ctx.team];
  const { doc, ids } = buildMap(content, ctx.nextId);
  const boards = [{ name: content.board, docVersion: processMap.docVersion, doc }];
  if (ctx.team === 'pohjois-karjala') {
    boards.push({
      name: 'Prosessikaavio: tavoitetila, kotiutuminen sairaalasta',
      docVersion: processMap.docVersion,
      doc: futureState(doc, ids, ctx.nextId),
    });
  }
  return boards;
};
