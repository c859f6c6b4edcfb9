import '@fontsource-variable/inter';
import './app/theme.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { AudienceApp } from './audience/AudienceApp';
import { isAudiencePage } from './audience/page';
import { parseStoryboardPrintHash } from '../../shared/storyboard/print';
import { StoryboardPrintPage } from './storyboard/PrintPage';

const root = document.getElementById('root');
if (root) {
  // The projector's window (`/audience`, `index.html#/audience`) runs its own small app; every other page is the coach's.
  const audience = isAudiencePage();
  if (audience) document.documentElement.classList.add('is-audience');
  // The page a shell prints to PDF (`#/print/storyboard/...`): the storyboard alone, no app shell.
  const print = parseStoryboardPrintHash(location.hash);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>{print ? <StoryboardPrintPage request={print} /> : audience ? <AudienceApp /> : <App />}</ErrorBoundary>
    </StrictMode>,
  );
}
