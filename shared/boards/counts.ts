/**
 * What a board holds, counted by its kind's `counts` (see BoardDefinition) so the board header, storyboard, Excel
 * cover sheet and `cli info` say the same numbers. Keys name the `count.*` texts in counts.json.
 */
export const COUNT_KEYS = [
  'steps',
  'problems',
  'lanes',
  'notes',
  'clusters',
  'options',
  'causes',
  'rootCauses',
  'categories',
  'answers',
  'measures',
  'dataPoints',
  'cycles',
  'done',
  'drivers',
  'changeIdeas',
] as const;

export type CountKey = (typeof COUNT_KEYS)[number];

/** A board's counts in the order they are said (most telling first). */
export type BoardCounts = Partial<Record<CountKey, number>>;

/** "15 vaihetta · 2 ongelmaa": each count in its plural form. */
export function countsText(
  t: (key: `count.${CountKey}`, vars: { count: number }) => string,
  counts: BoardCounts,
  separator = ' · ',
): string {
  // The keys of a BoardCounts are CountKeys; Object.entries only forgets it.
  return (Object.entries(counts) as [CountKey, number][])
    .map(([key, count]) => t(`count.${key}`, { count }))
    .join(separator);
}
