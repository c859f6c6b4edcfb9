import { Component, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface State {
  failed: boolean;
}

/** Never a white screen: a translated message and a reload button (the URL hash keeps the place). */
class ErrorBoundaryInner extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    const { t } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <main className="crash" aria-labelledby="crash-title">
        <div className="crash-card">
          <h1 id="crash-title">{t('crash.title')}</h1>
          <p>{t('crash.body')}</p>
          <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
            {t('crash.reload')}
          </button>
        </div>
      </main>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryInner);
