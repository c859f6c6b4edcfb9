import { pdsaBoard } from '../../boards/pdsa/definition';
import { emptyCycle, type Cycle } from '../../boards/pdsa/model';
import type { DemoTeamKey } from '../content-fi';
import { boardDefinition } from '../../boards/registry';
import type { BoardItem } from '../../boards/links';
import type { DemoBoardBuilder } from './types';

type CycleSpec = Omit<Partial<Cycle>, 'plan' | 'do' | 'study' | 'act'> & {
  title: string;
  plan: Partial<Cycle['plan']>;
  do?: Partial<Cycle['do']>;
  study?: Partial<Cycle['study']>;
  act?: Partial<Cycle['act']>;
};

/** Each team's first cycle starts on Monday 17.11.2025 (ISO week 47), which its measures' shift follows. */
const CONTENT: Record<DemoTeamKey, { board: string; cycles: CycleSpec[] }> = {
  pirkanmaa: {
    board: 'PDSA: chat-yhteydenotto ja konsultaatiotunti',
    cycles: [
      {
        title: 'Chat-yhteydenotto koulupäivän jälkeen, yksi koulu',
        status: 'done',
        startDate: '2025-11-17',
        studyDate: '2025-12-05',
        plan: {
          objective: 'Nuori saa yhteyden hoitajaan myös klo 14–16.',
          question: 'Käyttävätkö nuoret chattia, ja nopeutuuko ensikäynti?',
          prediction: 'Vähintään 5 nuorta viikossa ottaa yhteyttä chatissa; odotus lyhenee viikolla.',
          who: 'Psykiatrinen sairaanhoitaja Hanna',
          what: 'Chat auki ti ja to klo 14–16',
          when: 'Vk 47–49',
          where: 'Hervannan yläkoulu',
          data: 'Chat-yhteydenotot ja odotusaika tukkimiehen kirjanpidolla',
        },
        do: {
          happened: 'Chat oli auki kuusi iltapäivää, yhteydenottoja 19.',
          observations: 'Nuoret kirjoittivat mieluummin kuin soittivat.',
          problems: 'Yksi iltapäivä peruttiin sairausloman vuoksi.',
        },
        study: {
          result: 'Ennuste ylittyi: 6 yhteydenottoa viikossa, odotus lyheni noin 10 vrk.',
          learned: 'Chat madaltaa kynnystä; tarvitaan sijaisjärjestely.',
        },
        act: { decision: 'adapt', next: 'Laajennetaan toiseen kouluun ja sovitaan sijainen.' },
      },
      {
        title: 'Chat-yhteydenotto koulupäivän jälkeen, kaksi koulua',
        status: 'done',
        startDate: '2025-12-08',
        studyDate: '2026-01-16',
        plan: {
          objective: 'Sama malli kahdessa koulussa sijaisjärjestelyin.',
          question: 'Toimiiko malli, kun hoitajia on kaksi?',
          prediction: 'Odotus pysyy alle 20 vrk:n.',
          who: 'Hanna ja Mikko',
          what: 'Chat ti ja to',
          when: 'Vk 50–3',
          where: 'Hervanta ja Kaukajärvi',
          data: 'Odotusaika ja ylityötunnit',
        },
        study: { result: 'Odotus pysyi noin 17 vrk:ssa, ylityö ei kasvanut.', learned: 'Malli kestää kaksi koulua.' },
        act: { decision: 'adopt', next: 'Vakiinnutetaan ja kirjataan toimintaohjeeseen.' },
      },
      {
        title: 'Yhteinen konsultaatiotunti koululla',
        status: 'studying',
        startDate: '2026-01-19',
        studyDate: '2026-02-27',
        plan: {
          objective: 'Kuraattori ja terveydenhoitaja konsultoivat hoitajaa ilman lähetettä.',
          question: 'Väheneekö turha lähetekierre?',
          prediction: 'Puolet konsultaatioista ratkeaa ilman lähetettä.',
          who: 'Opiskeluhuollon tiimi',
          what: 'Viikoittainen tunti',
          when: 'Vk 4–9',
          where: 'Hervannan yläkoulu',
          data: 'Konsultaatiot ja niiden ratkaisu',
        },
      },
    ],
  },
  'pohjois-karjala': {
    board: 'PDSA: kotiutuksen ennakkosoitto',
    cycles: [
      {
        title: 'Kotiutushoitaja soittaa kotihoitoon edellisenä päivänä',
        status: 'done',
        startDate: '2025-11-17',
        studyDate: '2025-12-05',
        plan: {
          objective: 'Kotihoito tietää kotiutuksesta vuorokautta aiemmin.',
          question: 'Ehtiikö kotihoito järjestää ensimmäisen käynnin kotiutuspäivälle?',
          prediction: '8/10 kotiutuksesta ensikäynti samana päivänä.',
          who: 'Kotiutushoitaja Sari',
          what: 'Soitto ja tarkistuslista',
          when: 'Vk 47–49',
          where: 'Osasto 3',
          data: 'Tukkimiehen kirjanpito soitoista ja päivystyskäynneistä',
        },
        do: {
          happened: '26 kotiutusta, soitto tehtiin 21:stä.',
          observations: 'Perjantain kotiutukset jäivät ilman soittoa.',
          problems: 'Soitto unohtui kiireessä.',
        },
        study: { result: 'Ennuste lähes toteutui (7/10).', learned: 'Soitto kuuluu aamun tarkistuslistaan.' },
        act: { decision: 'adapt', next: 'Lisätään soitto tarkistuslistaan ja laajennetaan perjantaihin.' },
      },
      {
        title: 'Soitto osana kotiutuksen tarkistuslistaa',
        status: 'done',
        startDate: '2025-12-15',
        studyDate: '2026-01-23',
        plan: {
          objective: 'Jokaisesta kotiutuksesta soitetaan.',
          question: 'Nouseeko soittojen osuus yli 80 %:n?',
          prediction: 'Kyllä, ja päivystyskäynnit vähenevät.',
          who: 'Osaston hoitajat',
          what: 'Tarkistuslista',
          when: 'Vk 51–4',
          where: 'Osasto 3',
          data: 'Soittojen osuus ja päivystyskäynnit',
        },
        study: {
          result: 'Soittojen osuus noin 80 %, päivystyskäynnit puolittuivat.',
          learned: 'Tarkistuslista kantaa.',
        },
        act: { decision: 'adopt', next: 'Levitetään osastolle 5.' },
      },
    ],
  },
  'vantaa-kerava': {
    board: 'PDSA: aamun arviointipari',
    cycles: [
      {
        title: 'Arviointipari käy ilmoitukset läpi joka aamu',
        status: 'done',
        startDate: '2025-11-17',
        studyDate: '2025-12-12',
        plan: {
          objective: 'Jokainen ilmoitus arvioidaan saapumista seuraavana aamuna.',
          question: 'Lyheneekö aika ensikontaktiin?',
          prediction: 'Mediaani alle 6 arkipäivää kolmessa viikossa.',
          who: 'Kaksi sosiaalityöntekijää vuorollaan',
          what: 'Aamun läpikäynti klo 8.30',
          when: 'Vk 47–50',
          where: 'Tikkurilan tiimi',
          data: 'Aika ilmoituksesta ensikontaktiin',
        },
        study: {
          result: 'Mediaani laski viiteen arkipäivään.',
          learned: 'Pari sopii kiireellisyydestä nopeammin kuin yksin.',
        },
        act: { decision: 'adopt', next: 'Kokeillaan soittoa perheelle ennen kirjettä.' },
      },
      {
        title: 'Soitto perheelle ennen kirjettä ja selkokielinen kirje',
        status: 'doing',
        startDate: '2025-12-08',
        studyDate: '2026-01-30',
        plan: {
          objective: 'Perhe tietää, mitä seuraavaksi tapahtuu.',
          question: 'Vähentääkö soitto perheen huolta ja peruutuksia?',
          prediction: 'Perheet saapuvat ensitapaamiseen useammin.',
          who: 'Sosiaaliohjaajat',
          what: 'Soitto ja selkokirje',
          when: 'Vk 50–5',
          where: 'Tikkurila ja Kerava',
          data: 'Soittojen osuus, peruutukset',
        },
      },
    ],
  },
};

