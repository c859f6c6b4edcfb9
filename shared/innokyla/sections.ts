// No zod here: the renderer reaches these constants from its start (renderer-start test).
/**
 * The sections of an Innokylä toimintamalli in the template's order (docs/domain.md §8): the basic information
 * block, the three parts of the development path, then the description the team writes with its coaches.
 * `fed` says whether the app's data feeds a section; the others are written by the team, with a prompt.
 */
export const INNOKYLA_SECTIONS = [
  { id: 'basics', part: 'basics', fed: true },
  { id: 'environment', part: 'understand', fed: true },
  { id: 'startingPoint', part: 'understand', fed: true },
  { id: 'needs', part: 'understand', fed: true },
  { id: 'developers', part: 'understand', fed: true },
  { id: 'aim', part: 'understand', fed: true },
  { id: 'measuring', part: 'understand', fed: true },
  { id: 'plan', part: 'understand', fed: true },
  { id: 'clients', part: 'understand', fed: true },
  { id: 'otherSolutions', part: 'understand', fed: false },
  { id: 'ideation', part: 'imagine', fed: true },
  { id: 'ideaChoice', part: 'imagine', fed: true },
  { id: 'visualisation', part: 'imagine', fed: true },
  { id: 'testing', part: 'imagine', fed: true },
  { id: 'basicIdea', part: 'description', fed: true },
  { id: 'conditions', part: 'description', fed: false },
  { id: 'tips', part: 'description', fed: false },
  { id: 'evaluation', part: 'description', fed: true },
] as const;

export type InnokylaSectionId = (typeof INNOKYLA_SECTIONS)[number]['id'];
export const INNOKYLA_SECTION_IDS = INNOKYLA_SECTIONS.map((s) => s.id) as [InnokylaSectionId, ...InnokylaSectionId[]];

/** The longest text a team may write for one section (Innokylä's own fields are shorter; nothing is cut here). */
export const INNOKYLA_TEXT_MAX = 100_000;

/** The team's own words for one section, kept apart from what the app generates (schema in ./text-schema). */
export interface InnokylaText {
  id: string;
  teamId: string;
  ordinal: number;
  section: InnokylaSectionId;
  text: string;
}

/** täytetty / osittain / kirjoitettava. */
export const COMPLETENESS = ['filled', 'partial', 'toWrite'] as const;
export type Completeness = (typeof COMPLETENESS)[number];
