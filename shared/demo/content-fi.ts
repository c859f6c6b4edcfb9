import type { MemberRole, TargetGroup } from '../domain/vocab';

/**
 * Finnish demo content: one round of the Sujuvat palvelut coaching with three teams. People and organisation
 * units are fictional; counties, professions and the agenda follow the programme (docs/domain.md, RRP P4 I1).
 */

export const DEMO_ROUND_FI = {
  title: 'Esimerkkityöpaja: Sujuvat palvelut, kierros 5',
  name: 'Sujuvat palvelut -valmennus, kierros 5',
  notes:
    'Esimerkkiaineisto sovelluksen kokeilua varten. Kierros sisältää alkuinfon, ennakkotehtävät, työpaikkakäynnin, ' +
    'työpajapäivät ja välivalmennukset Teamsissa. Jokaisella tiimillä on kaksi valmentajaa.',
};

/** [start, duration in minutes, title] */
export type AgendaRow = readonly [string, number, string];

export interface DemoDaySpec {
  title: string;
  venue: string;
  agenda: readonly AgendaRow[];
}

/** Four presence days: workshop 1 over two days, then workshops 2 and 3 (the fourth workshop is left to plan). */
export const DEMO_DAYS_FI: readonly DemoDaySpec[] = [
  {
    title: 'Työpaja 1, päivä 1: nykytila',
    venue: 'Tampere-talo, Tampere',
    agenda: [
      ['08:30', 30, 'Saapuminen, aamukahvi ja posterit esille'],
      ['09:00', 20, 'Avaus ja päivän tavoitteet'],
      ['09:20', 40, 'Asiantuntijapuheenvuoro: läpimurtomenetelmä ja asiakas kehittäjänä'],
      ['10:00', 45, 'Tiimien esittäytyminen – posterikierros'],
      ['10:45', 75, 'Tiimityö 1: nykytilan prosessikuvaus'],
      ['12:00', 45, 'Lounas'],
      ['12:45', 30, 'Vertaisoppiminen tiimipareittain'],
      ['13:15', 75, 'Tiimityö 2: ongelmat ja ideat ideaseinälle'],
      ['14:30', 15, 'Tauko'],
      ['14:45', 45, 'Toimintajakson suunnitelma'],
      ['15:30', 30, 'Yhteinen purku ja palaute'],
    ],
  },
  {
    title: 'Työpaja 1, päivä 2: juurisyyt ja tavoite',
    venue: 'Tampere-talo, Tampere',
    agenda: [
      ['08:30', 30, 'Aamukahvi'],
      ['09:00', 20, 'Avaus ja eilisen kertaus'],
      ['09:20', 40, 'Asiantuntijapuheenvuoro: kysynnän ja tarjonnan mittaaminen'],
      ['10:00', 120, 'Tiimityö 1: kalanruotokaavio ja juurisyyt'],
      ['12:00', 45, 'Lounas'],
      ['12:45', 75, 'Tiimityö 2: 5 x miksi'],
      ['14:00', 15, 'Tauko'],
      ['14:15', 60, 'Tavoitteen asettaminen (SMART) ja mittarit'],
      ['15:15', 30, 'Ennakkotehtävä ja välivalmennuksen sopiminen'],
      ['15:45', 15, 'Päätös'],
    ],
  },
  {
    title: 'Työpaja 2: muutosideat ja PDSA',
    venue: 'THL, Mannerheimintie 166, Helsinki',
    agenda: [
      ['09:00', 20, 'Avaus ja päivän tavoitteet'],
      ['09:20', 55, 'Posterikierros: toimintajakson tulokset'],
      ['10:15', 45, 'Asiantuntijapuheenvuoro: mittarit ja seurantakaavio'],
      ['11:00', 60, 'Tiimityö 1: muutosideat ja pisteäänestys'],
      ['12:00', 45, 'Lounas'],
      ['12:45', 30, 'Vertaisoppiminen: varasta häpeilemättä'],
      ['13:15', 75, 'Tiimityö 2: PDSA-suunnitelmat ja ennusteet'],
      ['14:30', 15, 'Tauko'],
      ['14:45', 45, 'Toimintajakson suunnitelma'],
      ['15:30', 30, 'Yhteinen purku ja palaute'],
    ],
  },
  {
    title: 'Työpaja 3: tulokset ja juurruttaminen',
    venue: 'THL, Mannerheimintie 166, Helsinki',
    agenda: [
      ['09:00', 20, 'Avaus ja päivän tavoitteet'],
      ['09:20', 55, 'Posterikierros: PDSA-kokeilujen tulokset'],
      ['10:15', 45, 'Asiantuntijapuheenvuoro: muutoksen johtaminen ja juurruttaminen'],
      ['11:00', 60, 'Tiimityö 1: seurantakaavioiden tulkinta'],
      ['12:00', 45, 'Lounas'],
      ['12:45', 45, 'Asiakasedustajien paneeli'],
      ['13:30', 60, 'Tiimityö 2: seuraavat PDSA-syklit'],
      ['14:30', 15, 'Tauko'],
      ['14:45', 45, 'Innokylä-kuvauksen työstäminen'],
      ['15:30', 30, 'Yhteinen purku ja palaute'],
    ],
  },
];

