import type { TFunction } from 'i18next';
import type { HistoryPlace, HistoryStep } from '../../../shared/api/contract';
import type { View } from './route';
import { boardKindName, keyFromData } from '../i18n/keys';

/**
 * The screen that shows what an undo or redo changed, or null when the coach is already looking at it. Board
 * content shows on its board; a board created, renamed or deleted on its team's page; a team's basics and members on
 * the team's page (the round when the team is gone); gallery notes on the gallery or the team's page.
 */
export function stepView(place: HistoryPlace | null, current: View): View | null {
  if (!place) return null;
  switch (place.kind) {
    case 'board': {
      if (current.kind === 'board' && current.boardId === place.boardId) return null;
      const onTeam = current.kind === 'team' && current.teamId === place.teamId;
      if (!place.content && onTeam) return null;
      if (place.exists) return { kind: 'board', boardId: place.boardId };
      return onTeam ? null : { kind: 'team', teamId: place.teamId };
    }
    case 'team':
      if (!place.exists) return current.kind === 'round' ? null : { kind: 'round' };
      if (
        (current.kind === 'team' || current.kind === 'storyboard' || current.kind === 'toimintamalli') &&
        current.teamId === place.teamId
      )
        return null;
      return { kind: 'team', teamId: place.teamId };
    case 'gallery':
      if (current.kind === 'gallery' || (current.kind === 'team' && current.teamId === place.teamId)) return null;
      return { kind: 'team', teamId: place.teamId };
    case 'round':
      return current.kind === 'round' ? null : { kind: 'round' };
  }
}

function placeName(t: TFunction, place: HistoryPlace | null): string {
  if (!place) return '';
  switch (place.kind) {
    case 'board':
      return t('history.step.board', { kind: boardKindName(t, place.boardKind), name: place.boardName });
    case 'team':
    case 'gallery':
      return place.teamName;
    case 'round':
      return place.name;
  }
}

/** The toast after an undo or redo: "Kumottu: Lisää vaihe — Prosessikaavio Nykytila". */
export function stepText(t: TFunction, direction: 'undo' | 'redo', step: HistoryStep): string {
  const action = t(keyFromData(step.label));
  const place = placeName(t, step.place);
  const what = place ? t('history.step.at', { action, place }) : action;
  return t(direction === 'undo' ? 'history.step.undone' : 'history.step.redone', { what });
}
