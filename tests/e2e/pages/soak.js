// The soak benchmark's page (tests/e2e/bench/soak.mjs): loops that run inside the page, so that
// thousands of cycles do not wait for a round trip to the test runner each.
import * as chiso from '/pkg/chiso-widget.js';

window.chiso = chiso;

const state = (el) => el.shadowRoot?.querySelector('.chiso')?.getAttribute('data-state');

/** Resolves when the widget has left `loading` (ready or an error panel). */
function settled(el) {
  return new Promise((resolve) => {
    const check = () => {
      const s = state(el);
      if (s && s !== 'loading') resolve(s);
      else requestAnimationFrame(check);
    };
    check();
  });
}

const setMode = (mode) => fetch(`/feed/control?mode=${mode}`).then((r) => r.json());

/** The file's mode for refresh number `i`: new files, with a failure every 5th cycle. */
function modeOf(i) {
  if (i % 10 === 4) return '500';
  if (i % 10 === 9) return 'invalid-json';
  return i % 2 === 0 ? 'good' : 'good2';
}

/** One wall widget refreshed `n` times; returns what each refresh did. */
window.refreshCycles = async (n, start = 0) => {
  let el = document.querySelector('#wall');
  if (!el) {
    await setMode('good');
    el = document.createElement('chiso-widget');
    el.id = 'wall';
    el.setAttribute('src', '/feed/data.json');
    el.setAttribute('view', 'overview');
    el.setAttribute('refresh', '600');
    document.getElementById('host').append(el);
    await settled(el);
  }
  const seen = {};
  for (let i = start; i < start + n; i++) {
    await setMode(modeOf(i));
    const outcome = await el.refresh();
    const key = `${modeOf(i)}:${outcome && outcome.swap ? 'swap' : 'kept'}`;
    seen[key] = (seen[key] || 0) + 1;
  }
  await setMode('good');
  return seen;
};

/** Adds and removes a widget `n` times, each drawing its figures first. */
window.mountCycles = async (n, view = 'overview') => {
  document.querySelector('#wall')?.remove();
  await setMode('good');
  const states = {};
  for (let i = 0; i < n; i++) {
    const el = document.createElement('chiso-widget');
    el.setAttribute('src', '/feed/data.json');
    el.setAttribute('view', view);
    document.getElementById('host').append(el);
    const s = await settled(el);
    states[s] = (states[s] || 0) + 1;
    el.remove();
  }
  return states;
};

window.soakReady = true;
