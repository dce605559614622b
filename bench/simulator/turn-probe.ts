// The page side of the simulator benchmark, measured in the page so the driver's round trips do not
// count. The clock starts at the user's keydown (Enter) or click, in capture phase before React sees it.
// The reply: the first bot bubble that enters the chat log after it, and the time the browser painted its
// text (Element Timing's renderTime: the bubble is tagged before its first paint, by a MutationObserver).
// The turn is settled when the status names the block the bot waits at and the control for the next
// turn is enabled; its paint is taken as the task after the next frame (an upper bound). Before each
// input the page is let go quiet, as it would be while a person reads the reply and types.
// A string, not a function: tsx's name helpers do not exist in the page.

export interface TurnTiming {
  /** The user's keydown or click. */
  t0: number;
  /** The reply bubble is in the DOM, and its text was painted. */
  reply: number;
  replyPainted: number;
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
      if (turn && e.identifier === turn.tag) turn.replyPainted = Math.min(turn.replyPainted ?? Infinity, e.renderTime || e.startTime);
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
      turn = { tag: 'reply-' + count, t0: null, before: new WeakSet(bots()), reply: null, replyPainted: null, settled: null, settledPainted: null, expect, ready: readySelector };
      observer.disconnect();
      observer.observe(log(), { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
      observer.observe(status(), { childList: true, subtree: true, characterData: true });
      observer.observe(document.querySelector('[data-testid="chat-send"]'), { attributes: true, attributeFilter: ['disabled'] });
    },
    result() {
      if (!turn || turn.replyPainted === null || turn.settledPainted === null) return null;
      const call = performance.getEntriesByType('resource').find((e) => /\\/api\\/simulator\\.(say|click)$/.test(e.name));
      return {
        t0: turn.t0,
        reply: turn.reply,
        replyPainted: turn.replyPainted,
        settled: turn.settled,
        settledPainted: turn.settledPainted,
        requestStart: call ? call.startTime : NaN,
        responseEnd: call ? call.responseEnd : NaN,
      };
    },
  };
})()`;
