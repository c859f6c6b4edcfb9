import type { Member } from './entities';

/** Why a team's roster falls short of the method; i18n keys under `team.warnings.*`. */
export type RosterWarning = 'noClientRep' | 'noProcessOwner' | 'coachCount';

/** The method requires a client representative and a process owner (or a supervisor standing in); two coaches per team. */
export function rosterWarnings(members: readonly Pick<Member, 'role'>[]): RosterWarning[] {
  const out: RosterWarning[] = [];
  if (!members.some((m) => m.role === 'client-rep')) out.push('noClientRep');
  if (!members.some((m) => m.role === 'process-owner' || m.role === 'supervisor')) out.push('noProcessOwner');
  if (members.filter((m) => m.role === 'coach').length !== 2) out.push('coachCount');
  return out;
}
