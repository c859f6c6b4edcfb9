/**
 * Boards for picture tests (unit and e2e): small and large documents of every kind with long Finnish texts, and the
 * bad input the pictures must survive (5,000-character texts, 200 causes, 60 vote options).
 */
import { emptyCycle, type Cycle, type PdsaDoc } from '../../shared/boards/pdsa/model';

/** A deterministic v4-shaped id: n-th id of a prefix digit. */
export function fakeId(prefix: number, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${String(prefix).repeat(8).slice(0, 8)}-0000-4000-8000-${hex}`;
}

const PDSA_TEXTS = {
  title: 'Ajanvarauksen takaisinsoitto samana päivänä kaikille vastaanoton asiakkaille',
  idea: 'Takaisinsoittojono korvaa puhelinjonon aamuruuhkassa',
  objective: 'Selvittää, vähentääkö takaisinsoitto jonotusaikaa ja keskeytyneitä puheluita aamupäivän ruuhkassa.',
  question: 'Saavatko asiakkaat ajan samana päivänä, kun hoitaja soittaa takaisin kahden tunnin sisällä?',
  prediction: 'Ennustamme, että keskeytyneet puhelut puolittuvat ja yhdeksän kymmenestä saa ajan samana päivänä.',
  who: 'Vastaanoton hoitajat Anu ja Pekka',
  what: 'Takaisinsoittopyynnöt kirjataan lomakkeelle ja soitetaan järjestyksessä',
  when: 'Maanantaista perjantaihin kello 8–10',
  where: 'Keskustan terveysaseman ajanvaraus',
  data: 'Keskeytyneiden puheluiden määrä päivittäin, takaisinsoittoon kulunut aika ja samana päivänä annetut ajat.',
  happened: 'Takaisinsoittoja tehtiin viikossa 212; kahtena aamuna hoitajia oli yksi vähemmän.',
  observations: 'Asiakkaat pitivät siitä, ettei tarvinnut odottaa linjalla; osa ei vastannut ensimmäiseen soittoon.',
  problems: 'Lomake oli aluksi liian pitkä ja takaisinsoittoaika venyi yli kahden tunnin tiistaina.',
  result: 'Keskeytyneet puhelut vähenivät 46 %, ja 87 % sai ajan samana päivänä: lähellä ennustetta.',
  learned: 'Takaisinsoitto toimii, kun soittajia on kaksi; yhden hoitajan aamuina jono kasvaa liikaa.',
  next: 'Kokeillaan kahden hoitajan mallia myös iltapäivään ja mitataan samat asiat kahden viikon ajan.',
};

/** A PDSA board with one ramp of two cycles, the second with every field written. */
export function pdsaWithEveryField(): PdsaDoc {
  const first = emptyCycle(fakeId(1, 1), 'Takaisinsoiton kokeilu yhdellä hoitajalla', {
    status: 'done',
    startDate: '2026-01-12',
    studyDate: '2026-01-19',
    changeIdeaText: PDSA_TEXTS.idea,
    act: { decision: 'adapt', next: 'Toinen hoitaja mukaan' },
  });
  const second: Cycle = {
    ...emptyCycle(fakeId(1, 2), PDSA_TEXTS.title),
    previousId: first.id,
    changeIdeaText: PDSA_TEXTS.idea,
    status: 'studying',
    startDate: '2026-02-02',
    studyDate: '2026-02-16',
    plan: {
      objective: PDSA_TEXTS.objective,
      question: PDSA_TEXTS.question,
      prediction: PDSA_TEXTS.prediction,
      who: PDSA_TEXTS.who,
      what: PDSA_TEXTS.what,
      when: PDSA_TEXTS.when,
      where: PDSA_TEXTS.where,
      data: PDSA_TEXTS.data,
    },
    do: { happened: PDSA_TEXTS.happened, observations: PDSA_TEXTS.observations, problems: PDSA_TEXTS.problems },
    study: { result: PDSA_TEXTS.result, learned: PDSA_TEXTS.learned },
    act: { decision: 'adopt', next: PDSA_TEXTS.next },
  };
  return { cycles: [first, second] };
}

/** A PDSA board with one planned cycle and a short plan. */
export function pdsaSmall(): PdsaDoc {
  return {
    cycles: [
      emptyCycle(fakeId(1, 9), 'Tekstiviestimuistutus', {
        plan: {
          objective: 'Vähemmän peruuttamattomia poissaoloja',
          question: '',
          prediction: '',
          who: 'Anu',
          what: '',
          when: 'Viikko 6',
          where: '',
          data: '',
        },
      }),
    ],
  };
}

/** Every text the picture of a PDSA board must show, whole. */
export function pdsaTexts(doc: PdsaDoc): string[] {
  return doc.cycles
    .flatMap((c) => [
      c.title,
      c.changeIdeaText,
      ...Object.values(c.plan),
      ...Object.values(c.do),
      ...Object.values(c.study),
      c.act.next,
    ])
    .filter((s) => s.trim() !== '');
}

/** `n` characters of Finnish-looking prose. */
export function longText(n: number): string {
  const words = [
    'asiakas',
    'ajanvarauksen',
    'takaisinsoitto',
    'vastaanotolla',
    'hoitaja',
    'odottaa',
    'jonossa',
    'puhelin',
    'aamulla',
    'ja',
    'kun',
    'sairaanhoitopiirin',
  ];
  const out: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const w = words[(i * 7) % words.length]!;
    out.push(w);
    len += w.length + 1;
  }
  return out.join(' ').slice(0, n).trim();
}

import type { DotVoteDoc, VoteRound } from '../../shared/boards/dot-vote/model';

const VOTE_TEXTS = [
  'Ajanvarauksen puhelinjono ruuhkautuu aamuisin, eikä takaisinsoittoa ole järjestetty lainkaan',
  'Hoitajan työjonossa odottaa kymmeniä yhteydenottopyyntöjä, joita kukaan ei ehdi käsitellä ajoissa',
  'Lääkärin vastaanottoajat julkaistaan vain kahdeksi viikoksi eteenpäin, joten kiireettömät jonottavat',
  'Asiakas ei tiedä, kenelle soittaa laboratoriotuloksista, ja soittaa siksi ajanvaraukseen uudelleen',
  'Kotihoidon ja vastaanoton välillä ei ole yhteistä kirjaamiskäytäntöä eikä sovittua tiedonkulkua',
  'Peruutetut ajat jäävät käyttämättä, koska jonossa oleville ei ilmoiteta vapautuneista ajoista',
];

/** A revealed dot vote of `texts` with paper counts, the top `cutoff` chosen; `decided` marks the winners. */
export function dotVote(
  texts: readonly string[],
  counts: readonly number[],
  status: VoteRound['status'] = 'revealed',
  decided = false,
): DotVoteDoc {
  const options = texts.map((text, i) => ({
    id: fakeId(2, i + 1),
    text,
    source: null,
    sourceBoardName: '',
    sourceGroup: '',
  }));
  const round: VoteRound = {
    id: fakeId(3, 1),
    optionIds: options.map((o) => o.id),
    rules: {
      dotsPerVoter: 3,
      maxPerOption: 2,
      collection: 'paper',
      voters: { mode: 'anonymous', count: 0 },
      hideUntilReveal: true,
      cutoff: 2,
    },
    status,
    ballots: [],
    paper: { voters: 8, counts: [...counts] },
    revealed: status === 'revealed' ? { totals: [...counts] } : null,
    corrections: [],
  };
  return {
    question: 'Mihin juurisyyhyn tartumme ensin?',
    options,
    rounds: [round],
    decision: decided ? { roundId: round.id, optionIds: [options[0]!.id], as: 'root-cause', sources: [] } : null,
  };
}

/** Six options of about 80 characters, revealed, with a tie at the cut-off. */
export function dotVoteLarge(): DotVoteDoc {
  return dotVote(VOTE_TEXTS, [7, 5, 5, 3, 2, 1], 'revealed', true);
}

/** Three short options, revealed. */
export function dotVoteSmall(): DotVoteDoc {
  return dotVote(['Puhelinjono', 'Työjono', 'Peruutukset'], [5, 3, 1]);
}

/** 60 options, revealed: more than one section. */
export function dotVoteSixty(): DotVoteDoc {
  return dotVote(
    Array.from({ length: 60 }, (_, i) => `${i + 1}: ${VOTE_TEXTS[i % VOTE_TEXTS.length]!}`),
    Array.from({ length: 60 }, (_, i) => (i * 7) % 13),
  );
}

import type { Cause, FishboneDoc } from '../../shared/boards/fishbone/model';

const CAUSE_TEXTS = [
  'Puhelinlinjoja on aamulla liian vähän suhteessa soittajien määrään',
  'Takaisinsoittopyyntöjä ei kirjata yhteen paikkaan',
  'Hoitajat siirretään ruuhka-aikana muihin tehtäviin',
  'Ajanvarausjärjestelmä ei näytä peruutettuja aikoja reaaliajassa',
  'Lääkärien työvuorolistat valmistuvat liian myöhään',
  'Asiakkaat eivät tiedä sähköisestä ajanvarauksesta',
  'Uusien työntekijöiden perehdytys ajanvaraukseen on lyhyt',
  'Kiireettömät ja kiireelliset soitot samassa jonossa',
  'Laboratoriotuloksista soitetaan vastaanotolle',
  'Tekstiviestimuistutuksia ei lähetetä kaikille',
];

/** A fishbone of `bones` categories and `perBone` causes each, every third cause with two sub-causes. */
export function fishbone(bones: number, perBone: number): FishboneDoc {
  const boneList = Array.from({ length: bones }, (_, i) => ({
    id: fakeId(4, i + 1),
    name: ['Ihmiset', 'Menetelmät', 'Laitteet ja järjestelmät', 'Ympäristö', 'Mittaaminen', 'Johtaminen ja resurssit'][
      i % 6
    ]!,
    preset: null,
  }));
  const causes: Cause[] = [];
  let n = 0;
  for (const b of boneList) {
    for (let k = 0; k < perBone; k++) {
      const id = fakeId(5, ++n);
      causes.push({
        id,
        boneId: b.id,
        parentId: null,
        text: CAUSE_TEXTS[n % CAUSE_TEXTS.length]!,
        rootCause: n % 7 === 0,
        evidence: n % 14 === 0 ? 'measured' : null,
        evidenceNote: '',
        whys: null,
      });
      if (k % 3 === 0) {
        for (const sub of ['kukaan ei omista asiaa', 'sovittu käytäntö puuttuu'])
          causes.push({
            id: fakeId(5, ++n),
            boneId: b.id,
            parentId: id,
            text: `${sub} (${b.name.slice(0, 4)} ${k + 1})`,
            rootCause: false,
            evidence: null,
            evidenceNote: '',
            whys: null,
          });
      }
    }
  }
  return {
    effect: { text: 'Asiakkaat eivät saa aikaa ajanvarauksesta samana päivänä', source: null },
    bones: boneList,
    causes,
    parked: [],
  };
}

/** About 30 causes with sub-causes on six categories. */
export function fishboneLarge(): FishboneDoc {
  return fishbone(6, 3);
}

/** Four causes on three categories. */
export function fishboneSmall(): FishboneDoc {
  return fishbone(3, 1);
}

/** 200 causes. */
export function fishboneHuge(): FishboneDoc {
  return fishbone(6, 20);
}

import { emptyFishbone } from '../../shared/boards/fishbone/definition';
import { FIRST_ROUND_ID } from '../../shared/boards/dot-vote/model';

/**
 * The `boards.create` init commands that build `doc` from a new board of its kind, so the e2e tests put the same
 * boards through the real API (tests/node/pictures/board-init.test.ts checks they rebuild the document).
 */
export function initCommands(
  kind: 'pdsa' | 'fishbone' | 'dot-vote',
  doc: PdsaDoc | FishboneDoc | DotVoteDoc,
): ({ type: string } & Record<string, unknown>)[] {
  if (kind === 'pdsa') return (doc as PdsaDoc).cycles.map((cycle) => ({ type: 'addCycle', cycle }));
  if (kind === 'fishbone') {
    const d = doc as FishboneDoc;
    return [
      ...emptyFishbone().bones.map((b) => ({ type: 'deleteBone', id: b.id })),
      ...d.bones.map((bone) => ({ type: 'addBone', bone })),
      { type: 'setEffect', text: d.effect.text },
      ...d.causes.map((c) => ({
        type: 'addCause',
        cause: { id: c.id, boneId: c.boneId, parentId: c.parentId, text: c.text },
        afterId: null,
      })),
      ...d.causes.filter((c) => c.rootCause).map((c) => ({ type: 'setRootCause', id: c.id, rootCause: true })),
    ];
  }
  const d = doc as DotVoteDoc;
  const r = d.rounds[0]!;
  return [
    { type: 'setQuestion', question: d.question },
    { type: 'addOptions', options: d.options },
    { type: 'setRules', roundId: FIRST_ROUND_ID, rules: r.rules },
    { type: 'startVoting', roundId: FIRST_ROUND_ID },
    { type: 'setPaper', roundId: FIRST_ROUND_ID, paper: r.paper },
    ...(r.status === 'revealed' ? [{ type: 'reveal', roundId: FIRST_ROUND_ID }] : []),
    ...(d.decision
      ? [{ type: 'decide', roundId: FIRST_ROUND_ID, optionIds: d.decision.optionIds, as: d.decision.as }]
      : []),
  ];
}

/** Every text the picture of a fishbone must show, whole: the effect, the category names and every cause. */
export function fishboneTexts(doc: FishboneDoc): string[] {
  return [doc.effect.text, ...doc.bones.map((b) => b.name), ...doc.causes.map((c) => c.text)].filter(
    (s) => s.trim() !== '',
  );
}

/** Every text the picture of a dot vote must show, whole: the question and every option. */
export function dotVoteTexts(doc: DotVoteDoc): string[] {
  return [doc.question, ...doc.options.map((o) => o.text)].filter((s) => s.trim() !== '');
}
