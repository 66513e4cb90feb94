import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadMessages } from '../src/react/i18n/catalogueFor';

// The first render of a file also compiles the questionnaire's lazy chunk; on a busy 2-core machine
// that alone can pass Testing Library's 1 s default. Waiting longer changes no assertion.
configure({ asyncUtilTimeout: 5000 });

// English is a chunk of its own, like every catalogue: a widget renders once its words have arrived.
// Loaded here once, so a test renders English widgets at once, as a page does after its first widget;
// src/react/i18n/lazyCatalogues.test.tsx covers the wait itself.
await loadMessages('en');

afterEach(() => {
  cleanup();
});
