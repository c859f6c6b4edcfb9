import { measuresBoard } from '../../boards/measures/definition';
import { newMeasure, type Measure, type MeasureFields, type MeasurePoint } from '../../boards/measures/model';
import { addPeriods } from '../../boards/measures/periods';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder } from './types';

/** The demo's data starts in ISO week 36/2025 (the round's kick-off week) and runs 26 weeks. */
export const DEMO_FIRST_WEEK = '2025-W36';
const WEEKS = 26;

/** Deterministic noise: the same demo every time. */
function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

interface Series {
  fields: Partial<MeasureFields> & { name: string };
  /** Level before and after the change, the week (0-based) the change took hold, noise amplitude. */
  before: number;
  after: number;
  changeAt: number;
  spread: number;
  /** For rates: the weekly denominator around this size. */
  denominator?: number;
  decimals?: number;
  notes?: Record<number, string>;
  astronomical?: number[];
}

function points(s: Series, seed: number): MeasurePoint[] {
  const rnd = noise(seed);
  const out: MeasurePoint[] = [];
  for (let w = 0; w < WEEKS; w++) {
    const level = w < s.changeAt ? s.before : s.after;
    const f = 10 ** (s.decimals ?? 0);
    const note = s.notes?.[w] ?? '';
    const astronomical = s.astronomical?.includes(w) ?? false;
    if (s.denominator) {
      const den = Math.max(5, Math.round(s.denominator + rnd() * s.denominator * 0.3));
      const share = Math.min(0.98, Math.max(0.02, level / 100 + rnd() * (s.spread / 100)));
      out.push({
        period: addPeriods(DEMO_FIRST_WEEK, w, 'week'),
        value: Math.round(share * den),
        denominator: den,
        note,
        astronomical,
      });
    } else {
      out.push({
        period: addPeriods(DEMO_FIRST_WEEK, w, 'week'),
        value: Math.max(0, Math.round((level + rnd() * s.spread) * f) / f),
        denominator: null,
        note,
        astronomical,
      });
    }
  }
  return out;
}

/** Week 11 (2025-W47, from 17.11.2025) is when each team's first PDSA cycle starts (shared/demo/boards/pdsa.ts). */
const CHANGE = 12;

