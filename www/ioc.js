// The wall page: one <chiso-widget> filling the screen, with the wall's defaults, each of which the
// query string can override (`ioc.html?rotate-seconds=10&lang=en`), so that one page serves every
// screen of the operations centre. The element is created with its attributes, so it loads once.
const defaults = {
  src: 'data/khanh-hoa.json',
  theme: 'ioc',
  lang: 'vi',
  view: 'overview',
  rotate: 'overview,gaps,budget',
  'rotate-seconds': '20',
  refresh: '5',
  timeout: '30',
};
const names = [...Object.keys(defaults), 'refresh-seconds', 'max-bytes', 'entity', 'period'];
const query = new URLSearchParams(location.search);
const wall = document.createElement('chiso-widget');
wall.id = 'wall';
for (const name of names) {
  const value = query.has(name) ? query.get(name) : defaults[name];
  if (value != null && value !== '') wall.setAttribute(name, value);
}
// The page's language follows the wall's (screen readers, hyphenation, the browser's fonts).
document.documentElement.lang = wall.getAttribute('lang') === 'en' ? 'en' : 'vi';
document.body.append(wall);
