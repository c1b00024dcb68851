import type { CaseResult } from './harness.js';

/**
 * Renders throughput (MB/s, log scale) against message size (log scale) for each group, as a
 * self-contained SVG built from the run's own results.
 */
export function throughputChart(results: CaseResult[], groups: string[]): string {
  const W = 720;
  const H = 420;
  const m = { l: 70, r: 190, t: 30, b: 50 };
  const series = groups
    .map((g) => ({ g, pts: results.filter((r) => r.group === g && r.bytesPerOp).map((r) => ({ x: r.bytesPerOp!, y: (r.median * r.bytesPerOp!) / 1e6 })).sort((a, b) => a.x - b.x) }))
    .filter((s) => s.pts.length > 0);
  const xs = series.flatMap((s) => s.pts.map((p) => p.x));
  const ys = series.flatMap((s) => s.pts.map((p) => p.y));
  if (xs.length === 0) return '<svg xmlns="http://www.w3.org/2000/svg"/>';
  const lx0 = Math.floor(Math.log10(Math.min(...xs)));
  const lx1 = Math.ceil(Math.log10(Math.max(...xs)));
  const ly0 = Math.floor(Math.log10(Math.min(...ys)));
  const ly1 = Math.ceil(Math.log10(Math.max(...ys)));
  const px = (x: number) => m.l + ((Math.log10(x) - lx0) / (lx1 - lx0 || 1)) * (W - m.l - m.r);
  const py = (y: number) => H - m.b - ((Math.log10(y) - ly0) / (ly1 - ly0 || 1)) * (H - m.t - m.b);
  const colors = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  out.push(`<text x="${m.l}" y="18" font-size="14">Throughput against message size (seal + open, one core)</text>`);
  for (let e = lx0; e <= lx1; e++) {
    const x = px(10 ** e);
    out.push(`<line x1="${x}" y1="${m.t}" x2="${x}" y2="${H - m.b}" stroke="#ddd"/><text x="${x}" y="${H - m.b + 16}" text-anchor="middle">${fmtBytes(10 ** e)}</text>`);
  }
  for (let e = ly0; e <= ly1; e++) {
    const y = py(10 ** e);
    out.push(`<line x1="${m.l}" y1="${y}" x2="${W - m.r}" y2="${y}" stroke="#ddd"/><text x="${m.l - 6}" y="${y + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toPrecision(1)}</text>`);
  }
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 12}" text-anchor="middle">message size (bytes, log)</text>`);
  out.push(`<text transform="translate(18 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle">MB/s (log)</text>`);
  series.forEach((s, i) => {
    const c = colors[i % colors.length]!;
    out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${s.pts.map((p) => `${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ')}"/>`);
    for (const p of s.pts) out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${c}"/>`);
    out.push(`<rect x="${W - m.r + 12}" y="${m.t + i * 20}" width="12" height="12" fill="${c}"/><text x="${W - m.r + 30}" y="${m.t + i * 20 + 10}">${esc(s.g)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}

function fmtBytes(n: number): string {
  if (n >= 1e6) return `${n / 1e6} MB`;
  if (n >= 1e3) return `${n / 1e3} kB`;
  return `${n} B`;
}
