import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowRightToLine, Eye, Link2 } from 'lucide-react';
import {
  newNode,
  type DriverDiagramCommand,
  type DriverDiagramDoc,
  type DriverNode,
} from '../../../../shared/boards/driver-diagram/model';
import { orderedNodes } from '../../../../shared/boards/driver-diagram/layout';
import { newId } from '../../../../shared/domain/ids';
import type { OutsideItem, SourceState } from './sources';
import { boardKindName } from '../../i18n/keys';

interface Props {
  doc: DriverDiagramDoc;
  outside: OutsideItem[];
  adoptedKeys: Set<string>;
  sourceOf: (n: DriverNode) => SourceState;
  dispatch: (c: DriverDiagramCommand) => void;
  readOnly: boolean;
  onShow: (nodeId: string) => void;
}

/** "Muutosideat": the diagram's change ideas and every change idea the team's other boards offer, each with its source. */
export function IdeasPanel({ doc, outside, adoptedKeys, sourceOf, dispatch, readOnly, onShow }: Props) {
  const { t } = useTranslation();
  const ordered = orderedNodes(doc);
  const secondaries = ordered.filter((o) => o.node.level === 'secondary').map((o) => o.node);
  const text = new Map(doc.nodes.map((n) => [n.id, n.text]));
  const ideas = ordered.filter((o) => o.node.level === 'idea').map((o) => o.node);
  const waiting = outside.filter((i) => !adoptedKeys.has(`${i.boardId}:${i.itemId}`));
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const kindName = (kind: string) => boardKindName(t, kind);
  const driverLabel = (s: DriverNode) => {
    const primary = s.parentId ? text.get(s.parentId) : undefined;
    return primary ? `${s.text} (${primary})` : s.text;
  };

  function adopt(item: OutsideItem) {
    const key = `${item.boardId}:${item.itemId}`;
    const parentId = choice[key] ?? secondaries[0]?.id;
    const parent = secondaries.find((s) => s.id === parentId);
    if (!parent || readOnly) return;
    dispatch({
      type: 'adoptIdea',
      node: {
        ...newNode(newId(), 'idea', parent.id, item.text.slice(0, 2000)),
        source: { boardId: item.boardId, itemId: item.itemId, kind: item.kind },
        sourceBoardName: item.boardName.slice(0, 200),
      },
    });
    setDone(t('drivers.ideas.adoptedDone', { text: item.text, driver: parent.text }));
  }

  return (
    <section className="dd-ideas" aria-labelledby="dd-ideas-title">
      <h2 id="dd-ideas-title">{t('drivers.ideas.title')}</h2>
      <p className="muted dd-ideas-intro">{t('drivers.ideas.intro')}</p>
      {ideas.length === 0 && waiting.length === 0 ? (
        <p className="muted">{t('drivers.ideas.none')}</p>
      ) : (
        <>
          {waiting.length > 0 && secondaries.length === 0 && (
            <p className="dd-warn">{t('drivers.ideas.needSecondary')}</p>
          )}
          <table className="dd-table" aria-label={t('drivers.ideas.title')}>
            <thead>
              <tr>
                <th scope="col">{t('drivers.ideas.colIdea')}</th>
                <th scope="col">{t('drivers.ideas.colDriver')}</th>
                <th scope="col">{t('drivers.ideas.colSource')}</th>
                <th scope="col">{t('drivers.ideas.colAction')}</th>
              </tr>
            </thead>
            <tbody>
              {ideas.map((n) => {
                const src = sourceOf(n);
                return (
                  <tr key={n.id}>
                    <td className="dd-idea-text">
                      {n.text || t('drivers.textEmpty')}
                      <span className="dd-tag dd-tag-in">{t('drivers.ideas.inDiagram')}</span>
                    </td>
                    <td>{(n.parentId && text.get(n.parentId)) || ''}</td>
                    <td>
                      {src.kind === 'typed' && <span className="muted">{t('drivers.typedHere')}</span>}
                      {src.kind === 'live' && (
                        <span className="dd-src">
                          <Link2 size={16} aria-hidden />
                          {t('drivers.sourceName', { board: src.boardName, kind: kindName(src.boardKind) })}
                        </span>
                      )}
                      {src.kind === 'removed' && (
                        <span className="dd-src is-removed">
                          {src.boardName ? `${src.boardName}: ` : ''}
                          {t('drivers.sourceRemoved')}
                        </span>
                      )}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        onClick={() => onShow(n.id)}
                        aria-label={t('drivers.ideas.showLabel', { text: n.text })}
                      >
                        <Eye size={18} aria-hidden />
                        {t('drivers.ideas.show')}
                      </button>
                    </td>
                  </tr>
                );
              })}
              {waiting.map((item) => {
                const key = `${item.boardId}:${item.itemId}`;
                return (
                  <tr key={key} className="dd-waiting">
                    <td className="dd-idea-text">
                      {item.text}
                      <span className={`dd-tag dd-tag-${item.tag}`}>{t(`drivers.ideas.tag.${item.tag}`)}</span>
                    </td>
                    <td>
                      <select
                        className="dd-driver-select"
                        aria-label={t('drivers.ideas.driverFor', { text: item.text })}
                        value={choice[key] ?? secondaries[0]?.id ?? ''}
                        disabled={readOnly || secondaries.length === 0}
                        onChange={(e) => setChoice({ ...choice, [key]: e.target.value })}
                      >
                        {secondaries.length === 0 && <option value="">{t('drivers.ideas.chooseDriver')}</option>}
                        {secondaries.map((s) => (
                          <option key={s.id} value={s.id}>
                            {driverLabel(s).slice(0, 90)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <span className="dd-src">
                        <Link2 size={16} aria-hidden />
                        {t('drivers.sourceName', { board: item.boardName, kind: kindName(item.kind) })}
                      </span>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-small btn-primary"
                        disabled={readOnly || secondaries.length === 0}
                        onClick={() => adopt(item)}
                        aria-label={t('drivers.ideas.adoptLabel', { text: item.text })}
                      >
                        <ArrowRightToLine size={18} aria-hidden />
                        {t('drivers.ideas.adopt')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {done}
      </p>
    </section>
  );
}
