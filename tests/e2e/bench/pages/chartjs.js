// Chart.js 4: the gaps bars (maximum behind, recoverable points in front) and the monthly lines.
import { peerData, drawn, register } from './harness.js';

const data = await peerData();
const common = { animation: false, responsive: true, maintainAspectRatio: false };
const gaps = new window.Chart(document.getElementById('gaps'), {
  type: 'bar',
  data: {
    labels: data.gaps.map((g) => g.label),
    datasets: [
      { label: 'Tối đa', data: data.gaps.map((g) => g.max), backgroundColor: '#d9dde3', grouped: false, order: 2 },
      { label: 'Có thể gỡ lại', data: data.gaps.map((g) => g.recoverable), backgroundColor: '#2563eb', grouped: false, order: 1 },
    ],
  },
  options: { ...common, indexAxis: 'y' },
});
new window.Chart(document.getElementById('pace'), {
  type: 'line',
  data: {
    labels: data.pace.map((m) => m.month),
    datasets: [
      { label: 'Lộ trình', data: data.pace.map((m) => m.planned), borderColor: '#f59e0b' },
      { label: 'Tiến độ đều', data: data.pace.map((m) => m.even), borderColor: '#9ca3af', borderDash: [6, 4], pointRadius: 0 },
      { label: 'Đã giải ngân', data: data.pace.map((m) => m.disbursed), borderColor: '#2563eb', borderWidth: 3 },
    ],
  },
  options: common,
});
await drawn();

register({
  update(k) {
    const next = data.updates[(k - 1) % data.updates.length];
    gaps.data.labels = next.map((g) => g.label);
    gaps.data.datasets[0].data = next.map((g) => g.max);
    gaps.data.datasets[1].data = next.map((g) => g.recoverable);
    gaps.update('none');
  },
});
