// The iframe page: embed.html?src=…&view=…&lang=…&theme=…&entity=…&period=…
// It shows one <chiso-widget> and tells its parent its height, so the iframe fits without
// scrollbars: parent.postMessage({type: 'chiso:height', height}, '*').
const params = new URLSearchParams(location.search);
const widget = document.createElement('chiso-widget');
for (const name of ['src', 'view', 'lang', 'theme', 'entity', 'period']) {
  const value = params.get(name);
  if (value !== null) widget.setAttribute(name, value);
}
if (!params.has('src')) widget.setAttribute('src', 'data/khanh-hoa.json');
document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'vi';
const main = document.getElementById('main');
main.append(widget);

let last = 0;
function report() {
  const height = Math.ceil(main.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'chiso:height', height }, '*');
  }
}
new ResizeObserver(report).observe(main);
report();
