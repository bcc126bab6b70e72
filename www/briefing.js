// The briefing page's own controls: which what-if view the widget shows, and its language.
// The view and the language are kept in the page URL (`view`, `lang`) beside the widget's own
// `scenario` parameter (written by the widget itself under `sync-url`), so a shared link reopens
// the same screen.
const widget = document.getElementById('widget');
const lang = document.getElementById('lang');
const buttons = [...document.querySelectorAll('#views button')];
const VIEWS = buttons.map((b) => b.dataset.view);
const text = {
  vi: {
    heading: 'Họp giao ban: nếu… thì điểm, hạng và giải ngân ra sao?',
    lang: 'English',
    views: { whatif: 'Kịch bản DTI', 'budget-whatif': 'Giải ngân', pii: 'PII' },
    nav: 'Màn hình',
    note: 'Mọi số trong kịch bản là ước tính, không phải số liệu chính thức. Đường dẫn của trang giữ nguyên kịch bản: gửi đường dẫn để mở lại đúng kịch bản này.',
    portal: 'Trang tổng quan',
    skip: 'Bỏ qua, đến nội dung chính',
    title: 'Họp giao ban — kịch bản chuyển đổi số Khánh Hòa',
  },
  en: {
    heading: 'Briefing: what if… — points, rank and disbursement',
    lang: 'Tiếng Việt',
    views: { whatif: 'DTI what-if', 'budget-whatif': 'Disbursement', pii: 'PII' },
    nav: 'Screens',
    note: 'Every scenario figure is an estimate, not an official figure. The page address keeps the scenario: share it to reopen exactly this scenario.',
    portal: 'Overview page',
    skip: 'Skip to main content',
    title: 'Briefing — Khánh Hòa digital transformation scenarios',
  },
};

/**
 * Writes one page URL parameter, keeping the others (the widget's `scenario` among them) exactly as
 * they are written (URLSearchParams would re-encode the scenario's `~` and `:`).
 */
function setParam(name, value) {
  const url = new URL(window.location.href);
  const pairs = url.search.replace(/^\?/, '').split('&').filter((p) => p && p.split('=')[0] !== name);
  pairs.push(`${name}=${encodeURIComponent(value)}`);
  url.search = `?${pairs.join('&')}`;
  window.history.replaceState(window.history.state, '', url);
}

function refresh() {
  const l = widget.getAttribute('lang') === 'en' ? 'en' : 'vi';
  const view = widget.getAttribute('view');
  const t = text[l];
  document.documentElement.lang = l;
  document.title = t.title;
  document.getElementById('heading').textContent = t.heading;
  document.querySelector('.skip').textContent = t.skip;
  document.getElementById('views').setAttribute('aria-label', t.nav);
  const note = document.getElementById('note');
  const portal = document.getElementById('portal');
  portal.textContent = t.portal;
  note.replaceChildren(document.createTextNode(`${t.note} `), portal);
  lang.textContent = t.lang;
  lang.setAttribute('aria-pressed', String(l === 'en'));
  for (const b of buttons) {
    b.textContent = t.views[b.dataset.view];
    b.setAttribute('aria-pressed', String(b.dataset.view === view));
  }
}

// The page URL wins over the markup, as it does for the widget's scenario.
const params = new URL(window.location.href).searchParams;
if (VIEWS.includes(params.get('view'))) widget.setAttribute('view', params.get('view'));
if (['vi', 'en'].includes(params.get('lang'))) widget.setAttribute('lang', params.get('lang'));

for (const b of buttons) {
  b.addEventListener('click', () => {
    widget.setAttribute('view', b.dataset.view);
    setParam('view', b.dataset.view);
    refresh();
  });
}
lang.addEventListener('click', () => {
  const next = widget.getAttribute('lang') === 'en' ? 'vi' : 'en';
  widget.setAttribute('lang', next);
  setParam('lang', next);
  refresh();
});
refresh();
