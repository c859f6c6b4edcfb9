/** The form in which two team names count as the same: spaces trimmed and collapsed, case ignored (Finnish rules). */
export function teamNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
}

/** Whether `name` is already some team's name in `teams` (ignoring `exceptId`, the team being renamed). */
export function teamNameTaken(
  teams: readonly { id: string; name: string }[],
  name: string,
  exceptId?: string,
): boolean {
  const key = teamNameKey(name);
  return teams.some((t) => t.id !== exceptId && teamNameKey(t.name) === key);
}

/**
 * The first default name that no team has yet: `make(n)` for n = teams + 1, teams + 2, … ("Tiimi 3" is skipped when
 * a team was renamed to it), so pressing "Lisää tiimi" and Enter never gives two teams one name.
 */
export function uniqueDefaultTeamName(
  teams: readonly { id: string; name: string }[],
  make: (n: number) => string,
): string {
  for (let n = teams.length + 1; ; n++) {
    const name = make(n);
    if (!teamNameTaken(teams, name)) return name;
  }
}
