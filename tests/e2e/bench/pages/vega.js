// Vega-Lite through vega-embed (canvas renderer): the gaps bars and the monthly lines. An update
// replaces the named dataset `gaps` and runs the view.
import { peerData, drawn, register, paceLong } from './harness.js';

const data = await peerData();
const options = { renderer: 'canvas', actions: false };
const gaps = await window.vegaEmbed(
  '#gaps',
  {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 440,
    height: { step: 20 },
    datasets: { gaps: data.gaps },
    data: { name: 'gaps' },
    encoding: { y: { field: 'label', type: 'nominal', sort: null, title: null } },
    layer: [
      { mark: { type: 'bar', color: '#d9dde3' }, encoding: { x: { field: 'max', type: 'quantitative' } } },
      { mark: { type: 'bar', color: '#2563eb' }, encoding: { x: { field: 'recoverable', type: 'quantitative' } } },
    ],
  },
  options,
);
await window.vegaEmbed(
  '#pace',
  {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 640,
    height: 300,
    data: { values: paceLong(data.pace) },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: null },
      y: { field: 'value', type: 'quantitative' },
      color: { field: 'series', type: 'nominal' },
    },
  },
  options,
);
await drawn();

register({
  async update(k) {
    gaps.view.data('gaps', data.updates[(k - 1) % data.updates.length]);
    await gaps.view.runAsync();
  },
});
