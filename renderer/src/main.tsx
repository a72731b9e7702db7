import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadScreensWhenIdle, startReads } from './app/start-reads.ts';

startReads(window.location.hash);
preloadScreensWhenIdle();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
