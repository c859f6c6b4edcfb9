/** Fixed vocabularies of the programme; labels live in i18n under `vocab.<name>.<code>`. */

/** Target client groups named in the programme description (RRP P4 I1), plus free text via 'other'. */
export const TARGET_GROUPS = [
  'youth-mental-substance',
  'adults-mental-substance',
  'chronic-illness-risk',
  'older-people-service-gaps',
  'informal-carers',
  'child-welfare-families',
  'disabled-rehabilitation',
  'other',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Member roles. The method requires one client representative and one process owner (or supervisor) per team. */
export const MEMBER_ROLES = ['client-rep', 'professional', 'process-owner', 'supervisor', 'coach'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Sticky-note colours, chosen for contrast with dark text on a projector. */
export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
