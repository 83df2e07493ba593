// Pure: the History view's three charts as SVG text (no scripts, no libraries). Colours come from classes that
// the page's stylesheet maps to VS Code theme variables, so the charts follow the theme.
import type { DayCount } from '../../sidecar/protocol';
import type { DayScoreDto, HistoryResponse } from '../../sidecar/protocol.tracks';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const weekday = (iso: string) => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0

/** 0 (none) to 4 (most), relative to the busiest day. */
export function level(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4)));
}

/**
 * A calendar heatmap of the completions per day (topics completed, cards learned) over the last `weeks` weeks, one
 * column a week (Monday on top), one square a day; each square's tooltip adds the items reviewed that day.
 */
export function heatmapSvg(today: string, completions: DayCount[], reviews: DayCount[], weeks = 13): string {
  const done = new Map(completions.map(d => [d.date, d.count]));
  const reviewed = new Map(reviews.map(d => [d.date, d.count]));
  const max = Math.max(0, ...completions.map(d => d.count));
  const cell = 14;
  const first = addDays(today, -(weeks - 1) * 7 - weekday(today));
  const rects: string[] = [];
  for (let i = 0; ; i++) {
    const day = addDays(first, i);
    if (day > today) break;
    const count = done.get(day) ?? 0;
    const x = 30 + Math.floor(i / 7) * cell;
    const y = 4 + weekday(day) * cell;
    rects.push(`<rect class="heat l${level(count, max)}" x="${x}" y="${y}" width="${cell - 3}" height="${cell - 3}" rx="2" data-date="${day}">` +
      `<title>${day}: ${count} completed, ${reviewed.get(day) ?? 0} reviewed</title></rect>`);
  }
  const labels = ['Mon', 'Wed', 'Fri'].map((l, i) => `<text class="axis" x="0" y="${14 + i * 2 * cell}">${l}</text>`).join('');
  const width = 30 + weeks * cell + 4;
  return `<svg class="chart heatmap" role="img" aria-label="Completions per day, last ${weeks} weeks" width="${width}" height="${4 + 7 * cell}" viewBox="0 0 ${width} ${4 + 7 * cell}">${labels}${rects.join('')}</svg>`;
}

/** Mean knowledge-check percent per day as a line with dots, on a 0-100 axis. */
export function lineChartSvg(scores: DayScoreDto[], width = 420, height = 160): string {
  const left = 34, bottom = 20, top = 8, right = 8;
  const plotW = width - left - right, plotH = height - top - bottom;
  const y = (p: number) => top + plotH - (p / 100) * plotH;
  const grid = [0, 50, 100].map(p => `<line class="grid" x1="${left}" x2="${width - right}" y1="${y(p)}" y2="${y(p)}"/>` +
    `<text class="axis" x="0" y="${y(p) + 4}">${p}%</text>`).join('');
  if (scores.length === 0) {
    return `<svg class="chart line" role="img" aria-label="No knowledge checks yet" width="${width}" height="${height}">${grid}` +
      `<text class="empty" x="${left + 8}" y="${top + plotH / 2}">No knowledge checks yet</text></svg>`;
  }
  const x = (i: number) => left + (scores.length === 1 ? plotW / 2 : (i / (scores.length - 1)) * plotW);
  const points = scores.map((s, i) => `${x(i).toFixed(1)},${y(s.meanPercent).toFixed(1)}`).join(' ');
  const dots = scores.map((s, i) => `<circle class="dot" cx="${x(i).toFixed(1)}" cy="${y(s.meanPercent).toFixed(1)}" r="3">` +
    `<title>${s.date}: ${s.meanPercent}% (${s.answers} answers)</title></circle>`).join('');
  const ends = `<text class="axis" x="${left}" y="${height - 4}">${esc(scores[0].date)}</text>` +
    (scores.length > 1 ? `<text class="axis" text-anchor="end" x="${width - right}" y="${height - 4}">${esc(scores[scores.length - 1].date)}</text>` : '');
  return `<svg class="chart line" role="img" aria-label="Knowledge-check scores over time" width="${width}" height="${height}">${grid}` +
    `<polyline class="trend" points="${points}"/>${dots}${ends}</svg>`;
}

/** Reviews due per day as bars; the first bar (today) includes everything overdue. */
export function barChartSvg(forecast: DayCount[], width = 420, height = 160): string {
  const left = 24, bottom = 20, top = 8;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...forecast.map(d => d.count));
  const slot = (width - left) / Math.max(1, forecast.length);
  const bars = forecast.map((d, i) => {
    const h = (d.count / max) * plotH;
    return `<rect class="bar${i === 0 ? ' today' : ''}" x="${(left + i * slot + 1).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" ` +
      `width="${Math.max(1, slot - 2).toFixed(1)}" height="${h.toFixed(1)}" data-date="${d.date}" data-count="${d.count}"><title>${d.date}: ${d.count} due</title></rect>`;
  }).join('');
  const axis = `<text class="axis" x="0" y="${top + 10}">${max}</text><text class="axis" x="0" y="${top + plotH}">0</text>` +
    (forecast.length > 0 ? `<text class="axis" x="${left}" y="${height - 4}">${forecast[0].date}</text>` +
      `<text class="axis" text-anchor="end" x="${width}" y="${height - 4}">${forecast[forecast.length - 1].date}</text>` : '');
  return `<svg class="chart bars" role="img" aria-label="Reviews due per day" width="${width}" height="${height}">${axis}${bars}</svg>`;
}

const sum = (days: DayCount[]) => days.reduce((n, d) => n + d.count, 0);

/** The whole page body: three sections with a one-line summary each. */
export function historyBody(h: HistoryResponse): string {
  const due = sum(h.forecast);
  const lastScore = h.checkScores[h.checkScores.length - 1];
  return `<h1>History · ${esc(h.activeGroup)} tracks</h1>
<section><h2>Completions per day</h2><p class="summary">${sum(h.completions)} completed · ${sum(h.reviews)} reviews in the last 13 weeks</p>${heatmapSvg(h.today, h.completions, h.reviews)}
<p class="legend">Less <svg width="70" height="12">${[0, 1, 2, 3, 4].map(l => `<rect class="heat l${l}" x="${l * 14}" y="0" width="11" height="11" rx="2"/>`).join('')}</svg> More</p></section>
<section><h2>Knowledge-check scores</h2><p class="summary">${lastScore ? `latest ${lastScore.meanPercent}% on ${esc(lastScore.date)}` : 'none yet'}</p>${lineChartSvg(h.checkScores)}</section>
<section><h2>Reviews due, next ${h.forecast.length} days</h2><p class="summary">${due} due · ${h.forecast[0]?.count ?? 0} today (with overdue)</p>${barChartSvg(h.forecast)}</section>`;
}
