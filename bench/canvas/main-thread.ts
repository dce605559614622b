// Main-thread work per turn of a follow run, from a Chrome trace: the renderer main thread's top-level tasks
// between one turn's start and the next one's. Work a turn leaves for later (the warm pages mounted in idle
// time, React Flow measuring new nodes) counts towards the turn that caused it, so this is what a turn costs
// all in, beside the turn's own time the follow figures report. Tracing slows the page, so it runs apart
// from the timed runs.
import type { Page } from 'playwright-core';
import type { FollowResult } from './bench-probe';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

export async function workPerTurn(page: Page, run: () => Promise<FollowResult>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  const syncAt = await page.evaluate(() => {
    performance.mark('bench-sync');
    return performance.now();
  });
  const result = await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mark = events.find((e) => e.name === 'bench-sync');
  if (!main || !mark) throw new Error('the trace has no renderer main thread or no sync mark');
  const offset = mark.ts / 1000 - syncAt;
  const tasks = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X' && e.dur)
    .map((e) => [e.ts / 1000 - offset, (e.ts + e.dur!) / 1000 - offset] as const);
  return result.at.map((start, i) => {
    const end = result.at[i + 1] ?? start + 1000;
    let busy = 0;
    for (const [a, b] of tasks) busy += Math.max(0, Math.min(b, end) - Math.max(a, start));
    return busy;
  });
}
