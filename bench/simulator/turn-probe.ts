// The page side of the simulator benchmark, measured in the page so the driver's round trips do not
// count. The clock starts at the user's keydown (Enter) or click, in capture phase before React sees it.
// The reply is the first bot bubble that enters the chat log after it (found by a MutationObserver):
// "painted" when the frame after it has run (a requestAnimationFrame, then the next task: the frame's
// style, layout and paint are done), and "presented" when its text reached the screen (Element Timing's
// renderTime, raster and compositing included: the bubble is tagged before its first paint). The turn is
// settled when the status names the block the bot waits at and the control for the next turn is
// enabled, painted as above. Before each input the page goes quiet, as while a person reads and types.
// A string, not a function: tsx's name helpers do not exist in the page.

export interface TurnTiming {
  /** The user's keydown or click. */
  t0: number;
  /** The reply bubble is in the DOM; the frame showing it has run; its text is on screen. */
  reply: number;
  replyPainted: number;
  replyPresented: number;
  settled: number;
  settledPainted: number;
  /** The simulator.say/click request, from resource timing (NaN when not seen). */
  requestStart: number;
  responseEnd: number;
}

declare global {
  interface Window {
    __simProbe?: {
      quiet(): Promise<void>;
      arm(expect: string, readySelector: string): void;
      result(): TurnTiming | null;
    };
  }
}

export const TURN_PROBE = `(() => {
  const now = () => performance.now();
  const afterFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(null);
    });
  const log = () => document.querySelector('[data-testid="chat-log"]');
  const status = () => document.querySelector('[data-testid="sim-status"]');
  const bots = () => log().querySelectorAll('[data-testid="chat-bot"]');
  performance.setResourceTimingBufferSize(100000);
  let turn = null;
  let count = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (turn && e.identifier === turn.tag) turn.replyPresented = Math.min(turn.replyPresented ?? Infinity, e.renderTime || e.startTime);
  }).observe({ type: 'element' });
  const onInput = (e) => {
    if (turn && turn.t0 === null && (e.type === 'click' || e.key === 'Enter')) {
      turn.t0 = now();
      check();
    }
  };
  document.addEventListener('keydown', onInput, true);
  document.addEventListener('click', onInput, true);
  const ready = () => {
    if (status().textContent !== turn.expect) return false;
    const controls = document.querySelectorAll(turn.ready);
    const control = controls[controls.length - 1];
    return Boolean(control) && !control.disabled;
  };
  const check = () => {
    if (!turn || turn.t0 === null) return;
    if (turn.reply === null) {
      // The first bubble that was not there at the input (the chat may drop its oldest as it grows).
      const rows = bots();
      let first = rows.length;
      while (first > 0 && !turn.before.has(rows[first - 1])) first--;
      if (first < rows.length) {
        turn.reply = now();
        const reply = rows[first];
        for (const el of [reply, ...reply.querySelectorAll('*')]) el.setAttribute('elementtiming', turn.tag);
        afterFrame((t) => (turn.replyPainted = t));
      }
    }
    if (turn.reply !== null && turn.settled === null && ready()) {
      turn.settled = now();
      afterFrame((t) => (turn.settledPainted = t));
    }
  };
  const observer = new MutationObserver(check);
  window.__simProbe = {
    /** Resolves when the page has nothing left to do from the last turn (two frames, then idle). */
    quiet: () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 1000 }))),
      ),
    /** expect: the status text when the turn is over; ready: the control for the next turn. */
    arm(expect, readySelector) {
      performance.clearResourceTimings();
      count += 1;
      turn = { tag: 'reply-' + count, t0: null, before: new WeakSet(bots()), reply: null, replyPainted: null, replyPresented: null, settled: null, settledPainted: null, expect, ready: readySelector };
      observer.disconnect();
      observer.observe(log(), { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
      observer.observe(status(), { childList: true, subtree: true, characterData: true });
      observer.observe(document.querySelector('[data-testid="chat-send"]'), { attributes: true, attributeFilter: ['disabled'] });
    },
    result() {
      if (!turn || turn.replyPainted === null || turn.replyPresented === null || turn.settledPainted === null) return null;
      const call = performance.getEntriesByType('resource').find((e) => /\\/api\\/simulator\\.(say|click)$/.test(e.name));
      return {
        t0: turn.t0,
        reply: turn.reply,
        replyPainted: turn.replyPainted,
        replyPresented: turn.replyPresented,
        settled: turn.settled,
        settledPainted: turn.settledPainted,
        requestStart: call ? call.startTime : NaN,
        responseEnd: call ? call.responseEnd : NaN,
      };
    },
  };
})()`;
