/**
 * Browser code of `/websdk/liveness.html?token=…`, the standalone page the
 * `sumsub_liveness_check_url` attribute links to: the same mini-flow, completed through
 * `POST /__sandbox/liveness/tokens/{token}/complete`. A link cannot be renewed, so an expired or
 * unknown token ends the flow. Prepended with MINI_FLOW_SCRIPT when served.
 * Plain JavaScript: no placeholders, no backticks.
 */
export const LIVENESS_SCRIPT = String.raw`(function () {
  'use strict';
  var S = SandboxStandIn;
  var ACTIVE = { loading: true, ready: true, camera: true };
  var token = S.decodedParam('token');
  var checking = false;
  var timer = 0;

  S.setTheme(S.rawParam('theme'));

  var flow = S.createFlow({
    texts: {
      completed: 'Liveness check complete. You can close this tab.',
      'token-error': 'This link has expired or is not valid.'
    },
    onFinish: finish,
    onExpire: function () { S.postAction(token, 'expire').then(tick, S.noop); }
  });

  function stop() {
    window.clearInterval(timer);
  }

  function tick() {
    if (checking || !ACTIVE[flow.state()]) return;
    checking = true;
    S.checkToken(token).then(function (valid) {
      checking = false;
      flow.count('checks');
      if (!ACTIVE[flow.state()]) return;
      if (!valid) {
        stop();
        flow.setState('token-error');
      } else if (flow.state() === 'loading') {
        flow.setState('ready');
      }
    }, function () {
      checking = false; // the sandbox did not answer: try again on the next tick
    });
  }

  function finish() {
    flow.setState('completing');
    S.postAction(token, 'complete').then(function (status) {
      if (status >= 200 && status < 300) {
        stop();
        flow.setState('completed');
      } else if (status === 404) {
        stop();
        flow.setState('token-error');
      } else {
        flow.setState('error');
      }
    }, function () { flow.setState('error'); });
  }

  if (!token) {
    flow.setState('token-error');
    return;
  }
  flow.showToken(token);
  tick();
  timer = window.setInterval(tick, 1000);
})();
`;
