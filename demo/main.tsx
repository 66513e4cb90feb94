import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/styles.css';
import { DemoApp } from './DemoApp';
import { PhonePage } from './PhonePage';
import { phoneLinkParams } from './phoneLink';

// A hand-off link (`?handoff=<token>`) opens the phone's page, which never signs in; any other URL the desktop's.
const phone = phoneLinkParams(new URLSearchParams(location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>{phone ? <PhonePage {...phone} /> : <DemoApp />}</StrictMode>,
);
