// The page of one batch (/streaming/batch/?id=<batch time ms>): its delays and its output operations, refreshed
// until the batch completes.
'use strict';

const batchId = new URLSearchParams(window.location.search).get('id');

function opStatus(op) {
  if (op.failureReason) return 'failed';
  if (op.endTime) return 'succeeded';
  return op.startTime ? 'running' : 'waiting';
}

async function refresh() {
  try {
    const [batch, ops] = await Promise.all([
      Sluice.getJson('/batches/' + encodeURIComponent(batchId)),
      Sluice.getJson('/batches/' + encodeURIComponent(batchId) + '/operations')]);
    Sluice.setText('batch-title', 'Details of batch at ' + Sluice.batchTime(batch.batchId));
    Sluice.setText('batch-duration', Sluice.duration(batch.batchDuration));
    Sluice.setText('input-size', batch.inputSize + ' records');
    Sluice.setText('scheduling-delay', Sluice.duration(batch.schedulingDelay));
    Sluice.setText('processing-time', Sluice.duration(batch.processingTime));
    Sluice.setText('total-delay', Sluice.duration(batch.totalDelay));
    Sluice.setText('batch-status', batch.status);
    Sluice.setText('failure-reason', batch.firstFailureReason || '-');
    const body = document.querySelector('#operations-table tbody');
    body.replaceChildren(...ops.map(op => {
      const tr = document.createElement('tr');
      if (op.failureReason) tr.className = 'failed';
      Sluice.cell(tr, String(op.outputOpId));
      Sluice.cell(tr, op.name);
      Sluice.cell(tr, op.description);
      Sluice.cell(tr, Sluice.duration(op.duration));
      Sluice.cell(tr, opStatus(op));
      Sluice.cell(tr, op.failureReason || '');
      return tr;
    }));
    Sluice.status('updated ' + new Date().toLocaleTimeString());
    if (batch.status !== 'COMPLETED') setTimeout(refresh, 1000);
  } catch (e) {
    Sluice.status(e.message, true);
  }
}

refresh();
