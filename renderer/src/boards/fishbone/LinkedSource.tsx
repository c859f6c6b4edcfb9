import { useTranslation } from 'react-i18next';
import { ArrowUpRight, Link2Off } from 'lucide-react';
import type { ItemRef } from '../../../../shared/boards/links';
import { openLinked, useLinkedItem } from './links';
import { boardKindName } from '../../i18n/keys';

/** Where something came from (a problem marker, a fishbone cause): its text and a way there, or "source removed". */
export function LinkedSource({ source, label }: { source: ItemRef | null; label: string }) {
  const { t } = useTranslation();
  const linked = useLinkedItem(source);
  if (!source || linked.status === 'none') return null;
  return (
    <div className="linked-source">
      <span className="field-label">{label}</span>
      {linked.status === 'removed' ? (
        <p className="linked-removed">
          <Link2Off size={16} aria-hidden /> {t('fishbone.sourceRemoved')}
        </p>
      ) : linked.status === 'loading' ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <p className="linked-text">
            <span className="kind-chip">{boardKindName(t, linked.kind)}</span> {linked.boardName}
            {linked.text && <span className="linked-item">{linked.text}</span>}
          </p>
          <button type="button" className="btn btn-small" onClick={() => openLinked(linked.boardId, source.itemId)}>
            <ArrowUpRight size={16} aria-hidden />
            {t('fishbone.goSource')}
          </button>
        </>
      )}
    </div>
  );
}
