import { fishbone, emptyFishbone } from '../../boards/fishbone/definition';
import { BONE_PRESETS, type Cause, type Evidence, type FishboneDoc } from '../../boards/fishbone/model';
import { boardDefinition } from '../../boards/registry';
import type { DemoTeamKey } from '../content-fi';
import type { DemoBoardBuilder, DemoBuiltBoard } from './types';

/** [text, root cause evidence and note (when a candidate root cause), sub-causes] */
type CauseRow = readonly [string, (readonly [Evidence, string])?, (readonly string[])?];

interface FishboneContent {
  board: string;
  effect: string;
  /** One list per service category, in BONE_PRESETS.service order. */
  bones: readonly (readonly CauseRow[])[];
  parked: readonly string[];
}

/** What each team found on the morning of workshop 1, day 2 ("Tiimityö 1: kalanruotokaavio ja juurisyyt"). */
export const FISHBONES_FI: Record<DemoTeamKey, FishboneContent> = {
  pirkanmaa: {
    board: 'Kalanruoto: miksi nuori odottaa ensikäyntiä?',
    effect: 'Nuori odottaa ensikäyntiä nuorisopsykiatrian poliklinikalle keskimäärin 9 viikkoa',
    bones: [
      [
        [
          'Lähete vaaditaan aina lääkäriltä',
          ['observed', 'Kaikki 20 syksyn lähetettä kulkivat lääkärin vastaanoton kautta.'],
          ['Kuraattori ei voi ohjata suoraan', 'Lääkäriaikaa saa koululla kerran viikossa'],
        ],
        ['Ajanvaraus vain puhelimitse klo 8–10'],
      ],
      [['Psykiatrisen sairaanhoitajan kaksi tehtävää täyttämättä'], ['Nuori ei tiedä, kenelle soittaa']],
      [
        [
          'Odotusaikaa ei seurata nuoren näkökulmasta',
          ['measured', 'Järjestelmä laskee odotuksen vasta lähetteen kirjauksesta: 9 vk, nuoren kokemana 14 vk.'],
        ],
      ],
      [
        [
          'Sama tarina kerrotaan kolmelle ammattilaiselle',
          undefined,
          ['Esitiedot eivät siirry koululta poliklinikalle'],
        ],
      ],
      [['Poliklinikka kaupungin toisella laidalla, bussi kerran tunnissa']],
      [
        [
          'Terveydenhoitaja ja kuraattori kirjaavat eri järjestelmiin',
          ['assumed', 'Tarkistetaan kirjaamiskäytännöt ennen seuraavaa työpajaa.'],
        ],
        ['Yhteinen konsultaatiokanava puuttuu'],
      ],
    ],
    parked: ['Chat-yhteydenotto myös koulupäivän jälkeen', 'Viikoittainen yhteinen konsultaatiotunti koululla'],
  },
  'pohjois-karjala': {
    board: 'Kalanruoto: miksi kotiutus katkeaa?',
    effect: 'Joka kolmas kotiutuva iäkäs palaa päivystykseen 30 päivän sisällä',
    bones: [
      [
        [
          'Kotiutuspäätös tehdään perjantai-iltapäivänä',
          ['observed', 'Seurantaviikolla 11/17 kotiutuksesta perjantaina klo 13 jälkeen.'],
          ['Lääkärinkierto vasta iltapäivällä'],
        ],
        ['Kotihoito kuulee kotiutuksesta samana päivänä'],
      ],
      [['Kotiutushoitajaa ei ole viikonloppuisin'], ['Omainen ei tiedä yhteyshenkilöä']],
      [
        [
          'Paluita päivystykseen ei seurata osastoittain',
          ['measured', 'Raportti saatiin tietohallinnosta: 33 % palaa 30 päivässä.'],
        ],
      ],
      [['Hoitotyön yhteenveto puuttuu kotiutuessa', undefined, ['Lääkelista ei päivity kotihoidon järjestelmään']]],
      [['Apuvälineet tulevat viikon viiveellä']],
      [
        [
          'Kotiutuksen tarkistuslistaa ei ole käytössä',
          ['assumed', 'Osastoilla on eri listoja; yhteistä ei löytynyt.'],
        ],
      ],
    ],
    parked: [
      'Kotikuntoutuksen käynti kotiutumista seuraavana päivänä',
      'Kotiutushoitaja soittaa kotihoitoon edellisenä päivänä',
    ],
  },
  'vantaa-kerava': {
    board: 'Kalanruoto: miksi tuki alkaa myöhään?',
    effect: 'Lastensuojeluilmoituksesta kuluu keskimäärin 6 viikkoa ennen kuin perhe saa tukea',
    bones: [
      [
        [
          'Kiireellisyysarvio tehdään eri tavoin eri tiimeissä',
          ['observed', 'Sama ilmoitus sai kolme eri arviota tiimien harjoituksessa.'],
          ['Yhteistä arviointimallia ei ole sovittu'],
        ],
        ['Palaverit sovitaan viikkojen päähän'],
      ],
      [['Sosiaalityöntekijöiden vaihtuvuus suuri'], ['Perhe kohtaa monta eri työntekijää']],
      [['Tuen alkamista ei kirjata yhtenäisesti', ['measured', 'Otos 30 asiakkuutta: alkamispäivä puuttui 12:sta.']]],
      [['Kirje perheelle on vaikeaselkoinen', undefined, ['Kirjepohja on vuodelta 2015']]],
      [['Ilmoituksia tulee ruuhkahuippuina maanantaisin']],
      [['Tulkin tilaaminen vie viikon', ['assumed', 'Selvitetään tulkkikeskuksen toimitusajat.']]],
    ],
    parked: ['Arviointipari käy ilmoitukset läpi joka aamu', 'Soitto perheelle ennen kirjettä'],
  },
};

