/**
 * Browser code shared by both stand-in pages, prepended to each page script. It defines one global,
 * `SandboxStandIn`: the token calls to the sandbox control routes and the mini-flow UI (which
 * section shows, the status line, focus, and the `data-*` state on <body> that tests read).
 *
 * Kept as plain ES5-style JavaScript in a string so the page works the same under tsx, vitest, the
 * library build and the published package, with no file-system access and no transpiler at run
 * time. Do not use template-literal placeholders or backticks inside.
 */
export const MINI_FLOW_SCRIPT = String.raw`var SandboxStandIn = (function () {
  'use strict';
  var body = document.body;
  var SECTIONS = ['sis-intro', 'sis-camera', 'sis-done', 'sis-waiting', 'sis-failed', 'sis-error'];
  var SECTION_BY_STATE = {
    ready: 'sis-intro', camera: 'sis-camera', completing: 'sis-camera', completed: 'sis-done',
    'waiting-token': 'sis-waiting', 'token-error': 'sis-failed', error: 'sis-error'
  };
  var STATUS_BY_STATE = {
    loading: 'Connecting…',
    ready: 'Ready. Press Start when you are.',
    camera: 'Camera on (simulated). Press Finish when you are done.',
    completing: 'Submitting…',
    completed: 'Liveness check complete.',
    'waiting-token': 'Session expired. Waiting for a new token…',
    'token-error': 'The access token was not accepted.',
    error: 'The sandbox did not answer.'
  };
  var TOOLS_STATES = { ready: true, camera: true };

  function byId(id) { return document.getElementById(id); }
  function noop() {}

  function tokenPath(token, action) {
    return '/__sandbox/liveness/tokens/' + encodeURIComponent(token) + (action ? '/' + action : '');
  }

  // Resolves true or false for a valid or invalid token; rejects when the sandbox did not answer.
  function checkToken(token) {
    return fetch(tokenPath(token), { cache: 'no-store', headers: { accept: 'application/json' } })
      .then(function (response) {
        if (response.status >= 500) throw new Error('sandbox answered ' + response.status);
        return response.json().then(function (check) {
          if (check && typeof check.valid === 'boolean') return check.valid;
          throw new Error('unexpected token check');
        }, function () {
          if (response.status === 404) return false;
          throw new Error('unexpected token check');
        });
      });
  }

  // Resolves to the HTTP status of POST .../{token}/{action}.
  function postAction(token, action) {
    return fetch(tokenPath(token, action), { method: 'POST', cache: 'no-store' })
      .then(function (response) { return response.status; });
  }

  // The raw (undecoded) value of a query parameter: the SDK puts base64 in the URL unencoded,
  // and URLSearchParams would turn its '+' into a space.
  function rawParam(name) {
    var parts = location.search.replace(/^\?/, '').split('&');
    for (var i = 0; i < parts.length; i++) {
      var eq = parts[i].indexOf('=');
      var key = eq === -1 ? parts[i] : parts[i].slice(0, eq);
      if (key === name) return eq === -1 ? '' : parts[i].slice(eq + 1);
    }
    return null;
  }

  function decodedParam(name) {
    var raw = rawParam(name);
    if (raw === null) return null;
    try { return decodeURIComponent(raw); } catch (e) { return raw; }
  }

  function randomId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    return String(Math.random()).slice(2) + String(Date.now());
  }

  // SumSub writes dates as "2024-05-01 10:20:30+0000".
  function sumsubDate(date) {
    return date.toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '+0000');
  }

  // The payload of idCheck.onApplicantStatusChanged once the review is done, in SumSub's shape.
  function approvedStatus() {
    var now = sumsubDate(new Date());
    return {
      reviewId: randomId(), attemptId: randomId(), attemptCnt: 1, levelName: 'sandbox-liveness',
      createDate: now, reviewDate: now, reviewStatus: 'completed',
      reviewResult: { reviewAnswer: 'GREEN' }, priority: 0, reprocessing: false, autoChecked: false
    };
  }

  function setTheme(theme) {
    if (theme === 'dark' || theme === 'light') body.setAttribute('data-theme', theme);
    showReceived();
  }

  // The host's colours, passed as --kyc-* custom properties in uiConf.customCssStr, become the page's.
  var LOOK_PROPERTIES = {
    'color-primary': '--sis-accent', 'color-on-primary': '--sis-accent-fg', 'color-surface': '--sis-bg',
    'color-text': '--sis-fg', 'color-muted': '--sis-muted', 'focus-ring': '--sis-focus'
  };
  var SAFE_VALUE = /^[#a-zA-Z0-9(),.%\s\/+-]{1,64}$/;

  function applyColors(css) {
    if (typeof css !== 'string') return;
    var declaration = /--kyc-([a-z-]+)\s*:\s*([^;{}]+);/g;
    var match;
    while ((match = declaration.exec(css))) {
      var property = LOOK_PROPERTIES[match[1]];
      var value = match[2].trim();
      if (!property || !SAFE_VALUE.test(value)) continue;
      body.style.setProperty(property, value); // CSSOM: allowed by the page's strict style-src
      if (match[1] === 'color-primary') body.setAttribute('data-accent', value);
    }
  }

  // What SumSub reads from the SDK's init message: language, theme and custom CSS.
  function applyLook(config) {
    if (!config || typeof config !== 'object') return;
    if (typeof config.lang === 'string' && /^[a-z]{2,3}$/i.test(config.lang)) body.setAttribute('data-lang', config.lang);
    setTheme(config.theme);
    if (config.uiConf && typeof config.uiConf === 'object') applyColors(config.uiConf.customCssStr);
    showReceived();
  }

  // Shows what the frame received, so a person (or a test) can check the host passed it on.
  function showReceived() {
    var line = byId('sis-received');
    var lang = body.getAttribute('data-lang');
    var theme = body.getAttribute('data-theme');
    if (!line || (!lang && !theme)) return;
    line.textContent = 'Received: language ' + (lang || 'not set') + ', ' + (theme || 'light') + ' theme.';
    line.hidden = false;
  }

  // hooks: { texts?, onStart?, onFinish?, onExpire?, onStateChange? }
  function createFlow(hooks) {
    var state = 'loading';
    var texts = hooks.texts || {};
    var counters = { updates: 0, checks: 0, requests: 0 };

    function setState(next) {
      var hadFocus = document.hasFocus() && document.activeElement !== body;
      state = next;
      body.setAttribute('data-state', next);
      var sectionId = SECTION_BY_STATE[next];
      SECTIONS.forEach(function (id) { byId(id).hidden = id !== sectionId; });
      byId('sis-status').textContent = texts[next] || STATUS_BY_STATE[next] || '';
      byId('sis-tools').hidden = !TOOLS_STATES[next];
      byId('sis-finish').disabled = next === 'completing';
      // Keep keyboard users in place when the button they pressed disappears; never steal focus
      // from the host page.
      if (hadFocus && sectionId && next !== 'completing') {
        var heading = byId(sectionId).querySelector('h2');
        if (heading) heading.focus();
      }
      (hooks.onStateChange || noop)(next);
    }

    function count(name) {
      counters[name] += 1;
      body.setAttribute('data-token-' + name, String(counters[name]));
    }

    function showToken(token) {
      // Never the whole token: the last 6 characters are enough to tell tokens apart.
      body.setAttribute('data-token-suffix', token ? token.slice(-6) : '');
    }

    byId('sis-start').addEventListener('click', function () {
      setState('camera');
      (hooks.onStart || noop)();
    });
    byId('sis-finish').addEventListener('click', function () { (hooks.onFinish || noop)(); });
    byId('sis-retry').addEventListener('click', function () { setState('camera'); });
    byId('sis-expire').addEventListener('click', function () { (hooks.onExpire || noop)(); });

    return {
      state: function () { return state; },
      setState: setState,
      count: count,
      showToken: showToken
    };
  }

  return {
    checkToken: checkToken,
    postAction: postAction,
    rawParam: rawParam,
    decodedParam: decodedParam,
    randomId: randomId,
    approvedStatus: approvedStatus,
    setTheme: setTheme,
    applyLook: applyLook,
    createFlow: createFlow,
    noop: noop
  };
})();
`;
