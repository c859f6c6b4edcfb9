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
  /** The secondary driver (by text) under which the team adopted ideas from its dot-vote and 5-whys boards. */
  adoptUnder: string;
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
          ['Matala kynnys ottaa yhteyttä', ['Chat-yhteydenotto koulupäivän jälkeen']],
          ['Selkeä tieto siitä, mitä seuraavaksi tapahtuu', ['Tekstiviesti, jossa ensikäynnin aika ja hoitajan nimi']],
        ],
      ],
      [
        'Opiskeluhuolto ja mielenterveyspalvelut toimivat yhtenä ketjuna',
        [
          ['Konsultaatio ilman lähetettä', ['Yhteinen konsultaatiotunti koululla joka viikko']],
          ['Yhteiset kriteerit ohjaukselle', []],
        ],
      ],
      ['Hoitajien aika kohdistuu hoitoon', [['Ajanvaraus ja kirjaaminen sujuvat', ['Ensikäyntiajat varataan suoraan yhteiseen kalenteriin']]]],
    ],
    adoptUnder: 'Yhteiset kriteerit ohjaukselle',
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
          ['Tieto kulkee ennen kotiutuspäivää', ['Kotiutushoitaja soittaa kotihoitoon edellisenä päivänä']],
          ['Yhteinen kuva asiakkaan tilanteesta', ['Hoitajan yhteenveto rakenteisena kirjauksena']],
        ],
      ],
      [
        'Asiakas ja omainen ovat valmiita kotiutumiseen',
        [
          ['Lääkitys ja apuvälineet kunnossa', ['Lääkelista tarkistetaan ja annosjakelu tilataan osastolla']],
          ['Omainen tietää, mitä on sovittu', []],
        ],
      ],
      ['Kotiutuspäivän käynnille on tilaa', [['Kotihoidon työvuorossa varattu kotiutusaika', ['Iltapäivän kotiutuskäyntiaika joka päivä']]]],
    ],
    adoptUnder: 'Omainen tietää, mitä on sovittu',
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
          ['Kiireellisyys arvioidaan joka aamu', ['Arviointipari käy ilmoitukset läpi joka aamu']],
          ['Perhe tavoitetaan nopeasti', ['Soitto perheelle ennen kirjettä']],
        ],
      ],
      [
        'Perhetyö voi alkaa jo arvioinnin aikana',
        [
          ['Perhetyön resurssi näkyy yhteisesti', ['Viikoittainen perhetyön paikkatilanne tiimipalaverissa']],
          ['Tukitoimen päätös ilman odottelua', []],
        ],
      ],
      ['Perhe ymmärtää prosessin', [['Selkeä viestintä', ['Selkokielinen kirje ja kuvitettu prosessikuvaus']]]],
    ],
    adoptUnder: 'Tukitoimen päätös ilman odottelua',
  },
};

const ADOPT_TAGS = new Set(['change-idea', 'countermeasure', 'parked']);

/**
 * One aim and driver diagram per demo team. Ideas the team chose elsewhere (dot-vote winners, 5-whys countermeasures)
 * are adopted under one secondary driver, linked to their source, up to two.
 */
export const driverDiagramDemo: DemoBoardBuilder = (ctx) => {
  const c = CONTENT[ctx.team];
  const nodes: DriverNode[] = [];
  let adoptParent = '';
  for (const [primary, secondaries] of c.tree) {
    const p = newNode(ctx.nextId(), 'primary', null, primary);
    nodes.push(p);
    for (const [secondary, ideas] of secondaries) {
      const s = newNode(ctx.nextId(), 'secondary', p.id, secondary);
      nodes.push(s);
      if (secondary === c.adoptUnder) adoptParent = s.id;
      for (const idea of ideas) nodes.push(newNode(ctx.nextId(), 'idea', s.id, idea));
    }
  }
  const outside = ctx.teamBoards.flatMap((b) =>
    ((boardDefinition(b.kind)?.items(b.doc) ?? []) as BoardItem[]).filter((i) => ADOPT_TAGS.has(i.tag) && i.text.trim() !== '').map((i) => ({ item: i, board: b })),
  );
  // One from each source board first (the vote's winner, the chain's countermeasure), then the rest.
  const picked: typeof outside = [];
  for (const o of outside) if (picked.length < 2 && !picked.some((p) => p.board.id === o.board.id)) picked.push(o);
  for (const { item, board } of picked) {
    nodes.push({ ...newNode(ctx.nextId(), 'idea', adoptParent, item.text), source: { boardId: board.id, itemId: item.itemId, kind: board.kind }, sourceBoardName: board.name });
  }
  const doc = { aim: c.aim, nodes };
  // Built through the kind's own schema, so a demo can never carry a document the app would refuse.
  return [{ name: c.board, docVersion: driverDiagram.docVersion, doc: driverDiagram.docSchema.parse(doc) }];
};
