import { fiveWhys } from '../../boards/five-whys/definition';
import type { FiveWhysDoc, WhyStep } from '../../boards/five-whys/model';
import { FishboneDoc } from '../../boards/fishbone/model';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder } from './types';

/** [answer, children, countermeasure when this is a root cause] */
interface WhyRow {
  a: string;
  next?: readonly WhyRow[];
  root?: string;
}

interface WhysContent {
  board: string;
  /** The fishbone cause the chain starts from (matched by text on the team's fishbone). */
  fromCause: string;
  chain: readonly WhyRow[];
}

/** Each team's 5 whys from the afternoon of workshop 1, day 2, starting from a root cause on its fishbone. */
const WHYS_FI: Record<DemoTeamKey, WhysContent> = {
  pirkanmaa: {
    board: '5 x miksi: lääkärin lähete',
    fromCause: 'Lähete vaaditaan aina lääkäriltä',
    chain: [
      {
        a: 'Poliklinikka ottaa vastaan vain lääkärin lähetteellä',
        next: [
          {
            a: 'Ohjeen mukaan hoidon tarpeen arvion tekee aina lääkäri',
            next: [
              {
                a: 'Ohje on laadittu ennen kuin psykiatriset sairaanhoitajat tulivat kouluille',
                next: [
                  {
                    a: 'Ohjetta ei ole päivitetty, koska kukaan ei omista sitä',
                    root: 'Nimetään ohjeelle omistaja ja kokeillaan sairaanhoitajan hoidon tarpeen arviota kahdessa koulussa',
                  },
                ],
              },
            ],
          },
          { a: 'Lähetteettömiä yhteydenottoja ei voi kirjata poliklinikan järjestelmään' },
        ],
      },
    ],
  },
  'pohjois-karjala': {
    board: '5 x miksi: perjantain kotiutukset',
    fromCause: 'Kotiutuspäätös tehdään perjantai-iltapäivänä',
    chain: [
      {
        a: 'Kotiutus päätetään lääkärinkierrolla',
        next: [
          {
            a: 'Kierto on vasta iltapäivällä, koska aamupäivä menee päivystyksen siirtopotilaisiin',
            next: [
              {
                a: 'Päivystyksestä siirretään potilaita eniten perjantaina',
                next: [
                  {
                    a: 'Kotiutuksia ei suunnitella etukäteen osastojakson alussa',
                    root: 'Arvioitu kotiutuspäivä kirjataan jo tulopäivänä ja tarkistetaan keskiviikkona',
                  },
                ],
              },
              { a: 'Osastolla on perjantaisin vähiten hoitajia' },
            ],
          },
        ],
      },
    ],
  },
  'vantaa-kerava': {
    board: '5 x miksi: kiireellisyysarvio',
    fromCause: 'Kiireellisyysarvio tehdään eri tavoin eri tiimeissä',
    chain: [
      {
        a: 'Jokainen tiimi on kehittänyt oman tapansa',
        next: [
          {
            a: 'Yhteistä arviointimallia ei ole sovittu',
            next: [
              {
                a: 'Tiimien yhteisiä kokouksia on vain kerran kuukaudessa',
                next: [
                  {
                    a: 'Arviointia ei ole nimetty kenenkään vastuulle',
                    root: 'Kokeillaan arviointiparia, joka käy ilmoitukset läpi joka aamu',
                  },
                ],
              },
            ],
          },
          { a: 'Uudet työntekijät perehdytetään tiimin omaan tapaan' },
        ],
      },
    ],
  },
};

/** One 5-whys chain per demo team, linked back to the fishbone cause it started from. */
export const fiveWhysDemo: DemoBoardBuilder = (ctx) => {
  const content = WHYS_FI[ctx.team];
  const steps: WhyStep[] = [];
  const walk = (rows: readonly WhyRow[], parentId: string | null) => {
    for (const r of rows) {
      const id = ctx.nextId();
      steps.push({
        id,
        parentId,
        question: '',
        answer: r.a,
        rootCause: r.root !== undefined,
        countermeasure: r.root ?? '',
      });
      walk(r.next ?? [], id);
    }
  };
  walk(content.chain, null);
  let source: FiveWhysDoc['source'] = null;
  for (const b of ctx.teamBoards) {
    if (b.kind !== 'fishbone') continue;
    const parsed = FishboneDoc.safeParse(b.doc);
    const cause = parsed.success ? parsed.data.causes.find((c) => c.text === content.fromCause) : undefined;
    if (cause) source = { boardId: b.id, itemId: cause.id, kind: 'fishbone' };
  }
  const doc: FiveWhysDoc = { problem: content.fromCause, source, steps };
  return [{ name: content.board, docVersion: fiveWhys.docVersion, doc }];
};
