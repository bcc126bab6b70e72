// The parent's side of the iframe embed: follow the height the iframe reports.
const frame = document.getElementById('chiso-frame');
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow) return;
  const { type, height } = event.data || {};
  if (type === 'chiso:height' && Number.isFinite(height)) frame.style.height = `${height}px`;
});
