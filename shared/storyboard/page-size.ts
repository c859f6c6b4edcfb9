/** Paper sizes the storyboard PDF comes in, always landscape. Its own module: the print route's parser needs only this. */
export const STORYBOARD_PAGE_SIZES = ['A4', 'A3'] as const;
export type StoryboardPageSize = (typeof STORYBOARD_PAGE_SIZES)[number];