/** Stable keys of the demo teams; per-kind demo boards look up their content by these. */
export const DEMO_TEAM_KEYS = ['pirkanmaa', 'pohjois-karjala', 'vantaa-kerava'] as const;
export type DemoTeamKey = (typeof DEMO_TEAM_KEYS)[number];

/** [name, role, profession, organisation] */
export type MemberRow = readonly [string, MemberRole, string, string];

export interface DemoTeamSpec {
  key: DemoTeamKey;
  name: string;
  county: string;
  targetGroup: TargetGroup;
  process: string;
  aim: string;
  members: readonly MemberRow[];
}

const PIRHA = 'Pirkanmaan hyvinvointialue';
const PKHVA = 'Pohjois-Karjalan hyvinvointialue';
const VAKE = 'Vantaan ja Keravan hyvinvointialue';

export const DEMO_TEAMS_FI: readonly DemoTeamSpec[] = [
  {
    key: 'pirkanmaa',
    name: 'Nuorten mielenterveyspolku, Pirkanmaa',
    county: 'pirkanmaa',
    targetGroup: 'youth-mental-substance',
    process: 'Yläkouluikäisen nuoren ohjautuminen opiskeluhuollosta mielenterveys- ja päihdepalveluihin',
    aim:
      'Toukokuuhun 2026 mennessä 80 % itäisen Tampereen yläkoululaisista, joilla on lievä tai keskivaikea ' +
      'mielenterveyden häiriö, pääsee ensimmäiselle hoitokäynnille 14 vuorokauden kuluessa yhteydenotosta ' +
      '(lähtötaso: mediaani 41 vuorokautta).',
    members: [
      ['Eveliina Koskinen', 'client-rep', 'Kokemusasiantuntija', ''],
      ['Sanna Lehtinen', 'professional', 'Koulukuraattori', `${PIRHA}, opiskeluhuolto`],
      ['Johanna Heikkinen', 'professional', 'Terveydenhoitaja', `${PIRHA}, kouluterveydenhuolto`],
      [
        'Mikko Laine',
        'professional',
        'Psykiatrinen sairaanhoitaja',
        `${PIRHA}, nuorten mielenterveys- ja päihdepalvelut`,
      ],
      ['Antti Mäkinen', 'professional', 'Psykologi', `${PIRHA}, nuorisopsykiatrian poliklinikka`],
      ['Laura Salonen', 'professional', 'Etsivä nuorisotyöntekijä', 'Tampereen kaupunki, nuorisopalvelut'],
      ['Pekka Räsänen', 'process-owner', 'Palvelupäällikkö', `${PIRHA}, mielenterveys- ja päihdepalvelut`],
      ['Tiina Aaltonen', 'coach', 'Kehittämisasiantuntija', 'Terveyden ja hyvinvoinnin laitos (THL)'],
      ['Markus Nieminen', 'coach', 'Valmentaja', 'Kehittämispalvelut Nieminen'],
    ],
  },
  {
    key: 'pohjois-karjala',
    name: 'Ikäihmisen turvallinen kotiutuminen, Pohjois-Karjala',
    county: 'pohjois-karjala',
    targetGroup: 'older-people-service-gaps',
    process: 'Kotiutuminen sairaalasta kotihoitoon ja palvelutarpeen arviointi',
    aim:
      'Syyskuuhun 2026 mennessä 90 % Joensuun alueella sairaalasta kotiutuvista 75 vuotta täyttäneistä saa ' +
      'kotihoidon ensikäynnin kotiutumispäivänä ja palvelutarpeen arvioinnin seitsemän arkipäivän kuluessa.',
    members: [
      ['Raimo Hyvönen', 'client-rep', 'Omaisen edustaja', ''],
      ['Marjo Turunen', 'professional', 'Sosiaaliohjaaja', `${PKHVA}, ikäihmisten palveluohjaus`],
      ['Heidi Kettunen', 'professional', 'Sairaanhoitaja', `${PKHVA}, kotihoito`],
      ['Kaisa Ryynänen', 'professional', 'Kotiutushoitaja', `${PKHVA}, akuuttigeriatrian osasto`],
      ['Jari Pesonen', 'professional', 'Fysioterapeutti', `${PKHVA}, kotikuntoutus`],
      ['Olli Karhunen', 'professional', 'Geriatri', `${PKHVA}, geriatrian poliklinikka`],
      ['Anne Kokkonen', 'process-owner', 'Kotihoidon palvelupäällikkö', PKHVA],
      ['Riikka Partanen', 'coach', 'Erikoissuunnittelija', 'Terveyden ja hyvinvoinnin laitos (THL)'],
      ['Ville Hakkarainen', 'coach', 'Kehittämisasiantuntija', 'Etelä-Savon hyvinvointialue'],
    ],
  },
  {
    key: 'vantaa-kerava',
    name: 'Lapsiperheen tuki ilmoituksesta, Vantaa ja Kerava',
    county: 'vantaa-kerava',
    targetGroup: 'child-welfare-families',
    process: 'Lastensuojeluilmoituksesta palvelutarpeen arviointiin ja perheen ensimmäiseen tukitoimeen',
    aim:
      'Kesäkuuhun 2026 mennessä 75 % perheistä saa ensimmäisen tukitoimen, kuten perhetyön, 30 vuorokauden ' +
      'kuluessa lastensuojeluilmoituksesta (lähtötaso: mediaani 62 vuorokautta).',
    members: [
      ['Jenni Virtanen', 'client-rep', 'Kokemusasiantuntija', ''],
      ['Henna Korhonen', 'professional', 'Sosiaalityöntekijä', `${VAKE}, lastensuojelun avohuolto`],
      ['Tuomas Lindholm', 'professional', 'Perhetyöntekijä', `${VAKE}, perhesosiaalityö`],
      ['Satu Hämäläinen', 'professional', 'Terveydenhoitaja', `${VAKE}, lastenneuvola`],
      ['Elina Saarinen', 'professional', 'Koulukuraattori', `${VAKE}, opiskeluhuolto`],
      ['Kari Leinonen', 'professional', 'Työllisyysasiantuntija', 'Vantaan kaupunki, työllisyyspalvelut (TE-palvelut)'],
      ['Minna Jokinen', 'process-owner', 'Johtava sosiaalityöntekijä', `${VAKE}, lastensuojelu`],
      ['Paula Rantanen', 'coach', 'Kehittämispäällikkö', 'Terveyden ja hyvinvoinnin laitos (THL)'],
      ['Sami Väisänen', 'coach', 'Valmentaja', 'Laatuvalmennus Väisänen'],
    ],
  },
];
