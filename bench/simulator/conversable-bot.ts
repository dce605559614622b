// A 5,000-block bot one can talk to for ever, for the simulator benchmark: a ring of ten-block segments
// spread over ten flows. Each segment asks for a typed answer, then offers two buttons, so turns alternate
// typed input and clicks; on the way it passes Go To rules, a mocked API call and a code block.
import type { Block, Project } from '../../engine/model';

export const SEGMENT_BLOCKS = 10;
const FLOWS = 10;
const COLUMNS = 5;

/** The block the bot waits at for a typed answer in segment `s`. */
export const askBlock = (s: number) => `s${s}_ask`;
/** The block the bot waits at for a click in segment `s`. */
export const pickBlock = (s: number) => `s${s}_pick`;

function segment(s: number, segments: number): Block[] {
  const next = `s${(s + 1) % segments}_hello`;
  const answer = `answers.s${s % 50}`;
  const at = (k: number) => {
    const local = s % (segments / FLOWS);
    return {
      x: (k % COLUMNS) * 320 + (local % 4) * 1700,
      y: Math.floor(k / COLUMNS) * 220 + Math.floor(local / 4) * 520,
    };
  };
  const api: Block =
    s % 5 === 0
      ? {
          id: `s${s}_fetch`,
          type: 'api',
          position: at(6),
          method: 'GET',
          url: `https://api.example.com/segments/${s}?who={user.name}`,
          saveAs: 'api.last',
          next: `s${s}_check`,
          onError: `s${s}_check`,
        }
      : {
          id: `s${s}_fetch`,
          type: 'message',
          position: at(6),
          messages: [{ kind: 'text', text: `Noted, {${answer}}.` }],
          next: `s${s}_check`,
        };
  const check: Block =
    s % 10 === 5
      ? {
          id: `s${s}_check`,
          type: 'code',
          position: at(7),
          code: [
            'const b = ChatlayerResponseBuilder();',
            `b.addSessionVariable('calc', { segment: ${s}, total: (args.n || 0) * 2 });`,
            'b.send();',
          ].join('\n'),
          args: { n: s },
          next: `s${s}_onwards`,
          onError: `s${s}_onwards`,
        }
      : {
          id: `s${s}_check`,
          type: 'goto',
          position: at(7),
          rules: [{ when: { var: 'api.last.stop', op: 'eq', value: true }, goTo: `s${s}_hello` }],
          else: `s${s}_onwards`,
        };
  return [
    {
      id: `s${s}_hello`,
      type: 'message',
      position: at(0),
      messages: [{ kind: 'text', text: `Segment ${s}: hello {user.name}, you went {choice.last}.` }],
      next: askBlock(s),
    },
    {
      id: askBlock(s),
      type: 'input',
      position: at(1),
      prompt: [{ kind: 'text', text: `What should I note for step ${s}?` }],
      variable: answer,
      askAlways: true, // the 50 answer variables are reused round the ring
      validate: { kind: 'any' },
      next: `s${s}_route`,
    },
    {
      id: `s${s}_route`,
      type: 'goto',
      position: at(2),
      rules: [{ when: { var: answer, op: 'eq', value: 'skip' }, goTo: next }],
      else: pickBlock(s),
    },
    {
      id: pickBlock(s),
      type: 'message',
      position: at(3),
      messages: [
        {
          kind: 'buttons',
          text: `Left or right, {user.name}? (you said "{${answer}}")`,
          buttons: [
            { title: 'Left', goTo: `s${s}_left`, set: { 'choice.last': 'left' } },
            { title: 'Right', goTo: `s${s}_right`, set: { 'choice.last': 'right' } },
          ],
        },
      ],
    },
    {
      id: `s${s}_left`,
      type: 'message',
      position: at(4),
      messages: [{ kind: 'text', text: 'Left it is.' }],
      next: `s${s}_fetch`,
    },
    {
      id: `s${s}_right`,
      type: 'message',
      position: at(5),
      messages: [{ kind: 'text', text: 'Right it is.' }],
      next: `s${s}_fetch`,
    },
    api,
    check,
    {
      id: `s${s}_onwards`,
      type: 'message',
      position: at(8),
      messages: [{ kind: 'text', text: 'Onwards!' }],
      next: `s${s}_loop`,
    },
    { id: `s${s}_loop`, type: 'goto', position: at(9), rules: [], else: next },
  ];
}

/** A conversable bot of about `blocks` blocks (a multiple of 100: ten flows of whole segments). */
export function conversableBot(blocks: number): Project {
  const segments = Math.max(FLOWS, Math.round(blocks / SEGMENT_BLOCKS / FLOWS) * FLOWS);
  const perFlow = segments / FLOWS;
  const flows = Array.from({ length: FLOWS }, (_, f) => ({
    id: `flow_${f}`,
    name: `Chapter ${f + 1}`,
    blocks: Array.from({ length: perFlow }, (_, k) => segment(f * perFlow + k, segments)).flat(),
  }));
  return {
    format: 'botloom/1',
    name: `Conversable bot (${blocks} blocks)`,
    language: 'en',
    startBlock: 's0_hello',
    variables: [
      { name: 'user.name', default: 'Ann' },
      { name: 'choice.last', default: 'nowhere yet' },
      { name: 'api.last', default: {} },
      ...Array.from({ length: 50 }, (_, k) => ({ name: `answers.s${k}`, default: '' })),
    ],
    intents: [],
    flows,
    tests: [],
    mocks: [
      {
        method: 'GET',
        url: 'https://api.example.com/segments/*',
        status: 200,
        body: { ok: true, stop: false },
      },
    ],
  };
}
