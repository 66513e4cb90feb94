import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render of a file also compiles the questionnaire's lazy chunk; on a busy 2-core machine
// that alone can pass Testing Library's 1 s default. Waiting longer changes no assertion.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
