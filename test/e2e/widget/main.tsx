/**
 * A page with <KycFlow> in the locale and colour scheme the URL asks for (`api`, `client`, `le`,
 * `locale`, `theme=light|dark`), for browser tests and screenshots of one screen across languages and
 * themes. Events and errors are recorded on `window.__widget`.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { KycFlow } from '../../../src';
import '../../../src/styles.css';

/** What the page records from <KycFlow>'s callbacks (tests read it through `window.__widget`). */
export interface WidgetRecord {
  events: string[];
  errors: { name: string; during: string }[];
}

declare global {
  interface Window {
    __widget: WidgetRecord;
  }
}

const params = new URLSearchParams(location.search);
const api = params.get('api') ?? '';
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const record: WidgetRecord = { events: [], errors: [] };
window.__widget = record;
document.documentElement.style.colorScheme = theme;
document.body.style.margin = '0';
document.body.style.background = theme === 'dark' ? '#0d0f12' : '#f4f5f7';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KycFlow
        apiBaseUrl={api}
        legalEntityUuid={params.get('le') ?? ''}
        clientUuid={params.get('client') ?? ''}
        locale={params.get('locale') ?? 'en'}
        theme={{ colorScheme: theme }}
        sumsub={{ baseUrl: api }}
        onEvent={(event) => record.events.push(event.type)}
        onError={(error, details) => record.errors.push({ name: error.name, during: details.during })}
      />
    </StrictMode>,
  );
}
