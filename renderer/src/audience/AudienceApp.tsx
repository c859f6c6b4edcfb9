import { Component, useEffect, useLayoutEffect, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopState } from '../../../shared/api/contract';
import type { AudienceContent, PresentationState } from '../../../shared/presentation/model';
import { connectAudience } from './live';
import { audienceModule, type AudienceKind, type AudienceProps } from './registry';
import { useAudience } from './store';
import { CalmScreen } from './Screen';
import { WelcomeScreen } from './modules/welcome';
import { CountdownOverlay } from './modules/overlay';
import i18n from '../i18n';
import './audience.css';
import { keyFromData } from '../i18n/keys';

/** The stage every audience screen is laid out on; scaled to fit the window, letterboxed. */
export const STAGE = { width: 1920, height: 1080 } as const;
const CURSOR_IDLE_MS = 1500;

function useStageTransform(): string {
  const [size, setSize] = useState({ w: window.innerWidth, h: window.innerHeight });
  useLayoutEffect(() => {
    const onResize = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const scale = Math.min(size.w / STAGE.width, size.h / STAGE.height);
  const x = (size.w - STAGE.width * scale) / 2;
  const y = (size.h - STAGE.height * scale) / 2;
  return `translate(${x}px, ${y}px) scale(${scale})`;
}

/** The pointer disappears while still, so nothing sits on the projected picture. */
function useIdleCursor(): boolean {
  const [idle, setIdle] = useState(true);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), CURSOR_IDLE_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      window.removeEventListener('pointermove', onMove);
      clearTimeout(timer);
    };
  }, []);
  return idle;
}

/** A module that throws shows a calm screen instead of taking the projector down; the next content resets it. */
class ModuleBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.error(error);
  }
  override render(): ReactNode {
    if (this.state.failed) return <CalmScreen title={i18n.t('app.name')} message={i18n.t('audience.cannotShow')} />;
    return this.props.children;
  }
}

/** What a kind without its module (not built yet, or from a newer app) shows: its name, calmly. */
function FallbackScreen({ kind, workshop }: { kind: string; workshop: WorkshopState }) {
  const { t } = useTranslation();
  return (
    <CalmScreen
      title={t(keyFromData(`audience.kind.${kind}`), { defaultValue: t('app.name') })}
      message={workshop.title}
    />
  );
}

function ModuleView({
  content,
  state,
  workshop,
}: {
  content: AudienceContent;
  state: PresentationState;
  workshop: WorkshopState;
}): ReactElement {
  const mod = audienceModule(content.kind);
  if (!mod) return <FallbackScreen kind={content.kind} workshop={workshop} />;
  const View = mod.Component as (p: AudienceProps<AudienceKind>) => ReactElement | null;
  return <View state={state} content={content} workshop={workshop} />;
}

function Content(): ReactElement {
  const { t } = useTranslation();
  const presentation = useAudience((s) => s.presentation);
  const workshop = useAudience((s) => s.workshop);
  const workshopErrorKey = useAudience((s) => s.workshopErrorKey);
  const shown = presentation.shown;
  if (shown.kind === 'welcome') return <WelcomeScreen workshop={workshop} />;
  if (!workshop || workshop.id !== presentation.workshopId) {
    if (workshopErrorKey)
      return <CalmScreen title={t('audience.workshopGone')} message={t(keyFromData(workshopErrorKey))} />;
    return <div className="aud-empty" aria-busy="true" />;
  }
  return (
    <ModuleBoundary key={JSON.stringify(shown)}>
      <ModuleView content={shown} state={presentation} workshop={workshop} />
    </ModuleBoundary>
  );
}

/** The projector's page: only what the room should see, large, no toolbars; it follows the coach's laptop. */
export function AudienceApp(): ReactElement {
  const { t } = useTranslation();
  const ready = useAudience((s) => s.ready);
  const mode = useAudience((s) => s.presentation.mode);
  const sections = useAudience((s) => s.sections);
  const transform = useStageTransform();
  const idle = useIdleCursor();

  useEffect(() => connectAudience(), []);
  useEffect(() => {
    document.title = `${t('audience.windowTitle')} – ${t('app.name')}`;
  }, [t]);

  const blank = mode === 'blank';
  return (
    <main
      className={`aud-root ${blank ? 'is-blank' : ''} ${idle ? 'is-idle' : ''}`}
      data-mode={ready ? mode : 'loading'}
      data-sections={sections}
      aria-label={blank ? t('audience.blankLabel') : t('audience.windowTitle')}
      onDoubleClick={() => {
        // The browser host's page: double-click fills the projector (Electron's window is full screen already).
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      }}
    >
      {blank || !ready ? null : (
        <div className="aud-stage" style={{ width: STAGE.width, height: STAGE.height, transform }}>
          <Content />
          <CountdownOverlay />
        </div>
      )}
    </main>
  );
}
