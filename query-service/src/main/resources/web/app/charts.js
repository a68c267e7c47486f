// ECharts, only the parts the dashboard draws (tree-shaken by the bundler): lines, bars, the companion graph.
import * as echarts from 'echarts/core';
import { LineChart, BarChart, GraphChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { h, day, num, typeLabel } from './dom.js';

echarts.use([LineChart, BarChart, GraphChart, GridComponent, TooltipComponent, LegendComponent,
  CanvasRenderer]);

// Colour-blind safe (Okabe-Ito); every series also has its own symbol and line dash, so colour is never alone.
export const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin'];
const DASHES = ['solid', 'dashed', 'dotted', 'solid', 'dashed'];
export const TYPE_COLOUR = { PERSON: '#0072B2', ORGANIZATION: '#D55E00', LOCATION: '#009E73', MISC: '#6b6b6b' };
const TYPE_SYMBOL = { PERSON: 'circle', ORGANIZATION: 'rect', LOCATION: 'triangle', MISC: 'diamond' };

const live = new Set();
window.addEventListener('resize', () => live.forEach((c) => c.resize()));

/** Disposes the charts of the previous view. */
export function disposeAll() {
  live.forEach((c) => c.dispose());
  live.clear();
}

/** Draws option into el; resolves once ECharts has finished rendering (no animation: drawn in one pass). */
function draw(el, option) {
  const chart = echarts.init(el, null, { renderer: 'canvas' });
  live.add(chart);
  return new Promise((resolve) => {
    chart.on('finished', () => resolve(chart));
    chart.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
  });
}

/** A chart box: the canvas is hidden from screen readers, which get the caption and the table. */
function box(label) {
  return h('div', { class: 'chart', role: 'img', 'aria-label': label });
}

function table(caption, head, rows) {
  return h('details', { class: 'alt' }, h('summary', {}, 'Show as a table'),
    h('table', {}, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, head.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, r.map((x, i) => (i === 0 ? h('th', { scope: 'row' }, x) : h('td', {}, x))))))));
}

/**
 * Lines over time: buckets (first days) and series [{name, values}]. Returns {node, drawn} where drawn resolves
 * when the chart is on screen.
 */
export function timeChart({ title, buckets, series, yName, kind = 'line' }) {
  const total = series.map((s) => s.values.reduce((a, b) => a + b, 0));
  const label = `${title}: ${series.map((s, i) => `${s.name} ${num(total[i])} in all`).join(', ')}, `
    + `from ${day(buckets[0])} to ${day(buckets[buckets.length - 1])}. The table below holds every value.`;
  const el = box(label);
  const node = h('div', {}, el,
    table(title, ['Period starting', ...series.map((s) => s.name)], buckets.map((b, i) => [day(b), ...series.map((s) => num(s.values[i]))])));
  const many = buckets.length > 40;
  const drawn = () => draw(el, {
    color: COLOURS,
    grid: { left: 48, right: 16, top: series.length > 1 ? 40 : 20, bottom: 48, containLabel: true },
    legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: buckets.map(day), name: 'period starting', nameLocation: 'middle', nameGap: 30,
      axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: yName, nameLocation: 'middle', nameGap: 40, minInterval: 1 },
    series: series.map((s, i) => ({
      name: s.name, type: kind, data: s.values, symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: many ? 4 : 8,
      showSymbol: !many || series.length > 1, lineStyle: { type: DASHES[i % DASHES.length], width: 2 },
    })),
  });
  return { node, drawn };
}

/**
 * The companion graph: nodes [{id, name, type, articles}], edges [{source, target, weight}], the center first.
 * onOpen(id) is called when a node is clicked.
 */
export function companionGraph({ title, graph, onOpen }) {
  const others = graph.nodes.slice(1);
  const weightTo = new Map(graph.edges.filter((e) => e.source === graph.center || e.target === graph.center)
    .map((e) => [e.source === graph.center ? e.target : e.source, e.weight]));
  const label = `${title}: ${others.map((n) => `${n.name} (${typeLabel(n.type)}, ${weightTo.get(n.id) || 0} articles together)`).join(', ')}.`;
  const el = box(label);
  const node = h('div', {}, el,
    table(title, ['Companion', 'Type', 'Articles together'],
      others.map((n) => [n.name, typeLabel(n.type), num(weightTo.get(n.id) || 0)])));
  const max = Math.max(1, ...graph.edges.map((e) => e.weight));
  const maxArticles = Math.max(1, ...graph.nodes.map((n) => n.articles));
  const types = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
  const drawn = () => draw(el, {
    tooltip: {
      formatter: (p) => (p.dataType === 'edge'
        ? `${p.data.names}: ${num(p.data.value)} articles together`
        : `${p.data.name} (${typeLabel(p.data.type)}): ${num(p.data.articles)} articles`),
    },
    legend: { bottom: 0, data: types.map((t) => ({ name: typeLabel(t), icon: TYPE_SYMBOL[t] })) },
    series: [{
      type: 'graph', layout: 'force', roam: true, top: 16, bottom: 36, draggable: true,
      force: { repulsion: 700, edgeLength: [90, 220], gravity: 0.06, layoutAnimation: false },
      categories: types.map((t) => ({ name: typeLabel(t), symbol: TYPE_SYMBOL[t], itemStyle: { color: TYPE_COLOUR[t] } })),
      label: { show: true, position: 'right', fontSize: 12 },
      lineStyle: { color: '#8a8f98', opacity: 0.7, curveness: 0.1 },
      emphasis: { focus: 'adjacency' },
      data: graph.nodes.map((n) => ({
        id: String(n.id), name: n.name, type: n.type, articles: n.articles, category: types.indexOf(n.type) < 0 ? 3 : types.indexOf(n.type),
        symbolSize: n.id === graph.center ? 34 : 12 + 18 * Math.sqrt(n.articles / maxArticles),
        label: n.id === graph.center ? { fontWeight: 'bold' } : undefined,
      })),
      links: graph.edges.map((e) => {
        const a = graph.nodes.find((n) => n.id === e.source);
        const b = graph.nodes.find((n) => n.id === e.target);
        const central = e.source === graph.center || e.target === graph.center;
        return { source: String(e.source), target: String(e.target), value: e.weight,
          names: `${a ? a.name : e.source} and ${b ? b.name : e.target}`,
          // the center's own edges stand out; the companions' edges among themselves stay in the background
          lineStyle: { width: 1 + 5 * (e.weight / max), opacity: central ? 0.8 : 0.18 } };
      }),
    }],
  }).then((chart) => {
    chart.on('click', (p) => { if (p.dataType === 'node') onOpen(Number(p.data.id)); });
    return chart;
  });
  return { node, drawn };
}
