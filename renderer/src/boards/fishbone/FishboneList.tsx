import { useTranslation } from 'react-i18next';
import type { FishboneDoc } from '../../../../shared/boards/fishbone/model';
import { childrenIndex } from '../../../../shared/boards/fishbone/tree';
import type { FishSelection } from './FishboneCanvas';

/** The diagram as nested lists for screen readers (the canvas is opaque to them), plus the current selection. */
export function FishboneList({
  doc,
  boneName,
  selection,
}: {
  doc: FishboneDoc;
  boneName: (id: string) => string;
  selection: FishSelection;
}) {
  const { t } = useTranslation();
  const kids = childrenIndex(doc);
  const cause = selection?.kind === 'cause' ? doc.causes.find((c) => c.id === selection.id) : undefined;
  const status = cause
    ? t('fishbone.selectedCause', { text: cause.text || t('fishbone.emptyCause') })
    : selection?.kind === 'bone'
      ? t('fishbone.selectedBone', { name: boneName(selection.id) })
      : selection?.kind === 'head'
        ? t('fishbone.selectedEffect', { text: doc.effect.text || t('fishbone.emptyEffect') })
        : '';
  const render = (key: string, depth: number): React.ReactNode => {
    const list = kids.get(key) ?? [];
    if (list.length === 0 || depth > 8) return null;
    return (
      <ul>
        {list.map((c) => (
          <li key={c.id}>
            {c.text || t('fishbone.emptyCause')}
            {c.rootCause
              ? ` (${t('fishbone.rootCause')}${c.evidence ? `, ${t(`fishbone.evidenceKind.${c.evidence}`)}` : ''})`
              : ''}
            {render(c.id, depth + 1)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <div className="visually-hidden">
      <p role="status" aria-live="polite">
        {status}
      </p>
      <section aria-label={t('fishbone.listLabel')}>
        <p>
          {t('fishbone.effect')}: {doc.effect.text || t('fishbone.emptyEffect')}
        </p>
        <ul>
          {doc.bones.map((b) => (
            <li key={b.id}>
              {boneName(b.id)}
              {render(`bone:${b.id}`, 1)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
