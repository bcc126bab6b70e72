// Mounts the widget with the JS API and inline data (a parsed object), for the tests to drive.
import * as chiso from '/pkg/chiso-widget.js';

const data = await (await fetch('/data/khanh-hoa.json')).json();
window.chiso = chiso;
window.handle = chiso.mount(document.getElementById('host'), { data, view: 'overview', lang: 'vi' });
window.chisoReady = true;
