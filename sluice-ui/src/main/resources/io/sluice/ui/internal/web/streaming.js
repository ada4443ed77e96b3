// The Streaming page: polls the REST API every second and redraws the timelines, histograms and tables in place,
// without reloading. Charts are Chart.js (served from its webjar).
'use strict';

const REFRESH_MS = 1000;
const CHART_BATCHES = 500;   // batches on the timelines: the newest ones the server retains, up to this many
const TABLE_BATCHES = 100;   // completed batches listed in the table
const charts = {};

const METRICS = [
  {key: 'input-rate', label: 'records/sec', value: (b, stats) => b.inputSize * 1000 / stats.batchDuration},
  {key: 'scheduling-delay', label: 'ms', value: b => b.schedulingDelay},
  {key: 'processing-time', label: 'ms', value: b => b.processingTime},
  {key: 'total-delay', label: 'ms', value: b => b.totalDelay},
];

function timeline(key, label) {
  return new Chart(document.getElementById('timeline-' + key), {
    type: 'line',
    data: {datasets: [{label: label, data: [], borderColor: '#1f77b4', backgroundColor: '#1f77b4', pointRadius: 2,
      borderWidth: 1.5}]},
    options: {
      animation: false, responsive: true, maintainAspectRatio: false, parsing: false, normalized: true,
      plugins: {legend: {display: false}},
      scales: {
        x: {type: 'linear', ticks: {maxTicksLimit: 6, callback: v => Sluice.batchTime(v).split(' ')[1]}},
        y: {beginAtZero: true, title: {display: true, text: label}},
      },
      onClick: (event, elements, chart) => {
        if (elements.length) {
          const point = chart.data.datasets[elements[0].datasetIndex].data[elements[0].index];
          window.location.href = '/streaming/batch/?id=' + point.x;
        }
      },
    },
  });
}

function histogram(key, label) {
  return new Chart(document.getElementById('histogram-' + key), {
    type: 'bar',
    data: {labels: [], datasets: [{label: 'batches', data: [], backgroundColor: '#1f77b4'}]},
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: {legend: {display: false}},
      scales: {x: {title: {display: true, text: label}}, y: {beginAtZero: true, ticks: {precision: 0}}},
    },
  });
}

// Ten bins between the smallest and the largest value, as Spark's histograms.
function bins(values) {
  if (!values.length) return {labels: [], counts: []};
  const min = Math.min(...values);
  const max = Math.max(...values);
  const n = 10;
  const width = (max - min) / n || 1;
  const counts = new Array(n).fill(0);
  for (const v of values) {
    counts[Math.min(n - 1, Math.floor((v - min) / width))]++;
  }
  const digits = width >= 10 ? 0 : width >= 1 ? 1 : 2;
  const labels = counts.map((_, i) => (min + i * width).toFixed(digits));
  return {labels, counts};
}

function drawCharts(stats, completed, receivers) {
  const oldestFirst = completed.slice().reverse();
  for (const m of METRICS) {
    const points = oldestFirst.map(b => ({x: b.batchId, y: m.value(b, stats)})).filter(p => p.y !== undefined);
    const line = charts['timeline-' + m.key];
    line.data.datasets[0].data = points;
    if (m.key === 'input-rate') {
      line.data.datasets.length = 1;
      receivers.forEach((r, i) => line.data.datasets.push({
        label: 'stream ' + r.streamId, data: r.eventRates.map(p => ({x: p[0], y: p[1]})), pointRadius: 0,
        borderWidth: 1, borderDash: [4, 3], borderColor: ['#ff7f0e', '#2ca02c', '#d62728', '#9467bd'][i % 4]}));
    }
    line.update('none');
    const h = bins(points.map(p => p.y));
    const bar = charts['histogram-' + m.key];
    bar.data.labels = h.labels;
    bar.data.datasets[0].data = h.counts;
    bar.update('none');
  }
}

function drawSummary(stats) {
  Sluice.setText('batch-duration', Sluice.duration(stats.batchDuration));
  const start = Sluice.parseDate(stats.startTime);
  Sluice.setText('start-time', Sluice.batchTime(start));
  Sluice.setText('uptime', Sluice.duration(stats.uptime));
  Sluice.setText('completed-count', String(stats.numTotalCompletedBatches));
  Sluice.setText('record-count', String(stats.numProcessedRecords));
  Sluice.setText('avg-input-rate', stats.avgInputRate === undefined ? '-' : stats.avgInputRate.toFixed(2));
  Sluice.setText('avg-scheduling-delay', Sluice.duration(stats.avgSchedulingDelay));
  Sluice.setText('avg-processing-time', Sluice.duration(stats.avgProcessingTime));
  Sluice.setText('avg-total-delay', Sluice.duration(stats.avgTotalDelay));
  Sluice.setText('receivers-active', stats.numActiveReceivers + ' / ' + stats.numReceivers);
  Sluice.setText('timelines-title', 'Timelines (Last ' + stats.numRetainedCompletedBatches + ' batches, '
    + stats.numActiveBatches + ' active, ' + stats.numTotalCompletedBatches + ' completed)');
}

