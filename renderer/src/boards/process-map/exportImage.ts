/** The file name base of a process map export: the board's name without characters file systems refuse. */
export function exportFileBase(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .trim()
      .slice(0, 80) || 'prosessikaavio'
  );
}
