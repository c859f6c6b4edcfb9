import type { MemberRole, TargetGroup } from '../domain/vocab';

/**
 * Finnish labels for exports (Excel, reports) that run in the backend without the renderer's i18n. Typed as full
 * records so a new code without a label fails to compile. Wording follows the programme description (RRP P4 I1).
 */
export const TARGET_GROUP_LABELS_FI: Record<TargetGroup, string> = {
  'youth-mental-substance': 'Nuoret ja nuoret aikuiset, joilla on mielenterveys- tai päihdehäiriöitä',
  'adults-mental-substance': 'Aikuiset, joilla on mielenterveys- tai päihdehäiriöitä',
  'chronic-illness-risk': 'Pitkäaikaissairaat ja sairastumisriskissä olevat, jotka eivät ole vielä palvelujen piirissä',
  'older-people-service-gaps': 'Ikääntyneet, joilla palvelukatkokset tai eristäytyneisyys ovat lisänneet tuen tarvetta',
  'informal-carers': 'Omaishoitajat',
  'child-welfare-families': 'Lastensuojelun asiakkaat ja heidän perheensä',
  'disabled-rehabilitation': 'Vammaiset henkilöt tai muut, jotka eivät ole saaneet tarvitsemiaan kuntoutuspalveluja',
  other: 'Muu asiakasryhmä',
};

/** Finnish member role labels (glossary in docs/domain.md). */
export const MEMBER_ROLE_LABELS_FI: Record<MemberRole, string> = {
  'client-rep': 'Asiakasedustaja',
  professional: 'Ammattilainen',
  'process-owner': 'Prosessinomistaja',
  supervisor: 'Esihenkilö',
  coach: 'Valmentaja',
};

/** The Finnish label of a target group code; '' for none, the code itself if unknown. */
export function targetGroupLabelFi(code: string): string {
  if (code === '') return '';
  return (TARGET_GROUP_LABELS_FI as Record<string, string>)[code] ?? code;
}

/** The Finnish label of a member role code, or the code itself if unknown. */
export function memberRoleLabelFi(code: string): string {
  return (MEMBER_ROLE_LABELS_FI as Record<string, string>)[code] ?? code;
}
