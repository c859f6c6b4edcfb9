/** Where the coach is; mirrored in the URL hash so a reload (or the error boundary's reload) returns there. */
export type View =
  | { kind: 'round' }
  | { kind: 'team'; teamId: string }
  | { kind: 'storyboard'; teamId: string }
  | { kind: 'toimintamalli'; teamId: string }
  | { kind: 'board'; boardId: string }
  | { kind: 'gallery' }
  | { kind: 'feedback' };
export type Route = { name: 'home' } | { name: 'workshop'; workshopId: string; view: View };

export function parseHash(hash: string): Route | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return null;
  if (parts[0] === 'library') return { name: 'home' };
  if (parts[0] !== 'w' || !parts[1]) return null;
  const workshopId = parts[1];
  if (parts[2] === 'team' && parts[3] && parts[4] === 'toimintamalli')
    return { name: 'workshop', workshopId, view: { kind: 'toimintamalli', teamId: parts[3] } };
  if (parts[2] === 'team' && parts[3] && parts[4] === 'storyboard')
    return { name: 'workshop', workshopId, view: { kind: 'storyboard', teamId: parts[3] } };
  if (parts[2] === 'team' && parts[3])
    return { name: 'workshop', workshopId, view: { kind: 'team', teamId: parts[3] } };
  if (parts[2] === 'board' && parts[3])
    return { name: 'workshop', workshopId, view: { kind: 'board', boardId: parts[3] } };
  if (parts[2] === 'gallery') return { name: 'workshop', workshopId, view: { kind: 'gallery' } };
  if (parts[2] === 'feedback') return { name: 'workshop', workshopId, view: { kind: 'feedback' } };
  return { name: 'workshop', workshopId, view: { kind: 'round' } };
}

export function toHash(r: Route): string {
  if (r.name === 'home') return '#/library';
  const base = `#/w/${encodeURIComponent(r.workshopId)}`;
  switch (r.view.kind) {
    case 'round':
      return base;
    case 'team':
      return `${base}/team/${encodeURIComponent(r.view.teamId)}`;
    case 'storyboard':
      return `${base}/team/${encodeURIComponent(r.view.teamId)}/storyboard`;
    case 'toimintamalli':
      return `${base}/team/${encodeURIComponent(r.view.teamId)}/toimintamalli`;
    case 'board':
      return `${base}/board/${encodeURIComponent(r.view.boardId)}`;
    case 'gallery':
      return `${base}/gallery`;
    case 'feedback':
      return `${base}/feedback`;
  }
}
