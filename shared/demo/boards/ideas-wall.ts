import type { MemberRole, NoteColor } from '../../domain/vocab';
import { ideasWall } from '../../boards/ideas-wall/definition';
import { NOTE_SIZE, type IdeaCluster, type IdeaNote, type IdeasWallDoc } from '../../boards/ideas-wall/model';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder } from './types';

/** [text, colour, author role] */
type NoteRow = readonly [string, NoteColor, MemberRole];

interface WallContent {
  board: string;
  clusters: readonly { name: string; notes: readonly NoteRow[] }[];
}

/** What each demo team put on its wall on the first afternoon: problems seen, and the first ideas (green). */
const WALLS_FI: Record<DemoTeamKey, WallContent> = {
  pirkanmaa: {
    board: 'Ideaseinä: miksi nuori jää odottamaan?',
    clusters: [
      {
        name: 'Yhteydenotto ja ohjautuminen',
        notes: [
          ['Nuori ei tiedä, kenelle soittaa – numeroita on neljä', 'yellow', 'client-rep'],
          ['Kuraattorin huoli ei riitä: nuorisopsykiatria vaatii lääkärin lähetteen', 'yellow', 'professional'],
          ['Ajanvaraus vain puhelimitse klo 8–10, kun nuori on koulussa', 'orange', 'client-rep'],
          ['Idea: chat-yhteydenotto myös koulupäivän jälkeen', 'green', 'professional'],
        ],
      },
      {
        name: 'Tiedonkulku ammattilaisten välillä',
        notes: [
          ['Terveydenhoitaja ja kuraattori kirjaavat eri järjestelmiin', 'blue', 'professional'],
          ['Psykiatrisen sairaanhoitajan kalenterissa ei ole konsultaatioaikaa', 'blue', 'professional'],
          ['Idea: viikoittainen yhteinen konsultaatiotunti koululla', 'green', 'process-owner'],
        ],
      },
      {
        name: 'Nuoren ja perheen kokemus',
        notes: [
          ['Sama tarina pitää kertoa kolmelle eri ammattilaiselle', 'pink', 'client-rep'],
          ['Huoltajan suostumuksen odottaminen viivästyttää ensikäyntiä', 'purple', 'professional'],
          ['Odotusaikana nuori ei saa mitään tukea', 'pink', 'client-rep'],
          ['Idea: nimetty yhteyshenkilö heti ensimmäisestä kontaktista', 'green', 'coach'],
        ],
      },
    ],
  },
  'pohjois-karjala': {
    board: 'Ideaseinä: kotiutumisen katkokset',
    clusters: [
      {
        name: 'Kotiutuksen suunnittelu',
        notes: [
          ['Kotiutuspäätös tulee usein perjantai-iltapäivänä', 'yellow', 'professional'],
          ['Kotihoito kuulee kotiutuksesta vasta samana päivänä', 'orange', 'professional'],
          ['Apuvälineet tulevat viikon viiveellä', 'yellow', 'professional'],
          ['Idea: kotiutushoitaja soittaa kotihoitoon jo edellisenä päivänä', 'green', 'professional'],
        ],
      },
      {
        name: 'Tieto ja kirjaaminen',
        notes: [
          ['Ajantasainen lääkelista ei siirry kotihoidolle ajoissa', 'blue', 'professional'],
          ['Hoitotyön yhteenveto puuttuu kotiutuessa', 'blue', 'professional'],
          ['Idea: yhteinen kotiutuksen tarkistuslista osastolle ja kotihoidolle', 'green', 'process-owner'],
        ],
      },
      {
        name: 'Asiakkaan ja omaisen tuki',
        notes: [
          ['Omainen ei tiedä, kuka on yhteyshenkilö kotiutuksen jälkeen', 'pink', 'client-rep'],
          ['Äiti oli ensimmäisen yön kotona yksin ilman apuja', 'pink', 'client-rep'],
          ['Idea: kotikuntoutuksen käynti kotiutumista seuraavana päivänä', 'green', 'coach'],
        ],
      },
    ],
  },
  'vantaa-kerava': {
    board: 'Ideaseinä: ilmoituksesta tukeen',
    clusters: [
      {
        name: 'Ilmoitusten käsittely',
        notes: [
          ['Ilmoituksia tulee ruuhkahuippuina maanantaisin', 'yellow', 'professional'],
          ['Kiireellisyysarvio tehdään eri tavoin eri tiimeissä', 'orange', 'professional'],
          ['Tulkin tilaaminen vie viikon', 'orange', 'professional'],
          ['Idea: arviointipari käy ilmoitukset läpi joka aamu', 'green', 'process-owner'],
        ],
      },
      {
        name: 'Yhteistyö palvelujen välillä',
        notes: [
          ['Neuvola ei saa tietoa, johtiko ilmoitus tukeen', 'blue', 'professional'],
          ['Koulun ja sosiaalityön palaverit sovitaan viikkojen päähän', 'blue', 'professional'],
          ['Vanhempien työttömyys ja talousvaikeudet eivät näy suunnitelmassa', 'purple', 'professional'],
          ['Idea: työllisyysasiantuntija mukaan perheen ensitapaamiseen', 'green', 'professional'],
        ],
      },
      {
        name: 'Perheen osallisuus',
        notes: [
          ['Kirjeen kieli pelottaa – ei ymmärrä, mitä seuraavaksi tapahtuu', 'pink', 'client-rep'],
          ['Perhe haluaisi saman työntekijän koko prosessin ajan', 'pink', 'client-rep'],
          ['Idea: soitto perheelle ennen kirjettä ja selkokielinen kirje', 'green', 'client-rep'],
        ],
      },
    ],
  },
};