const CONTENT: Record<DemoTeamKey, { board: string; series: Series[] }> = {
  pirkanmaa: {
    board: 'Mittarit: nuorten hoitoon pääsy',
    series: [
      {
        fields: {
          name: 'Odotusaika ensikäynnille',
          type: 'outcome',
          unit: 'vrk',
          direction: 'down',
          definition:
            'Viikon aikana ensikäynnillä käyneiden nuorten odotusaikojen mediaani kalenteripäivinä yhteydenotosta ensikäyntiin. Psykiatrinen sairaanhoitaja laskee perjantaisin ajanvarauslistasta.',
          baseline: 28,
          target: 14,
          source: 'hand-count',
          owner: 'Psykiatrinen sairaanhoitaja',
          freezeAfter: 10,
        },
        before: 27,
        after: 17,
        changeAt: CHANGE,
        spread: 6,
        notes: { 3: 'Syysloma', 11: 'Chat-kokeilu alkoi 17.11.', 16: 'Kaksi sairauslomaa' },
      },
      {
        fields: {
          name: 'Nuoret, joihin otettiin yhteyttä 3 arkipäivässä',
          type: 'process',
          unit: '%',
          direction: 'up',
          isRate: true,
          multiplier: 100,
          definition:
            'Osoittaja: nuoret, joihin hoitaja otti yhteyttä viimeistään 3. arkipäivänä. Nimittäjä: viikon uudet yhteydenotot.',
          target: 90,
          source: 'register',
          owner: 'Osastonhoitaja',
        },
        before: 55,
        after: 82,
        changeAt: CHANGE,
        spread: 14,
        denominator: 18,
      },
      {
        fields: {
          name: 'Hoitajan ylityötunnit',
          type: 'balancing',
          unit: 'h/vko',
          direction: 'down',
          definition:
            'Psykiatrisen sairaanhoitajan ylityötunnit viikossa työvuorolistasta. Seurataan, ettei chat-päivystys kuormita.',
          source: 'register',
          owner: 'Esihenkilö',
          // A stable balancing measure: its XmR chart shows the limits of ordinary variation.
          chart: 'xmr',
        },
        before: 4,
        after: 4,
        changeAt: CHANGE,
        spread: 3,
        decimals: 1,
      },
    ],
  },
  'pohjois-karjala': {
    board: 'Mittarit: turvallinen kotiutuminen',
    series: [
      {
        fields: {
          name: 'Päivystyskäynti 7 vrk:n sisällä kotiutuksesta',
          type: 'outcome',
          unit: '%',
          direction: 'down',
          isRate: true,
          multiplier: 100,
          definition:
            'Osoittaja: viikon kotiutetuista ne, joilla on päivystyskäynti 7 vuorokauden sisällä. Nimittäjä: viikon kotiutukset osastolta kotihoitoon.',
          baseline: 22,
          target: 10,
          source: 'register',
          owner: 'Kotiutushoitaja',
          freezeAfter: 10,
        },
        before: 22,
        after: 10,
        changeAt: CHANGE,
        spread: 8,
        denominator: 24,
      },
      {
        fields: {
          name: 'Kotihoitoon soitettu edellisenä päivänä',
          type: 'process',
          unit: '%',
          direction: 'up',
          isRate: true,
          multiplier: 100,
          definition:
            'Osoittaja: kotiutukset, joista kotihoidolle soitettiin viimeistään edellisenä päivänä. Nimittäjä: viikon kotiutukset kotihoitoon. Tukkimiehen kirjanpito kansliassa.',
          target: 90,
          source: 'hand-count',
          owner: 'Osastonhoitaja',
        },
        before: 30,
        after: 80,
        changeAt: CHANGE,
        spread: 16,
        denominator: 24,
      },
      {
        fields: {
          name: 'Siirtyneet kotiutukset',
          type: 'balancing',
          unit: 'kpl/vko',
          direction: 'down',
          definition: 'Kotiutukset, joiden päivä siirtyi suunnitellusta, koska tarkistuslista oli kesken.',
          source: 'hand-count',
          owner: 'Kotiutushoitaja',
        },
        before: 2,
        after: 2,
        changeAt: CHANGE,
        spread: 3,
      },
    ],
  },
  'vantaa-kerava': {
    board: 'Mittarit: ilmoituksesta tukeen',
    series: [
      {
        fields: {
          name: 'Ilmoituksesta ensikontaktiin',
          type: 'outcome',
          unit: 'arkipäivää',
          direction: 'down',
          definition:
            'Viikon aikana käsiteltyjen lastensuojeluilmoitusten mediaaniaika (arkipäivinä) ilmoituksen saapumisesta ensimmäiseen yhteydenottoon perheeseen.',
          baseline: 9,
          target: 5,
          source: 'register',
          owner: 'Johtava sosiaalityöntekijä',
          freezeAfter: 10,
        },
        before: 9,
        after: 5,
        changeAt: CHANGE,
        spread: 3,
        decimals: 1,
        notes: { 7: 'Tulkkijonot', 12: 'Aamun arviointipari aloitti' },
        astronomical: [7],
      },
      {
        fields: {
          name: 'Perheelle soitettu ennen kirjettä',
          type: 'process',
          unit: '%',
          direction: 'up',
          isRate: true,
          multiplier: 100,
          definition:
            'Osoittaja: ilmoitukset, joista perheelle soitettiin ennen kirjeen lähettämistä. Nimittäjä: viikon ilmoitukset, joissa perheen puhelinnumero on tiedossa.',
          target: 80,
          source: 'hand-count',
          owner: 'Sosiaaliohjaaja',
        },
        before: 20,
        after: 70,
        changeAt: CHANGE + 3,
        spread: 14,
        denominator: 30,
      },
    ],
  },
};

/** One measures board per demo team: weekly, hand-counted and register measures with a shift after the first PDSA. */
export const measuresDemo: DemoBoardBuilder = (ctx) => {
  const content = CONTENT[ctx.team];
  const measures: Measure[] = content.series.map((s, i) => ({
    ...newMeasure(ctx.nextId(), s.fields.name, s.fields),
    points: points(s, i * 7919 + ctx.team.length * 31),
  }));
  return [{ name: content.board, docVersion: measuresBoard.docVersion, doc: { ruleSet: 'ihi', measures } }];
};
