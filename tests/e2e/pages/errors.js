// Puts a widget on the page with the src of the query string, and a counter that must keep working.
const src = new URLSearchParams(location.search).get('src');
const el = document.createElement('chiso-widget');
if (src) el.setAttribute('src', src);
document.body.append(el);
let n = 0;
document.getElementById('counter').addEventListener('click', () => {
  document.getElementById('count').textContent = String(++n);
});
