import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDown, ChevronUp, X } from 'lucide-react';

interface Props {
  query: string;
  onQuery: (q: string) => void;
  /** Hits found and the one shown (0-based), -1 when none is shown. */
  count: number;
  index: number;
  onStep: (dir: 1 | -1) => void;
  onClose: () => void;
}

/** Ctrl+F on a board: a search field over the canvas; Enter goes to the next hit, Shift+Enter back, Escape closes. */
export function FindBar({ query, onQuery, count, index, onStep, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  function onKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') onStep(e.shiftKey ? -1 : 1);
    else if (e.key === 'Escape') onClose();
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') ref.current?.select();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  return (
    <div className="kit-find" role="search" aria-label={t('boardKit.find.title')}>
      <input
        ref={ref}
        className="kit-find-input"
        type="search"
        aria-label={t('boardKit.find.label')}
        placeholder={t('boardKit.find.label')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={onKey}
      />
      <span className="kit-find-count" role="status" aria-live="polite">
        {query.trim()
          ? count === 0
            ? t('boardKit.find.none')
            : t('boardKit.find.position', { n: index + 1, count })
          : ''}
      </span>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('boardKit.find.previous')}
        onClick={() => onStep(-1)}
        disabled={count === 0}
      >
        <ChevronUp size={18} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={t('boardKit.find.next')}
        onClick={() => onStep(1)}
        disabled={count === 0}
      >
        <ChevronDown size={18} aria-hidden />
      </button>
      <button type="button" className="icon-btn" aria-label={t('boardKit.find.close')} onClick={onClose}>
        <X size={18} aria-hidden />
      </button>
    </div>
  );
}
