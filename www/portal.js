// The portal demo's own controls: switch the widget's language and theme through its attributes,
// and the page's own texts (every element with `data-text`) with them.
const widget = document.getElementById('widget');
const lang = document.getElementById('lang');
const theme = document.getElementById('theme');
const text = {
  vi: {
    title: 'Chuyển đổi số Khánh Hòa — Cổng thông tin điện tử tỉnh',
    skip: 'Bỏ qua, đến nội dung chính',
    brand: 'Cổng thông tin điện tử tỉnh Khánh Hòa',
    controls: 'Ngôn ngữ và giao diện',
    heading: 'Chuyển đổi số của tỉnh: đang ở đâu, còn thiếu gì',
    intro:
      'Số liệu do Sở Khoa học và Công nghệ công bố. Mỗi biểu đồ có bảng số liệu và nguồn văn bản; số do chiso tính được đánh dấu †, số minh họa được đánh dấu *.',
    embed: 'Nhúng vào trang khác: xem',
    embedLink: 'trang mẫu nhúng iframe',
    briefing: 'Họp giao ban (máy chiếu):',
    briefingLink: 'kịch bản DTI, giải ngân và PII',
    lang: 'English',
    dark: 'Nền tối',
    light: 'Nền sáng',
  },
  en: {
    title: 'Khánh Hòa digital transformation — provincial portal',
    skip: 'Skip to the main content',
    brand: 'Khánh Hòa provincial portal',
    controls: 'Language and appearance',
    heading: 'The province\u2019s digital transformation: where it stands, what is missing',
    intro:
      'Figures published by the Department of Science and Technology. Every chart has a data table and its source documents; figures computed by chiso are marked †, illustrative figures *.',
    embed: 'To embed in another page, see',
    embedLink: 'the iframe embedding example',
    briefing: 'Briefings (projector):',
    briefingLink: 'DTI, disbursement and PII what-if',
    lang: 'Tiếng Việt',
    dark: 'Dark',
    light: 'Light',
  },
};
function refresh() {
  const l = widget.getAttribute('lang') === 'en' ? 'en' : 'vi';
  const dark = widget.getAttribute('theme') === 'dark';
  const t = text[l];
  document.documentElement.lang = l;
  document.title = t.title;
  document.body.classList.toggle('dark', dark);
  for (const el of document.querySelectorAll('[data-text]')) el.textContent = t[el.dataset.text];
  document.getElementById('controls').setAttribute('aria-label', t.controls);
  lang.textContent = t.lang;
  lang.setAttribute('aria-pressed', String(l === 'en'));
  theme.textContent = dark ? t.light : t.dark;
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
