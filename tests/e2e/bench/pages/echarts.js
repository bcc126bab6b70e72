// ECharts (simple build, canvas renderer, animation off): the gaps bars and the monthly lines.
import { peerData, drawn, register } from './harness.js';

const data = await peerData();
const { echarts } = window;
const gaps = echarts.init(document.getElementById('gaps'), null, { renderer: 'canvas' });
const gapsOption = (rows) => ({
  yAxis: { type: 'category', inverse: true, data: rows.map((g) => g.label) },
  series: [
    { name: 'Tối đa', type: 'bar', data: rows.map((g) => g.max), itemStyle: { color: '#d9dde3' }, barGap: '-100%' },
    { name: 'Có thể gỡ lại', type: 'bar', data: rows.map((g) => g.recoverable), itemStyle: { color: '#2563eb' } },
  ],
});
gaps.setOption({
  animation: false,
  grid: { left: 300, right: 16, top: 8, bottom: 24 },
  xAxis: { type: 'value' },
  ...gapsOption(data.gaps),
});
const pace = echarts.init(document.getElementById('pace'), null, { renderer: 'canvas' });
pace.setOption({
  animation: false,
  legend: {},
  xAxis: { type: 'category', data: data.pace.map((m) => m.month) },
  yAxis: { type: 'value' },
  series: [
    { name: 'Lộ trình', type: 'line', data: data.pace.map((m) => m.planned) },
    { name: 'Tiến độ đều', type: 'line', data: data.pace.map((m) => m.even), lineStyle: { type: 'dashed' }, showSymbol: false },
    { name: 'Đã giải ngân', type: 'line', data: data.pace.map((m) => m.disbursed), lineStyle: { width: 3 } },
  ],
});
// Draw now (zrender otherwise paints on its next animation frame).
gaps.getZr().flush();
pace.getZr().flush();
await drawn();

register({
  update(k) {
    gaps.setOption(gapsOption(data.updates[(k - 1) % data.updates.length]));
    gaps.getZr().flush();
  },
});
