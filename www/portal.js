// The portal demo's own controls: switch the widget's language and theme through its attributes.
const widget = document.getElementById('widget');
const lang = document.getElementById('lang');
const theme = document.getElementById('theme');
const text = {
  vi: { heading: 'Chuyển đổi số của tỉnh: đang ở đâu, còn thiếu gì', lang: 'English', dark: 'Nền tối', light: 'Nền sáng' },
  en: { heading: 'The province\u2019s digital transformation: where it stands, what is missing', lang: 'Tiếng Việt', dark: 'Dark', light: 'Light' },
};
function refresh() {
  const l = widget.getAttribute('lang') === 'en' ? 'en' : 'vi';
  const dark = widget.getAttribute('theme') === 'dark';
  document.documentElement.lang = l;
  document.body.classList.toggle('dark', dark);
  document.getElementById('heading').textContent = text[l].heading;
  lang.textContent = text[l].lang;
  lang.setAttribute('aria-pressed', String(l === 'en'));
  theme.textContent = dark ? text[l].light : text[l].dark;
  theme.setAttribute('aria-pressed', String(dark));
}
lang.addEventListener('click', () => {
  widget.setAttribute('lang', widget.getAttribute('lang') === 'en' ? 'vi' : 'en');
  refresh();
});
theme.addEventListener('click', () => {
  widget.setAttribute('theme', widget.getAttribute('theme') === 'dark' ? 'light' : 'dark');
  refresh();
});
refresh();
