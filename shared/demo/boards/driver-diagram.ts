import { driverDiagram } from '../../boards/driver-diagram/definition';
import { newNode, type Aim, type DriverNode } from '../../boards/driver-diagram/model';
import { boardDefinition } from '../../boards/registry';
import type { BoardItem } from '../../boards/links';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder } from './types';

/** [primary driver, [secondary driver, change ideas typed in the diagram][]] */
type Tree = [string, [string, string[]][]][];

interface Content {
  board: string;
  aim: Aim;
  tree: Tree;
  /**
   * Ideas the team adopted from its other boards: [words in the idea, the secondary driver it goes under]. The
   * dot-vote and 5-whys boards are searched first, then the rest (the fishbone's parking lot).
   */
  adopt: [string, string][];
}

const CONTENT: Record<DemoTeamKey, Content> = {
  pirkanmaa: {
    board: 'Tavoite ja ajurit: nuoren nopea hoitoonpääsy',
    aim: {
      what: 'Ensimmäinen hoitokäynti mielenterveys- ja päihdepalveluissa',
      forWhom: 'itäisen Tampereen yläkoululaiset, joilla on lievä tai keskivaikea mielenterveyden häiriö',
      howMuch: '80 % pääsee käynnille 14 vrk:n kuluessa (lähtötaso: mediaani 41 vrk)',
      byWhen: '2026-05-31',
      statement:
        'Toukokuuhun 2026 mennessä 80 % itäisen Tampereen yläkoululaisista, joilla on lievä tai keskivaikea mielenterveyden häiriö, pääsee ensimmäiselle hoitokäynnille 14 vuorokauden kuluessa yhteydenotosta.',
    },
    tree: [
      [
        'Nuori ja perhe saavat yhteyden helposti',
        [
          ['Matala kynnys ottaa yhteyttä', []],
          ['Selkeä tieto siitä, mitä seuraavaksi tapahtuu', ['Tekstiviesti, jossa ensikäynnin aika ja hoitajan nimi']],
        ],
      ],
      [
        'Opiskeluhuolto ja mielenterveyspalvelut toimivat yhtenä ketjuna',
        [
          ['Konsultaatio ilman lähetettä', []],
          ['Yhteiset kriteerit ohjaukselle', []],
        ],
      ],
      [
        'Hoitajien aika kohdistuu hoitoon',
        [['Ajanvaraus ja kirjaaminen sujuvat', ['Ensikäyntiajat varataan suoraan yhteiseen kalenteriin']]],
      ],
    ],
    adopt: [
      ['chat-yhteydenotto', 'Matala kynnys ottaa yhteyttä'],
      ['konsultaatiotunti', 'Konsultaatio ilman lähetettä'],
      ['ohjeelle omistaja', 'Yhteiset kriteerit ohjaukselle'],
    ],
  },
  'pohjois-karjala': {
    board: 'Tavoite ja ajurit: turvallinen kotiutuminen',
    aim: {
      what: 'Kotihoidon ensikäynti kotiutumispäivänä ja palvelutarpeen arviointi',
      forWhom: 'Joensuun alueella sairaalasta kotiutuvat 75 vuotta täyttäneet',
      howMuch: '90 % saa ensikäynnin kotiutumispäivänä ja arvioinnin 7 arkipäivässä',
      byWhen: '2026-09-30',
      statement:
        'Syyskuuhun 2026 mennessä 90 % Joensuun alueella sairaalasta kotiutuvista 75 vuotta täyttäneistä saa kotihoidon ensikäynnin kotiutumispäivänä ja palvelutarpeen arvioinnin seitsemän arkipäivän kuluessa.',
    },
    tree: [
      [
        'Kotihoito tietää kotiutuksesta ajoissa',
        [
          ['Tieto kulkee ennen kotiutuspäivää', []],
          ['Yhteinen kuva asiakkaan tilanteesta', ['Hoitajan yhteenveto rakenteisena kirjauksena']],
        ],
      ],
      [
        'Asiakas ja omainen ovat valmiita kotiutumiseen',
        [
          ['Lääkitys ja apuvälineet kunnossa', ['Lääkelista tarkistetaan ja annosjakelu tilataan osastolla']],
          ['Omainen tietää, mitä on sovittu', ['Omaiselle kirjallinen kotiutusyhteenveto selkokielellä']],
        ],
      ],
      [
        'Kotiutuspäivän käynnille on tilaa',
        [['Kotihoidon työvuorossa varattu kotiutusaika', ['Iltapäivän kotiutuskäyntiaika joka päivä']]],
      ],
    ],
    adopt: [
      ['kotiutushoitaja soittaa', 'Tieto kulkee ennen kotiutuspäivää'],
      ['arvioitu kotiutuspäivä', 'Tieto kulkee ennen kotiutuspäivää'],
    ],
  },
  'vantaa-kerava': {
    board: 'Tavoite ja ajurit: perheen tuki ilmoituksesta',
    aim: {
      what: 'Ensimmäinen tukitoimi lastensuojeluilmoituksen jälkeen',
      forWhom: 'Vantaan ja Keravan lapsiperheet',
      howMuch: '75 % saa tukitoimen 30 vrk:n kuluessa (lähtötaso: mediaani 62 vrk)',
      byWhen: '2026-06-30',
      statement:
        'Kesäkuuhun 2026 mennessä 75 % perheistä saa ensimmäisen tukitoimen, kuten perhetyön, 30 vuorokauden kuluessa lastensuojeluilmoituksesta.',
    },
    tree: [
      [
        'Ilmoitus arvioidaan viipymättä',
        [
          ['Kiireellisyys arvioidaan joka aamu', []],
          ['Perhe tavoitetaan nopeasti', []],
        ],
      ],
      [
        'Perhetyö voi alkaa jo arvioinnin aikana',
        [
          ['Perhetyön resurssi näkyy yhteisesti', ['Viikoittainen perhetyön paikkatilanne tiimipalaverissa']],
          ['Tukitoimen päätös ilman odottelua', ['Perhetyön aloitus sovitaan jo ensitapaamisessa']],
        ],
      ],
      ['Perhe ymmärtää prosessin', [['Selkeä viestintä', ['Kuvitettu prosessikuvaus perheille']]]],
    ],
    adopt: [
      ['arviointipari käy', 'Kiireellisyys arvioidaan joka aamu'],
      ['soitto perheelle', 'Perhe tavoitetaan nopeasti'],
    ],
  },
};

