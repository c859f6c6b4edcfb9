// The start-up benchmark's anchor: the smallest production Vite + React page with a heading and a button, built
// the same way as the app's renderer (minified, base './').
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  const [count, setCount] = useState(0);
  return (
    <main>
      <h1>Hei</h1>
      <button type="button" onClick={() => setCount((c) => c + 1)}>
        Painettu {count} kertaa
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Hello />
  </StrictMode>,
);
