import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/reset.css';
import './lib/i18n';
import './styles.css';
import { App } from './app/App';
import { reloadOnceForNewVersion } from './lib/chunkReload';

// Vite could not preload a chunk of the new page (a redeploy removed the old build's files): load
// the new build once; when that was already tried, the error reaches the route's error screen
window.addEventListener('vite:preloadError', (event) => {
  if (reloadOnceForNewVersion()) event.preventDefault();
});

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