/** The first problem marker on the team's process map, if the demo has one (the fishbone's effect came from it). */
function problemMarker(boards: readonly DemoBuiltBoard[]): { boardId: string; itemId: string; kind: string } | null {
  for (const b of boards) {
    const def = boardDefinition(b.kind);
    if (!def || b.kind !== 'process-map') continue;
    const parsed = def.docSchema.safeParse(b.doc);
    if (!parsed.success) continue;
    const item = def.items(parsed.data).find((i) => i.tag === 'problem');
    if (item) return { boardId: b.id, itemId: item.itemId, kind: b.kind };
  }
  return null;
}

/** Builds the fishbone document of one team's content. */
export function buildFishbone(
  content: FishboneContent,
  nextId: () => string,
  source: FishboneDoc['effect']['source'] = null,
): FishboneDoc {
  const doc = emptyFishbone();
  doc.bones = BONE_PRESETS.service.map((preset) => ({ id: nextId(), name: '', preset }));
  doc.effect = { text: content.effect, source };
  const causes: Cause[] = [];
  const cause = (boneId: string, parentId: string | null, text: string, root?: readonly [Evidence, string]): Cause => ({
    id: nextId(),
    boneId,
    parentId,
    text,
    rootCause: root !== undefined,
    evidence: root?.[0] ?? null,
    evidenceNote: root?.[1] ?? '',
    whys: null,
  });
  content.bones.forEach((rows, i) => {
    const bone = doc.bones[i];
    if (!bone) return;
    for (const [text, root, subs] of rows) {
      const c = cause(bone.id, null, text, root);
      causes.push(c);
      for (const s of subs ?? []) causes.push(cause(bone.id, c.id, s));
    }
  });
  doc.causes = causes;
  doc.parked = content.parked.map((text) => ({ id: nextId(), text }));
  return doc;
}

/** One fishbone per demo team, its effect linked to the team's process-map problem marker when there is one. */
export const fishboneDemo: DemoBoardBuilder = (ctx) => {
  const content = FISHBONES_FI[ctx.team];
  return [
    {
      name: content.board,
      docVersion: fishbone.docVersion,
      doc: buildFishbone(content, ctx.nextId, problemMarker(ctx.teamBoards)),
    },
  ];
};
