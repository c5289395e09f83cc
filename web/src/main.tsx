import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadConfig } from './config';

const root = createRoot(document.getElementById('root')!);

loadConfig()
  .then((config) => {
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    // Without its configuration the application cannot sign anyone in: say so plainly, in both languages.
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.style.cssText = 'font-family:system-ui;padding:2rem';
    message.textContent = `Aplikasi tidak dapat dimuat / The application could not load (${String(error)}). Muat ulang halaman / reload the page.`;
    document.getElementById('root')!.replaceChildren(message);
  });
