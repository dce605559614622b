// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  jsonReport,
  junitReport,
  prettyReport,
  report,
  type TestRunSummary,
} from '../../../engine/testing';

const summary: TestRunSummary = {
  project: 'Pizza <bot> & "friends"',
  results: [
    {
      index: 0,
      name: 'orders a large pizza',
      status: 'passed',
      mode: 'mocked',
      durationMs: 12.4,
      stepsPassed: 5,
    },
    {
      index: 1,
      name: 'asks for <the> size & "topping"',
      status: 'failed',
      mode: 'mocked',
      durationMs: 5,
      stepsPassed: 2,
      failure: {
        step: 3,
        stepSpec: { botContains: 'size' },
        expected: 'a message containing "size"',
        actual: '"Which topping? <b>\u0007"',
        blockId: 'ask_topping',
        botError: 'http-unmocked: no mock answers GET https://x.test/?a=1&b=2',
      },
    },
    {
      index: 2,
      name: 'live one',
      status: 'skipped',
      mode: 'live',
      durationMs: 0,
      stepsPassed: 0,
      skipReason: 'cancelled',
    },
  ],
  passed: 1,
  failed: 1,
  skipped: 1,
  cancelled: true,
  durationMs: 20,
};

describe('reporters', () => {
  it('pretty: a line per test, failure details, and the counts last', () => {
    const text = prettyReport(summary);
    expect(text).toContain('✓ orders a large pizza (12 ms)');
    expect(text).toContain('✗ asks for <the> size & "topping" (5 ms)');
    expect(text).toContain('    step 3: {"botContains":"size"}');
    expect(text).toContain('    expected: a message containing "size"');
    expect(text).toContain('    actual:   "Which topping? <b>\u0007"');
    expect(text).toContain('    block:    ask_topping');
    expect(text).toContain('    bot error: http-unmocked');
    expect(text).toContain('- live one [live] (skipped: cancelled)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 passed, 1 failed, 1 skipped');
    expect(text).not.toContain('\u001b[');
  });

  it('pretty: colours only when asked', () => {
    const text = prettyReport(summary, { color: true });
    expect(text).toContain('\u001b[31m');
    expect(text.trimEnd().split('\n').at(-1)).toBe('\u001b[31m1 passed, 1 failed, 1 skipped\u001b[0m');
  });

  it('pretty: ends with "N passed, M failed" alone when nothing was skipped', () => {
    const text = prettyReport({
      ...summary,
      results: [summary.results[0]!],
      failed: 0,
      skipped: 0,
      cancelled: false,
    });
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('json: the whole summary, parseable', () => {
    expect(JSON.parse(jsonReport(summary))).toEqual(summary);
    expect(report('json', summary)).toBe(jsonReport(summary));
  });

  it('junit: a valid document with testsuite, testcases, an escaped failure and a skipped case', () => {
    const xml = junitReport(summary);
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="botloom" tests="3" failures="1" errors="0" skipped="1" time="0.020">',
      ),
    ).toBe(true);
    expect(xml).toContain('<testsuite name="Pizza &lt;bot&gt; &amp; &quot;friends&quot;" tests="3"');
    expect(xml).toContain(
      '<testcase name="orders a large pizza" classname="Pizza &lt;bot&gt; &amp; &quot;friends&quot;" time="0.012"/>',
    );
    expect(xml).toContain(
      '<failure message="step 3: expected a message containing &quot;size&quot;, got &quot;Which topping? &lt;b&gt;&quot; (block ask_topping)" type="conversation-test-failed">',
    );
    expect(xml).toContain(
      'bot error: http-unmocked: no mock answers GET https://x.test/?a=1&amp;b=2</failure>',
    );
    expect(xml).toContain('<skipped message="cancelled"/>');
    expect(xml).not.toContain('\u0007');
    const doc = parseXml(xml);
    const cases = [...doc.getElementsByTagName('testcase')];
    expect(cases.map((c) => c.getAttribute('name'))).toEqual([
      'orders a large pizza',
      'asks for <the> size & "topping"',
      'live one',
    ]);
    expect(doc.getElementsByTagName('failure')[0]!.getAttribute('message')).toContain('"size"');
    expect(report('junit', summary)).toBe(xml);
  });

  it('escapes every XML special character and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u001f\ttab`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;\ttab',
    );
  });
});

/** Parses with a real XML parser (jsdom's): well-formed documents only. */
function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}