function opsCell(b) {
  return (b.numCompletedOutputOps) + '/' + b.numTotalOutputOps
    + (b.numFailedOutputOps ? ' (' + b.numFailedOutputOps + ' failed)' : '');
}

function drawBatches(stats, batches) {
  const active = batches.filter(b => b.status !== 'COMPLETED');
  const completed = batches.filter(b => b.status === 'COMPLETED').slice(0, TABLE_BATCHES);
  Sluice.setText('active-title', 'Running and Waiting Batches (' + active.length + ')');
  const activeBody = document.querySelector('#active-table tbody');
  activeBody.replaceChildren(...active.map(b => {
    const tr = document.createElement('tr');
    Sluice.cell(tr, Sluice.batchLink(b.batchId));
    Sluice.cell(tr, b.inputSize + ' records');
    Sluice.cell(tr, Sluice.duration(b.schedulingDelay));
    Sluice.cell(tr, Sluice.duration(b.processingTime));
    Sluice.cell(tr, opsCell(b));
    Sluice.cell(tr, b.status === 'QUEUED' ? 'queued' : 'processing');
    return tr;
  }));
  Sluice.setText('completed-title', 'Completed Batches (last ' + completed.length + ' out of '
    + stats.numTotalCompletedBatches + ')');
  const body = document.querySelector('#completed-table tbody');
  body.replaceChildren(...completed.map(b => {
    const tr = document.createElement('tr');
    tr.dataset.batchId = b.batchId;
    if (b.firstFailureReason) tr.className = 'failed';
    Sluice.cell(tr, Sluice.batchLink(b.batchId));
    Sluice.cell(tr, b.inputSize + ' records');
    Sluice.cell(tr, Sluice.duration(b.schedulingDelay));
    Sluice.cell(tr, Sluice.duration(b.processingTime));
    Sluice.cell(tr, Sluice.duration(b.totalDelay));
    Sluice.cell(tr, opsCell(b));
    Sluice.cell(tr, b.firstFailureReason ? 'failed' : 'succeeded');
    Sluice.cell(tr, b.firstFailureReason || '');
    return tr;
  }));
}

function drawReceivers(receivers) {
  const body = document.querySelector('#receivers-table tbody');
  body.replaceChildren(...receivers.map(r => {
    const tr = document.createElement('tr');
    const last = r.eventRates.length ? r.eventRates[r.eventRates.length - 1][1] : 0;
    Sluice.cell(tr, String(r.streamId));
    Sluice.cell(tr, r.streamName);
    Sluice.cell(tr, r.isActive ? 'ACTIVE' : 'INACTIVE');
    Sluice.cell(tr, r.executorHost || '');
    Sluice.cell(tr, last.toFixed(1));
    Sluice.cell(tr, r.avgEventRate === undefined ? '-' : r.avgEventRate.toFixed(1));
    Sluice.cell(tr, r.lastErrorTime ? Sluice.batchTime(Sluice.parseDate(r.lastErrorTime)) : '-');
    Sluice.cell(tr, r.lastErrorMessage || '-');
    return tr;
  }));
}

function drawState(state) {
  const body = document.querySelector('#state-table tbody');
  body.replaceChildren(...state.operators.map(op => {
    const tr = document.createElement('tr');
    Sluice.cell(tr, op.id);
    Sluice.cell(tr, op.operator);
    Sluice.cell(tr, op.description);
    Sluice.cell(tr, String(op.numKeys), 'state-keys');
    return tr;
  }));
  let text = 'Checkpoints: none (no checkpoint directory)';
  if (state.checkpointDirectory) {
    text = 'Checkpoints in ' + state.checkpointDirectory + ': ' + (state.checkpointAge === undefined
      ? 'none written yet'
      : 'last one includes batch ' + Sluice.batchTime(state.lastCheckpointBatchTime) + ', written '
        + Sluice.duration(state.checkpointAge) + ' ago');
  }
  Sluice.setText('checkpoint', text);
}

async function refresh() {
  try {
    const [stats, batches, receivers, state] = await Promise.all([
      Sluice.getJson('/statistics'), Sluice.getJson('/batches?limit=' + CHART_BATCHES),
      Sluice.getJson('/receivers'), Sluice.getJson('/state')]);
    drawSummary(stats);
    drawCharts(stats, batches.filter(b => b.status === 'COMPLETED'), receivers);
    drawBatches(stats, batches);
    drawReceivers(receivers);
    drawState(state);
    Sluice.status('updated ' + new Date().toLocaleTimeString());
  } catch (e) {
    Sluice.status('cannot reach the streaming context (stopped?): ' + e.message, true);
  }
}

for (const m of METRICS) {
  charts['timeline-' + m.key] = timeline(m.key, m.label);
  charts['histogram-' + m.key] = histogram(m.key, m.label);
}
refresh();
setInterval(refresh, REFRESH_MS);
