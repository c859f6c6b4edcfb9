/**
 * Process maps of Finnish step texts (40–90 characters) for picture, section and audience tests: a 15-step map in
 * 4 lanes and a 30-step map in 5 lanes, each with a decision (yes/no branches that meet again) and problem markers.
 */
import type { ProcessMapDoc } from '../../shared/boards/process-map/model';

const TEXTS = [
  'Nuori tai huoltaja ottaa yhteyttä koulun terveydenhoitajaan',
  'Terveydenhoitaja kartoittaa tilanteen ja sopii tapaamisesta',
  'Ajanvaraus vastaanotolle sähköisen ajanvarausjärjestelmän kautta',
  'Tarvitaanko nuorisopsykiatrian konsultaatiota heti alkuvaiheessa?',
  'Lähete nuorisopsykiatrian poliklinikalle ja odotus ensikäyntiin',
  'Koulun opiskeluhuoltoryhmä kokoontuu ja sopii tukitoimista',
  'Päihdepoliklinikan sairaanhoitaja tekee alkuarvion puhelimitse',
  'Perheen tapaaminen, jossa laaditaan yhteinen hoito- ja palvelusuunnitelma',
  'Odotus lääkärin vastaanotolle, keskimäärin kolme viikkoa',
  'Lääkäri arvioi lääkehoidon tarpeen ja kirjaa suunnitelman',
  'Kuraattori ja psykologi tapaavat nuorta koulupäivän aikana',
  'Tiedonsiirto terveydenhuollon ja sosiaalipalvelujen välillä',
  'Seurantakäynti kuukauden kuluttua, jossa arvioidaan tilannetta',
  'Hoitovastuu siirtyy takaisin perusterveydenhuoltoon kirjallisesti',
  'Palaute nuorelta ja perheeltä kerätään lyhyellä kyselyllä',
  'Erityisopettaja järjestää tukiopetusta ja mukauttaa kokeita',
  'Sosiaalityöntekijä arvioi lastensuojelun tarpeen yhdessä perheen kanssa',
  'Ryhmämuotoinen tuki koulun tiloissa kahdeksan viikon ajan',
  'Verkostopalaveri, johon osallistuvat kaikki nuoren kanssa toimivat',
  'Nuori siirtyy toiselle asteelle ja tiedot siirtyvät uuteen kouluun',
  'Yhteenveto kirjataan potilastietojärjestelmään ja lähetetään perheelle',
  'Odotetaan perheen suostumusta tietojen luovuttamiseen',
  'Etävastaanotto videoyhteydellä iltapäivän aikana',
  'Terveydenhoitaja soittaa perheelle ja kysyy kuulumiset',
  'Psykiatrinen sairaanhoitaja aloittaa lyhytterapian',
  'Opiskeluhuollon psykologi tekee kognitiivisen arvion',
  'Nuorisotyöntekijä tarjoaa vapaa-ajan toimintaa ja vertaistukea',
  'Uusi arvio, jos tilanne ei ole kohentunut kolmessa kuukaudessa',
  'Hoidon päättyminen ja jatkosuunnitelma sovitaan yhdessä nuoren kanssa',
  'Prosessi päättyy, kun nuori ja perhe kokevat saaneensa avun',
];

const LANES = [
  'Nuori ja perhe',
  'Koulu ja opiskeluhuolto',
  'Kouluterveydenhuolto',
  'Nuorten mielenterveys- ja päihdepalvelut',
  'Nuorisopsykiatria',
];

/**
 * A map of `steps` steps in `lanes` lanes: a chain in flow order, steps spread over the lanes, a decision at step 3
 * whose "yes" branch skips to step 5 and whose "no" branch runs through step 4; problems on steps 4 and 8.
 * Positions are deliberately scrambled (creation order ≠ flow order) so layouts must follow the flow.
 */
export function finnishMap(steps: number, lanes: number): ProcessMapDoc {
  const laneIds = Array.from({ length: lanes }, (_, i) => `lane-${i}`);
  const nodes = Array.from({ length: steps }, (_, i) => ({
    id: `s${i}`,
    kind: (i === 0
      ? 'start'
      : i === steps - 1
        ? 'end'
        : i === 3
          ? 'decision'
          : i === 8
            ? 'wait'
            : 'step') as ProcessMapDoc['nodes'][number]['kind'],
    text: TEXTS[i % TEXTS.length]!,
    laneId: laneIds[(i * 3 + Math.floor(i / 4)) % lanes]!,
    // Within the model's coordinate range (≤ 100,000) for any number of steps.
    x: ((i * 7) % Math.min(steps, 300)) * 270,
    y: 30 + (i % 2) * 140,
    processTime: null,
    waitTime: null,
    performer: '',
  }));
  const edges: ProcessMapDoc['edges'] = [];
  for (let i = 0; i + 1 < steps; i++) {
    if (i === 3) continue;
    edges.push({ id: `e${i}`, source: `s${i}`, target: `s${i + 1}`, label: '', branch: null });
  }
  if (steps > 5) {
    edges.push({ id: 'e3-no', source: 's3', target: 's4', label: '', branch: 'no' });
    edges.push({ id: 'e3-yes', source: 's3', target: 's5', label: '', branch: 'yes' });
  }
  const markers: ProcessMapDoc['markers'] = [];
  if (steps > 8) {
    markers.push({ id: 'm1', kind: 'delay', note: 'Odotus venyy', target: { type: 'node', id: 's4' }, links: [] });
    markers.push({ id: 'm2', kind: 'bottleneck', note: 'Yksi lääkäri', target: { type: 'node', id: 's8' }, links: [] });
  }
  return {
    lanes: laneIds.map((id, i) => ({ id, type: 'other', name: LANES[i % LANES.length]!, collapsed: false })),
    nodes,
    edges,
    markers,
  };
}
