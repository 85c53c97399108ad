// Attention over time: a uPlot bar chart of articles per day, week or month (from /api/timeline), sized to its box
// so it stays readable on a phone; the counts are also given as text for screen readers.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TimelineView } from '../api.js';
import { plural } from '../format.js';

const HEIGHT = 180;

function seconds(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / 1000;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9 Nov" for day and week ticks, "Nov 2016" for months, "2016" for years (UTC: buckets are calendar days). */
function tickLabel(v: number, incr: number): string {
  const d = new Date(v * 1000);
  if (incr >= 365 * 86_400) return String(d.getUTCFullYear());
  if (incr >= 30 * 86_400) return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

/** Draw the buckets; one bucket or none still gets a readable chart (or a sentence). */
export function AttentionChart(props: { timeline: TimelineView; title: string }): JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  const t = props.timeline;
  useEffect(() => {
    const el = box.current;
    if (!el || !t.buckets.length) return;
    const span = { day: 86_400, week: 7 * 86_400, month: 31 * 86_400 }[t.bucket];
    // An empty bucket on each side keeps the first and last bars off the edges (and gives a single bucket a span).
    const xs = [seconds(t.buckets[0]!.start) - span, ...t.buckets.map((b) => seconds(b.start)), seconds(t.buckets[t.buckets.length - 1]!.start) + span];
    const ys = [null, ...t.buckets.map((b) => b.count), null];
    const styles = getComputedStyle(el);
    const ink = styles.getPropertyValue('--ink').trim() || '#222';
    const accent = styles.getPropertyValue('--accent').trim() || '#2563eb';
    const opts: uPlot.Options = {
      width: Math.max(240, el.clientWidth),
      height: HEIGHT,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max ?? 1) * 1.15] } },
      axes: [
        {
          stroke: ink,
          grid: { show: false },
          size: 40,
          // ticks at whole days, weeks, months or years, never hours: a bucket is at least a day
          incrs: [86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400, 30 * 86_400, 91 * 86_400, 182 * 86_400, 365 * 86_400, 2 * 365 * 86_400],
          values: (_u, ticks, _space, _n, incr) => ticks.map((v) => tickLabel(v, incr)),
        },
        { stroke: ink, size: 36, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000], grid: { stroke: 'rgba(128,128,128,0.2)' } },
      ],
      series: [{}, { label: 'articles', stroke: accent, fill: accent, width: 1, paths: uPlot.paths.bars!({ size: [0.8, 48] }), points: { show: false } }],
    };
    const plot = new uPlot(opts, [xs, ys], el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, el.clientWidth), height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [t]);
  const peak = t.buckets.reduce((best, b) => (b.count > (best?.count ?? -1) ? b : best), t.buckets[0]);
  return (
    <figure class="chart">
      <figcaption>
        {props.title}: {plural(t.total - t.undated, 'dated article')} by {t.bucket}
        {t.undated ? `, ${t.undated} undated` : ''}
      </figcaption>
      {t.buckets.length ? (
        <div ref={box} class="chart-box" role="img" aria-label={`${t.buckets.length} ${t.bucket}s; busiest ${peak?.start}: ${peak?.count}`} />
      ) : (
        <p class="muted">No dated articles to chart.</p>
      )}
    </figure>
  );
}
