import { useTranslation } from 'react-i18next';
import { X } from 'lucide-react';
import { useToasts } from './toasts';

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  return (
    <section className="toasts" aria-label={t('toasts.region')}>
      <div role="status" aria-live="polite" className="toast-stack">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.tone}`}
            role={toast.tone === 'error' ? 'alert' : undefined}
          >
            <p className="toast-message">{toast.message}</p>
            {toast.action && (
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="icon-btn" aria-label={t('toasts.close')} onClick={() => dismiss(toast.id)}>
              <X size={16} aria-hidden />
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
