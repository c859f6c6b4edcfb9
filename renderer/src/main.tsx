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

const root = document.getElementById('root');
if (root) {
  // The projector's window (`/audience`, `index.html#/audience`) runs its own small app; every other page is the coach's.
  const audience = isAudiencePage();
  if (audience) document.documentElement.classList.add('is-audience');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>{audience ? <AudienceApp /> : <App />}</ErrorBoundary>
    </StrictMode>,
  );
}