const ADOPT_TAGS = new Set(['change-idea', 'countermeasure', 'parked']);

const SOURCE_ORDER = ['dot-vote', 'five-whys'];

/** "Idea: chat-yhteydenotto …" from a vote reads "Chat-yhteydenotto …" in the diagram. */
function tidy(text: string): string {
  const t = text.replace(/^Idea:\s*/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * One aim and driver diagram per demo team. Ideas the team chose elsewhere (dot-vote winners, 5-whys countermeasures,
 * the fishbone's parking lot) are adopted under their secondary drivers, linked to their source; the rest wait in
 * the change-idea list.
 */
export const driverDiagramDemo: DemoBoardBuilder = (ctx) => {
  const c = CONTENT[ctx.team];
  const nodes: DriverNode[] = [];
  const secondaryId = new Map<string, string>();
  for (const [primary, secondaries] of c.tree) {
    const p = newNode(ctx.nextId(), 'primary', null, primary);
    nodes.push(p);
    for (const [secondary, ideas] of secondaries) {
      const s = newNode(ctx.nextId(), 'secondary', p.id, secondary);
      nodes.push(s);
      secondaryId.set(secondary, s.id);
      for (const idea of ideas) nodes.push(newNode(ctx.nextId(), 'idea', s.id, idea));
    }
  }
  const rank = (kind: string) => (SOURCE_ORDER.includes(kind) ? SOURCE_ORDER.indexOf(kind) : SOURCE_ORDER.length);
  const outside = ctx.teamBoards
    .flatMap((b) =>
      ((boardDefinition(b.kind)?.items(b.doc) ?? []) as BoardItem[])
        .filter((i) => ADOPT_TAGS.has(i.tag) && i.text.trim() !== '')
        .map((item) => ({ item, board: b })),
    )
    .sort((a, b) => rank(a.board.kind) - rank(b.board.kind));
  for (const [words, under] of c.adopt) {
    const found = outside.find((o) => o.item.text.toLowerCase().includes(words));
    const parentId = secondaryId.get(under);
    if (!found || !parentId) continue;
    nodes.push({
      ...newNode(ctx.nextId(), 'idea', parentId, tidy(found.item.text)),
      source: { boardId: found.board.id, itemId: found.item.itemId, kind: found.board.kind },
      sourceBoardName: found.board.name,
    });
  }
  const doc = { aim: c.aim, nodes };
  // Built through the kind's own schema, so a demo can never carry a document the app would refuse.
  return [{ name: c.board, docVersion: driverDiagram.docVersion, doc: driverDiagram.docSchema.parse(doc) }];
};
