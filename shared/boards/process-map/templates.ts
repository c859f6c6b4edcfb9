import type { TargetGroup } from '../../domain/vocab';
import type { LaneType, ProcessMapDoc, SingleProcessMapCommand } from './model';
import type { TranslationKey } from '../../i18n/keys';

/** A template for each of the programme's target groups ("other" has none: its lanes are the team's own). */
export type MapTemplateId = Exclude<TargetGroup, 'other'>;

/** One lane of a template: its name is the i18n key `processMap.template.lane.<key>`, written in the workshop's language. */
/** The lane names the Finnish locale files have, so a template naming another fails the type check. */
type LaneKey = TranslationKey extends infer K ? (K extends `processMap.template.lane.${infer L}` ? L : never) : never;

export interface TemplateLane {
  key: LaneKey;
  type: LaneType;
}

/** The lanes typical of each target group's client path, the client's own lane first. */
export const MAP_TEMPLATES: Readonly<Record<MapTemplateId, readonly TemplateLane[]>> = {
  'youth-mental-substance': [
    { key: 'youngPersonFamily', type: 'client' },
    { key: 'schoolWelfare', type: 'school' },
    { key: 'schoolHealth', type: 'primary-care' },
    { key: 'youthMentalSubstance', type: 'other' },
    { key: 'youthPsychiatry', type: 'specialised-care' },
  ],
  'adults-mental-substance': [
    { key: 'clientFamily', type: 'client' },
    { key: 'healthCentre', type: 'primary-care' },
    { key: 'mentalSubstance', type: 'other' },
    { key: 'adultSocialWork', type: 'social-services' },
    { key: 'psychiatry', type: 'specialised-care' },
  ],
  'chronic-illness-risk': [
    { key: 'clientFamily', type: 'client' },
    { key: 'healthCentre', type: 'primary-care' },
    { key: 'selfCare', type: 'other' },
    { key: 'organisations', type: 'other' },
    { key: 'specialisedCare', type: 'specialised-care' },
  ],
  'older-people-service-gaps': [
    { key: 'olderPersonFamily', type: 'client' },
    { key: 'clientGuidance', type: 'social-services' },
    { key: 'homeCare', type: 'social-services' },
    { key: 'healthCentre', type: 'primary-care' },
    { key: 'organisations', type: 'other' },
  ],
  'informal-carers': [
    { key: 'carerAndCared', type: 'client' },
    { key: 'carerSupport', type: 'social-services' },
    { key: 'healthCentre', type: 'primary-care' },
    { key: 'respiteCare', type: 'social-services' },
    { key: 'organisations', type: 'other' },
  ],
  'child-welfare-families': [
    { key: 'childFamily', type: 'client' },
    { key: 'familyCentre', type: 'primary-care' },
    { key: 'schoolWelfare', type: 'school' },
    { key: 'childProtection', type: 'social-services' },
    { key: 'childPsychiatry', type: 'specialised-care' },
  ],
  'disabled-rehabilitation': [
    { key: 'clientFamily', type: 'client' },
    { key: 'disabilityServices', type: 'social-services' },
    { key: 'healthCentre', type: 'primary-care' },
    { key: 'rehabilitation', type: 'other' },
    { key: 'specialisedCare', type: 'specialised-care' },
  ],
};

export const MAP_TEMPLATE_IDS = Object.keys(MAP_TEMPLATES) as MapTemplateId[];

/**
 * The commands that turn an empty map into the template: its first lane takes the first template lane, the rest are
 * added after it. `names` are the lanes' names in the workshop's language, in template order.
 */
export function templateCommands(
  empty: ProcessMapDoc,
  id: MapTemplateId,
  names: readonly string[],
  newId: () => string,
): SingleProcessMapCommand[] {
  const lanes = MAP_TEMPLATES[id];
  const first = empty.lanes[0];
  return lanes.map((lane, i): SingleProcessMapCommand => {
    const name = names[i] ?? '';
    if (i === 0 && first) return { type: 'updateLane', id: first.id, patch: { name, type: lane.type } };
    return { type: 'addLane', lane: { id: newId(), type: lane.type, name, collapsed: false } };
  });
}
