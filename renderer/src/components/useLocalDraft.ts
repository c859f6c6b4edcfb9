import { useCallback, useState } from 'react';

type Where = 'local' | 'session';

function storage(where: Where): Storage | null {
  try {
    return where === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null; // storage switched off: the box still works, only without the safety copy
  }
}

/**
 * Text in a compose box (a note or an answer not yet sent, so nothing the workshop holds yet) kept in the browser's
 * storage as it is typed, so a reload, a crash or a closed window does not lose it. `clear()` once it is sent.
 * Session storage for anonymous answers: kept across a reload, gone with the window.
 */
export function useLocalDraft(
  key: string,
  where: Where = 'local',
): { text: string; setText(text: string): void; clear(): void } {
  const [state, setState] = useState(() => ({ key, text: storage(where)?.getItem(key) ?? '' }));
  // Another key (another workshop or day): its own draft.
  const current = state.key === key ? state : { key, text: storage(where)?.getItem(key) ?? '' };
  if (current !== state) setState(current);
  const setText = useCallback(
    (text: string) => {
      setState({ key, text });
      try {
        if (text) storage(where)?.setItem(key, text);
        else storage(where)?.removeItem(key);
      } catch {
        // Storage full: the text stays in the box.
      }
    },
    [key, where],
  );
  const clear = useCallback(() => setText(''), [setText]);
  return { text: current.text, setText, clear };
}
