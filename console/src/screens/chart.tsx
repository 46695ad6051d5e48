// Sign-ins and failures per day, as a bar chart (uPlot draws on a canvas: no inline script,
// no eval; the styles it sets are element styles, allowed by the page's CSP).
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'preact/hooks';
import type { DailySignIns } from '../api';

const HEIGHT = 280;
const DAY = 86_400;

function dayToUnix(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

export function SignInChart(p: { data: DailySignIns[] }) {
  const box = useRef<HTMLDivElement>(null);
  const succeeded = p.data.reduce((n, d) => n + d.succeeded, 0);
  const failed = p.data.reduce((n, d) => n + d.failed, 0);
  const first = p.data[0]?.day;
  const last = p.data[p.data.length - 1]?.day;
  const summary = `Bar chart of sign-ins per day from ${first ?? '—'} to ${last ?? '—'} (UTC): ${succeeded} succeeded and ${failed} failed in total.`;

  useEffect(() => {
    const el = box.current;
    if (!el || p.data.length === 0) return;
    const xs = p.data.map((d) => dayToUnix(d.day));
    const ok = p.data.map((d) => d.succeeded);
    const bad = p.data.map((d) => d.failed);
    const width = () => Math.max(260, Math.floor(el.clientWidth));
    const bars = uPlot.paths.bars!;
    const opts: uPlot.Options = {
      width: width(),
      height: HEIGHT,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
      scales: {
        x: { time: true, range: (_u, min, max) => [min - DAY * 0.6, max + DAY * 0.6] },
        y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.15))] },
      },
      series: [
        { label: 'Day', value: (_u, v) => (v == null ? '—' : new Date(v * 1000).toISOString().slice(0, 10)) },
        {
          label: 'Succeeded',
          stroke: '#1a7f37',
          fill: 'rgba(26, 127, 55, 0.75)',
          width: 1,
          paths: bars({ align: -1, size: [0.4, 16] }),
          points: { show: false },
          value: (_u, v) => (v == null ? '—' : String(v)),
        },
        {
          label: 'Failed',
          stroke: '#b42318',
          fill: 'rgba(180, 35, 24, 0.75)',
          width: 1,
          paths: bars({ align: 1, size: [0.4, 16] }),
          points: { show: false },
          value: (_u, v) => (v == null ? '—' : String(v)),
        },
      ],
      axes: [
        { stroke: '#4b5563', grid: { stroke: '#eef0f3' }, ticks: { stroke: '#d0d5dd' } },
        {
          stroke: '#4b5563',
          grid: { stroke: '#eef0f3' },
          ticks: { stroke: '#d0d5dd' },
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000],
          values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : '')),
          size: 48,
        },
      ],
      legend: { show: true, live: true },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
    };
    const plot = new uPlot(opts, [xs, ok, bad], el);
    const ro = new ResizeObserver(() => {
      const w = width();
      if (w !== plot.width) plot.setSize({ width: w, height: HEIGHT });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [p.data]);

  return (
    <figure class="chart" data-testid="signin-chart">
      <figcaption>
        <span class="legend-swatch ok" aria-hidden="true" /> Succeeded{' '}
        <span class="legend-swatch bad" aria-hidden="true" /> Failed, per day (UTC), last {p.data.length} days
      </figcaption>
      <div class="chart-box" ref={box} role="img" aria-label={summary} />
      <p class="chart-totals" data-testid="signin-totals">
        <strong data-testid="signin-total-succeeded">{succeeded}</strong> successful and{' '}
        <strong data-testid="signin-total-failed">{failed}</strong> failed sign-ins in {p.data.length} days.
      </p>
      <details class="chart-data">
        <summary>The numbers behind the chart</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">Sign-ins per day</caption>
            <thead>
              <tr>
                <th scope="col">Day (UTC)</th>
                <th scope="col">Succeeded</th>
                <th scope="col">Failed</th>
              </tr>
            </thead>
            <tbody>
              {p.data.map((d) => (
                <tr key={d.day}>
                  <th scope="row">{d.day}</th>
                  <td>{d.succeeded}</td>
                  <td>{d.failed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
