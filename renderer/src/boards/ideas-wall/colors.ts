import type { NoteColor } from '../../../../shared/domain/vocab';

/** Note fills: light enough for dark text at AA on a projector, distinct from each other. */
export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fff1a8',
  green: '#c9efc4',
  blue: '#cfe5ff',
  pink: '#ffd3e4',
  orange: '#ffd9b0',
  purple: '#e4d7ff',
};

export interface WallTheme {
  text: string;
  muted: string;
  noteStroke: string;
  selected: string;
  clusterFill: string;
  clusterStroke: string;
  clusterText: string;
}

export const WALL_THEMES: Record<'light' | 'high-contrast', WallTheme> = {
  light: {
    text: '#161b22',
    muted: '#454d59',
    noteStroke: 'rgba(22,27,34,0.12)',
    selected: '#0b5f6e',
    clusterFill: 'rgba(11,95,110,0.05)',
    clusterStroke: '#8fb5bd',
    clusterText: '#0a4450',
  },
  'high-contrast': {
    text: '#000000',
    muted: '#000000',
    noteStroke: '#000000',
    selected: '#ffd400',
    clusterFill: 'rgba(255,255,255,0.04)',
    clusterStroke: '#ffffff',
    clusterText: '#ffffff',
  },
};

export const NOTE_FONT = {
  size: 20,
  roleSize: 18,
  padding: 12,
  lineHeight: 1.2,
  family: "'Inter Variable', Inter, system-ui, sans-serif",
} as const;
