/**
 * More boards for the audience-view picture test (issue 13): 5 whys and measures, small and large, as the
 * `boards.create` init commands that build them and the texts their pictures must show whole.
 */
import { newMeasure, type Measure } from '../../shared/boards/measures/model';
import { fakeId } from './picture-boards';

export interface PictureBoard {
  init: ({ type: string } & Record<string, unknown>)[];
  texts: string[];
}

const WHY_ANSWERS = [
  'Asiakkaat soittavat kaikki samaan aikaan kello kahdeksan, kun ajanvaraus aukeaa',
  'Ajanvaraus aukeaa vain aamulla, koska ajat jaetaan päivä kerrallaan',
  'Lääkärien työvuorot vahvistetaan vasta edellisenä iltapäivänä',
  'Vuorosuunnittelu tehdään käsin taulukkoon, jota päivitetään kerran päivässä',
  'Kukaan ei omista vuorosuunnittelun prosessia, ja tieto kulkee sähköpostilla',
  'Esihenkilöillä ei ole yhteistä järjestelmää poissaolojen kirjaamiseen',
];

/** A 5-whys board: the problem and `branches` chains of `depth` whys (questions asked aloud, answers written). */
function fiveWhys(branches: number, depth: number): PictureBoard {
  const problem = 'Puhelinjonossa odotetaan aamuisin yli 20 minuuttia, ja joka kolmas puhelu katkeaa ennen vastausta';
  const init: PictureBoard['init'] = [{ type: 'setProblem', text: problem }];
  const texts = [problem];
  let n = 0;
  for (let b = 0; b < branches; b++) {
    let parentId: string | null = null;
    for (let d = 0; d < depth; d++) {
      const id = fakeId(5, ++n);
      const question = d === 0 ? `Miksi jonossa odotetaan aamulla (haara ${b + 1})?` : '';
      const answer = `${WHY_ANSWERS[d % WHY_ANSWERS.length]!}${b > 0 ? ` (haara ${b + 1})` : ''}`;
      init.push({ type: 'addStep', step: { id, parentId, question, answer }, afterId: null });
      texts.push(answer);
      if (question) texts.push(question);
      parentId = id;
    }
    init.push({ type: 'setRootCause', id: parentId!, rootCause: true });
  }
  return { init, texts };
}

export const fiveWhysSmall = (): PictureBoard => fiveWhys(1, 3);
export const fiveWhysLarge = (): PictureBoard => fiveWhys(3, 6);

/** Weekly points of a measure from 2025-W36 on. */
function points(seed: number, count: number): Measure['points'] {
  return Array.from({ length: count }, (_, i) => {
    const w = 36 + i;
    const period = w <= 52 ? `2025-W${String(w).padStart(2, '0')}` : `2026-W${String(w - 52).padStart(2, '0')}`;
    return { period, value: 20 + ((i * 7 + seed * 3) % 11), denominator: null, note: '', astronomical: false };
  });
}

const MEASURE_NAMES = [
  'Keskeytyneet puhelut aamuisin',
  'Samana päivänä annetut ajat',
  'Takaisinsoittoon kulunut aika minuutteina',
  'Asiakkaiden kokemus ajanvarauksesta asteikolla yhdestä viiteen',
  'Hoitajien ylityötunnit viikossa',
];

/** A measures board of `count` run charts; with `long`, the first name is 200 characters. */
function measures(count: number, long: boolean): PictureBoard {
  const longName =
    `Takaisinsoittopyyntöjen osuus kaikista puheluista, joihin vastattiin samana päivänä ${'ajanvarauksen '.repeat(9)}`
      .slice(0, 200)
      .trim();
  const list = Array.from({ length: count }, (_, i) =>
    newMeasure(fakeId(6, i + 1), i === 0 && long ? longName : MEASURE_NAMES[i % MEASURE_NAMES.length]!, {
      unit: 'kpl',
    }),
  );
  const init: PictureBoard['init'] = list.flatMap((m, i) => [
    { type: 'addMeasure', measure: m },
    { type: 'setPoints', measureId: m.id, points: points(i, 14 + i) },
  ]);
  return { init, texts: list.map((m) => m.name) };
}

export const measuresSmall = (): PictureBoard => measures(1, false);
export const measuresLarge = (): PictureBoard => measures(6, true);

const IDEAS = [
  'Takaisinsoittojono aamuruuhkaan',
  'Ajanvaraus verkossa myös iltaisin ja viikonloppuisin, jotta puhelinjono kevenee',
  'Hoitajan puhelinaika iltapäivään',
  'Tekstiviestimuistutus kaksi päivää ennen vastaanottoaikaa, peruutuslinkki mukaan',
  'Yhteinen poissaolokalenteri esihenkilöille',
  'Kiireettömät ajat jaetaan viikoksi kerrallaan eikä päivä kerrallaan',
];

/** An ideas wall of `count` loose notes in a row, texts of 30–90 characters. */
function ideasWall(count: number): PictureBoard {
  const notes = Array.from({ length: count }, (_, i) => ({
    id: fakeId(7, i + 1),
    text: `${IDEAS[i % IDEAS.length]!}${i >= IDEAS.length ? ` (${i + 1})` : ''}`,
    color: 'yellow',
    authorRole: '',
    clusterId: null,
    x: (i % 6) * 220,
    y: Math.floor(i / 6) * 160,
  }));
  return { init: [{ type: 'addNotes', notes }], texts: notes.map((n) => n.text) };
}

