// First: the start's requests leave before the rest of the code is evaluated.
import './app/early';
import '@fontsource-variable/inter';
import './app/theme.css';
import './app/app.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App, startApp } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { PageLoading } from './app/PageLoading';
import { isAudiencePage } from './audience/page';
import { parseStoryboardPrintHash } from '../../shared/storyboard/print';

// The projector's window and the print route are separate pages: their code loads only there, not in the coach's start.
const AudienceApp = lazy(() => import('./audience/AudienceApp').then((m) => ({ default: m.AudienceApp })));
const StoryboardPrintPage = lazy(() =>
  import('./storyboard/PrintPage').then((m) => ({ default: m.StoryboardPrintPage })),
);

const root = document.getElementById('root');
if (root) {
  // The projector's window (`/audience`, `index.html#/audience`) runs its own small app; every other page is the coach's.
  const audience = isAudiencePage();
  if (audience) document.documentElement.classList.add('is-audience');
  // The page a shell prints to PDF (`#/print/storyboard/...`): the storyboard alone, no app shell.
  const print = parseStoryboardPrintHash(location.hash);
  if (!print && !audience) void startApp();
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<PageLoading />}>
          {print ? <StoryboardPrintPage request={print} /> : audience ? <AudienceApp /> : <App />}
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
}
