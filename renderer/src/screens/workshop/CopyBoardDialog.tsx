import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp } from 'lucide-react';
import type { Output } from '../../../../shared/api/contract';
import type { Team } from '../../../../shared/domain/entities';
import { call } from '../../api';
import { pickFile, readUpload } from '../../api/files';
import { refreshWorkshop, showView } from '../../app/actions';
import { errorMessage, toastInfo } from '../../app/toasts';
import { boardKindName } from '../../i18n/keys';

type Listed = Output<'boards.listInFile'>;
type Upload = Awaited<ReturnType<typeof readUpload>>;

interface Props {
  open: boolean;
  workshopId: string;
  team: Team;
  onClose: () => void;
}

/**
 * "Copy a board from another workshop file": pick a `.lapimurto` file or JSON package, pick one of its boards, and a
 * copy goes into this team. The backend reads the file the way an import does (rebuilt from its known rows).
 */
export function CopyBoardDialog({ open, workshopId, team, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<Upload | null>(null);
  const [listed, setListed] = useState<Listed | null>(null);
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      setFile(null);
      setListed(null);
      setChosen('');
      setProblem('');
      d.showModal?.();
    }
    if (!open && d.open) d.close();
  }, [open]);

  async function choose() {
    const picked = await pickFile('.lapimurto,.json');
    if (!picked) return;
    setBusy(true);
    setProblem('');
    setListed(null);
    setChosen('');
    try {
      const upload = await readUpload(picked);
      const out = await call('boards.listInFile', { file: upload });
      setFile(upload);
      setListed(out);
      setChosen(out.boards[0]?.id ?? '');
    } catch (e) {
      setFile(null);
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!file || !chosen) return;
    setBusy(true);
    try {
      const out = await call('boards.copyFromFile', { workshopId, teamId: team.id, boardId: chosen, file });
      await refreshWorkshop();
      toastInfo(t('boards.fromFile.copied', { name: out.name }));
      onClose();
      showView({ kind: 'board', boardId: out.id });
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog copy-board-dialog"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-i`}
      onCancel={onClose}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void copy();
        }}
      >
        <h2 id={`${id}-t`}>{t('boards.fromFile.title')}</h2>
        <p id={`${id}-i`} className="muted small">
          {t('boards.fromFile.intro', { team: team.name })}
        </p>
        <div className="copy-board-file">
          <button type="button" className="btn" onClick={() => void choose()} disabled={busy}>
            <FileUp size={18} aria-hidden />
            {file ? t('boards.fromFile.chooseOther') : t('boards.fromFile.choose')}
          </button>
          <span className="muted small" role="status">
            {busy ? t('boards.fromFile.reading') : file ? t('boards.fromFile.file', { name: file.fileName }) : ''}
          </span>
        </div>
        {listed?.removedObjects ? (
          <p className="muted small">{t('files.removedObjects', { count: listed.removedObjects })}</p>
        ) : null}
        {listed &&
          (listed.boards.length === 0 ? (
            <p className="empty small">{t('boards.fromFile.none')}</p>
          ) : (
            <fieldset className="copy-board-list">
              <legend>{t('boards.fromFile.legend')}</legend>
              {listed.boards.map((b) => (
                <label key={b.id} className="copy-board-option">
                  <input
                    type="radio"
                    name={`${id}-board`}
                    value={b.id}
                    checked={chosen === b.id}
                    onChange={() => setChosen(b.id)}
                  />
                  <span>{t('boards.fromFile.option', { team: b.teamName, name: b.name })}</span>
                  <span className="muted small">{boardKindName(t, b.kind)}</span>
                </label>
              ))}
            </fieldset>
          ))}
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || !file || !chosen}>
            {t('boards.fromFile.copy')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
