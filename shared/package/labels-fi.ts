import { MEMBER_ROLES, TARGET_GROUPS, type MemberRole, type TargetGroup } from '../domain/vocab';
import { translator } from '../i18n/translate';

const fi = translator('fi');

/**
 * Finnish labels for exports (Excel, reports): cell values stay Finnish in every header language. Target groups in
 * the programme description's own wording (RRP P4 I1, export.json), longer than the app's short names.
 */
export const TARGET_GROUP_LABELS_FI: Record<TargetGroup, string> = Object.fromEntries(
  TARGET_GROUPS.map((g) => [g, fi(`export.targetGroup.${g}`)]),
) as Record<TargetGroup, string>;

/** Finnish member role labels: the app's own (glossary in docs/domain.md). */
export const MEMBER_ROLE_LABELS_FI: Record<MemberRole, string> = Object.fromEntries(
  MEMBER_ROLES.map((r) => [r, fi(`vocab.role.${r}`)]),
) as Record<MemberRole, string>;

/** The Finnish label of a target group code; '' for none, the code itself if unknown. */
export function targetGroupLabelFi(code: string): string {
  if (code === '') return '';
  return (TARGET_GROUP_LABELS_FI as Record<string, string>)[code] ?? code;
}

/** The Finnish label of a member role code, or the code itself if unknown. */
export function memberRoleLabelFi(code: string): string {
  return (MEMBER_ROLE_LABELS_FI as Record<string, string>)[code] ?? code;
}
