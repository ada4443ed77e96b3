// Formatting shared by the Streaming page and the batch page, as Spark's UI writes times and durations.
'use strict';

const Sluice = {
  api: '/api/v1/streaming',

  async getJson(path) {
    const response = await fetch(Sluice.api + path, {cache: 'no-store'});
    if (!response.ok) {
      throw new Error(path + ': HTTP ' + response.status + ' ' + (await response.text()).trim());
    }
    return response.json();
  },

  // "350 ms", "1.2 s", "3.5 min", "2.0 h" like Spark's UIUtils.formatDuration; "-" when unknown.
  duration(ms) {
    if (ms === undefined || ms === null) return '-';
    if (ms < 1000) return ms + ' ms';
    const s = ms / 1000;
    if (s < 60) return s.toFixed(1) + ' s';
    const min = s / 60;
    if (min < 60) return min.toFixed(1) + ' min';
    return (min / 60).toFixed(1) + ' h';
  },

  // Batch times as Spark shows them: yyyy/MM/dd HH:mm:ss (local time).
  batchTime(ms) {
    const d = new Date(ms);
    const p = (n, w) => String(n).padStart(w || 2, '0');
    return d.getFullYear() + '/' + p(d.getMonth() + 1) + '/' + p(d.getDate()) + ' ' + p(d.getHours()) + ':'
      + p(d.getMinutes()) + ':' + p(d.getSeconds()) + (d.getMilliseconds() ? '.' + p(d.getMilliseconds(), 3) : '');
  },

  // Spark's REST dates ("2024-05-01T12:00:00.000GMT") as milliseconds.
  parseDate(text) {
    return text ? Date.parse(text.replace('GMT', 'Z')) : undefined;
  },

  cell(row, text, className) {
    const td = document.createElement('td');
    if (text instanceof Node) td.appendChild(text); else td.textContent = text;
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  },

  batchLink(batchId) {
    const a = document.createElement('a');
    a.href = '/streaming/batch/?id=' + batchId;
    a.textContent = Sluice.batchTime(batchId);
    return a;
  },

  setText(id, text) {
    document.getElementById(id).textContent = text;
  },

  status(text, isError) {
    const el = document.getElementById('status');
    el.textContent = text;
    el.className = isError ? 'status error' : 'status';
  },
};