/**
 * Frame geometry: two columns of notes under a title strip, frames side by side. Rows leave room for a note that
 * grows to show a long text (the wall grows a note's height rather than cutting its text).
 */
export const WALL_LAYOUT = {
  columns: 2,
  pad: 24,
  gap: 16,
  rowGap: 44,
  header: 64,
  frameGap: 80,
  originX: 40,
  originY: 40,
} as const;

/** Lays out clusters side by side with their notes in a tidy grid, each frame just big enough for its notes. */
export function layoutWall(content: WallContent, nextId: () => string): IdeasWallDoc {
  const { columns, pad, gap, rowGap, header, frameGap, originX, originY } = WALL_LAYOUT;
  const frameWidth = 2 * pad + columns * NOTE_SIZE.width + (columns - 1) * gap;
  const clusters: IdeaCluster[] = [];
  const notes: IdeaNote[] = [];
  content.clusters.forEach((c, ci) => {
    const rows = Math.max(1, Math.ceil(c.notes.length / columns));
    const cluster: IdeaCluster = {
      id: nextId(),
      name: c.name,
      x: originX + ci * (frameWidth + frameGap),
      y: originY,
      width: frameWidth,
      height: header + rows * NOTE_SIZE.height + (rows - 1) * rowGap + pad,
    };
    clusters.push(cluster);
    c.notes.forEach(([text, color, authorRole], ni) => {
      notes.push({
        id: nextId(),
        text,
        color,
        authorRole,
        clusterId: cluster.id,
        x: cluster.x + pad + (ni % columns) * (NOTE_SIZE.width + gap),
        y: cluster.y + header + Math.floor(ni / columns) * (NOTE_SIZE.height + rowGap),
      });
    });
  });
  return { notes, clusters };
}

/** One ideas wall per demo team (Finnish content for every language until translated content exists). */
export const ideasWallDemo: DemoBoardBuilder = (ctx) => {
  const content = WALLS_FI[ctx.team];
  return [{ name: content.board, docVersion: ideasWall.docVersion, doc: layoutWall(content, ctx.nextId) }];
};
