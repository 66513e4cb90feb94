/**
 * Browser code of `/websdk/websdk.html`: the frame side of the protocol `@sumsub/websdk` 2.9 speaks
 * with its iframe (read from the bundled SDK in `@sumsub/websdk-react/dist`):
 *
 * - the SDK loads `{baseUrl}/websdk/websdk.html?_=id_<btoa(accessToken)>[&theme=…]` and accepts
 *   messages only when `event.origin === baseUrl`;
 * - the frame posts `{method: 'idCheck.onReady', frameId, sessionId}`; `frameId` must equal the `_`
 *   value, and every later message must carry the same `sessionId` or the SDK drops it;
 * - the SDK answers `{method: 'idCheck.init', accessToken, origin, …config, options}`;
 * - `{method: 'idCheck.onError', code: 'invalid-token'}` makes the SDK call the expiration handler
 *   and post `{method: 'idCheck.updateAccessToken', accessToken, error}` (accessToken null when the
 *   handler failed);
 * - the stand-in refuses a token the sandbox does not accept, including a renewed one, each time with
 *   another `invalid-token` (so a host that renews blindly loops; the widget's refresher must stop it);
 * - `lang`, `theme` and `uiConf.customCssStr` (`--kyc-*` colours) of `idCheck.init` are shown and applied;
 * - `idCheck.onResize {height}` sizes the iframe; every other `idCheck.*` message is handed to
 *   `onMessage(type, payload)` without method/frameId/sessionId.
 *
 * Prepended with MINI_FLOW_SCRIPT when served. Plain JavaScript: no placeholders, no backticks.
 */
export const WEBSDK_SCRIPT = String.raw`(function () {
  'use strict';
  var S = SandboxStandIn;
  var ACTIVE = { loading: true, ready: true, camera: true };
  var frameId = S.rawParam('_') || '';
  var sessionId = S.randomId();
  var hostOrigin = null;   // set by idCheck.init; later messages must come from it
  var targetOrigin = '*';
  var token = null;        // the accepted access token
  var candidate = null;    // a token from idCheck.updateAccessToken, not yet verified
  var awaitingToken = false;
  var resumeState = 'ready';
  var initialized = false;
  var checking = false;
  var lastHeight = 0;
  var timer = 0;
  var main = document.getElementById('sis-main');

  S.setTheme(S.rawParam('theme'));

  var flow = S.createFlow({
    onStart: function () { post('idCheck.onStepInitiated', { idDocSetType: 'SELFIE', types: ['SELFIE'] }); },
    onFinish: finish,
    onExpire: function () { if (token) S.postAction(token, 'expire').then(tick, S.noop); },
    onStateChange: reportSize
  });

  function post(method, payload) {
    var message = { method: method, frameId: frameId, sessionId: sessionId };
    if (payload) Object.keys(payload).forEach(function (key) { message[key] = payload[key]; });
    window.parent.postMessage(message, targetOrigin);
  }

  function reportSize() {
    if (!hostOrigin) return;
    var height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
    if (height === lastHeight) return;
    lastHeight = height;
    post('idCheck.onResize', { height: height });
  }

  function requestToken(resumeTo) {
    awaitingToken = true;
    resumeState = resumeTo;
    flow.count('requests');
    flow.setState('waiting-token');
    post('idCheck.onError', { code: 'invalid-token', error: 'The access token is not valid or has expired' });
  }

  function accept(accepted) {
    token = accepted;
    candidate = null;
    awaitingToken = false;
    flow.showToken(token);
    if (!initialized) {
      initialized = true;
      flow.setState('ready');
      post('idCheck.onInitialized');
    } else {
      flow.setState(resumeState);
    }
  }

  // Runs every second: verifies a new token, or re-checks the current one so that a token that
  // expires while the frame is open is noticed and renewed through the SDK.
  function tick() {
    if (checking || !hostOrigin) return;
    var subject = candidate;
    if (!subject && !awaitingToken && token && ACTIVE[flow.state()]) subject = token;
    if (!subject) return;
    checking = true;
    S.checkToken(subject).then(function (valid) {
      checking = false;
      flow.count('checks');
      if (subject === candidate) {
        if (valid) {
          flow.count('updates');
          accept(subject);
        } else {
          // As SumSub does: a refused token is refused again, and the SDK is asked for another one.
          candidate = null;
          requestToken(resumeState);
        }
      } else if (subject === token && !candidate && !awaitingToken && ACTIVE[flow.state()]) {
        if (!valid) requestToken(flow.state() === 'camera' ? 'camera' : 'ready');
        else if (flow.state() === 'loading') accept(token);
      }
      if (candidate && candidate !== subject) tick();
    }, function () {
      checking = false; // the sandbox did not answer: try again on the next tick
    });
  }

  function stop() {
    window.clearInterval(timer);
  }

  function finish() {
    if (!token) return;
    var used = token;
    flow.setState('completing');
    S.postAction(used, 'complete').then(function (status) {
      if (status >= 200 && status < 300) {
        stop();
        flow.setState('completed');
        post('idCheck.onStepCompleted', { idDocSetType: 'SELFIE' });
        post('idCheck.onApplicantSubmitted');
        post('idCheck.onApplicantStatusChanged', S.approvedStatus());
      } else if (status === 404 && used === token) {
        requestToken('camera');
      } else {
        flow.setState('error');
      }
    }, function () { flow.setState('error'); });
  }

  function onInit(event, data) {
    if (hostOrigin || typeof data.accessToken !== 'string' || !data.accessToken) return;
    hostOrigin = event.origin;
    targetOrigin = /^https?:/.test(event.origin) ? event.origin : '*';
    token = data.accessToken;
    flow.showToken(token);
    S.applyLook(data);
    reportSize();
    tick();
    timer = window.setInterval(tick, 1000);
  }

  function onUpdate(data) {
    if (!hostOrigin) return;
    if (typeof data.accessToken === 'string' && data.accessToken) {
      candidate = data.accessToken;
      tick();
    } else {
      // The host's expiration handler failed: nothing left to try.
      candidate = null;
      awaitingToken = false;
      flow.setState('token-error');
    }
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.method !== 'string') return;
    if (hostOrigin && event.origin !== hostOrigin) return;
    if (data.method === 'idCheck.init') onInit(event, data);
    else if (data.method === 'idCheck.updateAccessToken') onUpdate(data);
    else if (data.method === 'idCheck.callSetTheme') S.setTheme(data.theme);
  });

  if (typeof ResizeObserver === 'function') new ResizeObserver(reportSize).observe(main);

  // The SDK registers its message listener before it sets the iframe src, so this is never missed.
  post('idCheck.onReady');
})();
`;
