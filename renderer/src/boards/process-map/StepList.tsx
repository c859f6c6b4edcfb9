import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMapDoc } from '../../../../shared/boards/process-map/model';
import { memoT } from '../../i18n/memo-t';
import { laneLabel } from './elements';

/**
 * The steps in flow order for screen readers (hidden on screen). Linear in the map's size (lookups by id, texts
 * remembered), and the list itself re-renders only when a line changes, not when a step is moved.
 */
export function StepList({ doc, order, label }: { doc: ProcessMapDoc; order: string[]; label: string }) {
  const { t: translate } = useTranslation();
  const lines = useMemo(() => {
    const t = memoT(translate);
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const lanes = new Map(doc.lanes.map((l) => [l.id, l]));
    return order.flatMap((id) => {
      const n = nodes.get(id);
      if (!n) return [];
      const lane = lanes.get(n.laneId);
      return [
        `${t(`processMap.nodeKind.${n.kind}`)}: ${n.text || t('processMap.node.untitled')} (${lane ? laneLabel(lane, t) : ''})`,
      ];
    });
  }, [doc.nodes, doc.lanes, order, translate]);
  return <Lines lines={lines} label={label} />;
}

const Lines = memo(
  function Lines({ lines, label }: { lines: string[]; label: string }) {
    return (
      <ol aria-label={label}>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    );
  },
  (a, b) => a.label === b.label && a.lines.length === b.lines.length && a.lines.every((x, i) => x === b.lines[i]),
);