/** One PDSA board per demo team, with a ramp of cycles and their worksheets. */
export const pdsaDemo: DemoBoardBuilder = (ctx) => {
  const content = CONTENT[ctx.team];
  // The team's change ideas from boards built earlier (vote winners, countermeasures): the first ramp tests the first.
  const ideas = ctx.teamBoards.flatMap((b) =>
    ((boardDefinition(b.kind)?.items(b.doc) ?? []) as BoardItem[])
      .filter((i) => i.tag === 'change-idea' || i.tag === 'countermeasure')
      .map((i) => ({ ...i, boardId: b.id, kind: b.kind })),
  );
  const idea = ideas[0];
  const cycles: Cycle[] = [];
  for (const spec of content.cycles) {
    const base = emptyCycle(ctx.nextId(), spec.title);
    cycles.push({
      ...base,
      ...spec,
      previousId: cycles[cycles.length - 1]?.id ?? null,
      ...(idea && cycles.length < 2
        ? { changeIdea: { boardId: idea.boardId, itemId: idea.itemId, kind: idea.kind }, changeIdeaText: idea.text }
        : {}),
      plan: { ...base.plan, ...spec.plan },
      do: { ...base.do, ...spec.do },
      study: { ...base.study, ...spec.study },
      act: { ...base.act, ...spec.act },
    } as Cycle);
  }
  return [{ name: content.board, docVersion: pdsaBoard.docVersion, doc: { cycles } }];
};