export const ideasWallSmall = (): PictureBoard => ideasWall(4);
export const ideasWallLarge = (): PictureBoard => ideasWall(30);

/** A driver diagram: the aim, `primaries` primary drivers, each with two secondary drivers and `ideas` change ideas. */
function driverDiagram(primaries: number, ideas: number): PictureBoard {
  const statement =
    'Kaikki kiireettömän ajan pyytävät asiakkaat saavat ajan kahden viikon sisällä vuoden 2026 loppuun mennessä';
  const init: PictureBoard['init'] = [{ type: 'setAim', patch: { statement } }];
  const texts = [statement];
  let n = 0;
  const add = (level: string, parentId: string | null, text: string): string => {
    const id = fakeId(8, ++n);
    init.push({ type: 'addNode', node: { id, level, parentId, text, source: null, sourceBoardName: '' } });
    texts.push(text);
    return id;
  };
  for (let p = 0; p < primaries; p++) {
    const pid = add('primary', null, `Ensisijainen ajuri ${p + 1}: ajanvarauksen saatavuus ja henkilöstön riittävyys`);
    for (let s = 0; s < 2; s++) {
      const sid = add(
        'secondary',
        pid,
        `Toissijainen ajuri ${p + 1}.${s + 1}: vuorosuunnittelu ja poissaolojen hallinta`,
      );
      for (let k = 0; k < ideas; k++)
        add('idea', sid, `Muutosidea ${p + 1}.${s + 1}.${k + 1}: ${IDEAS[k % IDEAS.length]!}`);
    }
  }
  return { init, texts };
}

export const driverDiagramSmall = (): PictureBoard => driverDiagram(1, 1);
export const driverDiagramLarge = (): PictureBoard => driverDiagram(4, 3);

export const fiveWhysBranches = (): PictureBoard => fiveWhys(5, 6);

const STEP_NAMES = [
  'Asiakas soittaa ajanvaraukseen ja jättää takaisinsoittopyynnön',
  'Hoitaja arvioi hoidon tarpeen puhelimessa',
  'Ajanvaraus lääkärin vastaanotolle seuraavalle viikolle',
  'Lääkärin vastaanotto ja tutkimukset terveysasemalla',
  'Laboratorionäytteiden otto ja tulosten odottaminen',
  'Jatkohoidon suunnittelu ja lähete erikoissairaanhoitoon',
];

/** A value stream of `count` steps with Finnish names of 40–70 characters, a performer and some notes. */
function valueStream(count: number): PictureBoard {
  const init: PictureBoard['init'] = [];
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${STEP_NAMES[i % STEP_NAMES.length]!}${i >= STEP_NAMES.length ? ` (${i + 1})` : ''}`;
    const note = i % 4 === 0 ? 'Puhelinjono on pisimmillään maanantaiaamuisin, jolloin osa soittajista luopuu' : '';
    const performer = i % 2 === 0 ? 'Sairaanhoitaja' : 'Lääkäri';
    init.push({
      type: 'addStep',
      step: {
        id: fakeId(9, i + 1),
        name,
        performer,
        organisation: 'Terveysasema',
        note,
        waitKind: 'queue',
        wait: { value: (i + 1) * 20, min: null, max: null, unit: 'min' },
        process: { value: 10 + i, min: null, max: null, unit: 'min' },
        complete: null,
        after: null,
        source: null,
      },
    });
    texts.push(name, performer);
    if (note) texts.push(note);
  }
  return { init, texts };
}

export const valueStreamSmall = (): PictureBoard => valueStream(4);
export const valueStreamLarge = (): PictureBoard => valueStream(18);

const CLUSTERS = [
  'Puhelinpalvelu ja takaisinsoitot',
  'Sähköinen asiointi',
  'Henkilöstön työnjako',
  'Viestintä asiakkaille',
];

/** An ideas wall with the clusters above, `perCluster` notes in each and three loose notes. */
export function ideasWallClusters(perCluster: number): PictureBoard {
  const init: PictureBoard['init'] = [];
  const texts: string[] = [];
  const notes: Record<string, unknown>[] = [];
  CLUSTERS.forEach((name, c) => {
    const id = fakeId(6, c + 1);
    init.push({ type: 'addCluster', cluster: { id, name, x: c * 700, y: 0, width: 600, height: 800 } });
    texts.push(name);
    for (let i = 0; i < perCluster; i++) notes.push({ clusterId: id, x: c * 700 + (i % 2) * 220, y: 60 + i * 140 });
  });
  for (let i = 0; i < 3; i++) notes.push({ clusterId: null, x: 3000 + i * 220, y: 0 });
  const all = notes.map((n, i) => {
    const text = `${IDEAS[i % IDEAS.length]!} (${i + 1})`;
    texts.push(text);
    return { id: fakeId(7, i + 1), text, color: 'green', authorRole: '', ...n };
  });
  init.push({ type: 'addNotes', notes: all });
  return { init, texts };
}
