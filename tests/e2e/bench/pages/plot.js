// Observable Plot (with d3, SVG): the gaps bars and the monthly lines. Plot has no update API:
// an update draws a new SVG and swaps it in.
import { peerData, drawn, register, paceLong } from './harness.js';

const data = await peerData();
const { Plot } = window;
const gapsPlot = (rows) =>
  Plot.plot({
    width: 760,
    height: 1000,
    marginLeft: 300,
    y: { domain: rows.map((g) => g.label), label: null },
    marks: [
      Plot.barX(rows, { x: 'max', y: 'label', fill: '#d9dde3' }),
      Plot.barX(rows, { x: 'recoverable', y: 'label', fill: '#2563eb' }),
      Plot.ruleX([0]),
    ],
  });
const gapsBox = document.getElementById('gaps');
gapsBox.append(gapsPlot(data.gaps));
const long = paceLong(data.pace);
document.getElementById('pace').append(
  Plot.plot({
    width: 760,
    height: 360,
    x: { type: 'point', domain: data.pace.map((m) => m.month) },
    color: { legend: true },
    marks: [
      Plot.line(long, { x: 'month', y: 'value', stroke: 'series' }),
      Plot.dot(long, { x: 'month', y: 'value', fill: 'series' }),
    ],
  }),
);
await drawn();

register({
  update(k) {
    gapsBox.replaceChildren(gapsPlot(data.updates[(k - 1) % data.updates.length]));
  },
});
