// The simulator's agent lane through the contract (simulator.agentSay / agentClose): the designer answers as the
// agent of an open hand-over and hands back; the state carries the offloading status; outside a hand-over the
// agent is refused; the toolbar's agentsAvailable takes the Offloading disabled route.
import { afterEach, describe, expect, it } from 'vitest';
import { Project, type TraceEvent } from '../../../../engine/model';
import {
  dispatch,
  type MethodInput,
  type MethodName,
  type MethodOutput,
  type Services,
} from '../../../../electron/api';
import { createHostEvents } from '../../../../electron/services/host-events';
import { createSimulatorService, type SimulatorService } from '../../../../electron/services/simulator';
import { noCode } from '../../../engine/testing/fixtures';

const text = (t: string) => ({ kind: 'text' as const, text: t });
const project = Project.parse({
  format: 'botloom/1',
  name: 'Desk',
  startBlock: 'hello',
  offloadingOpenedBlock: 'opened',
  offloadingDisabledBlock: 'disabled',
  offloadingClosedBlock: 'closed',
  flows: [
    {
      id: 'main',
      name: 'Main',
      blocks: [
        {
          id: 'hello',
          type: 'message',
          messages: [{ kind: 'buttons', text: 'Help?', buttons: [{ title: 'Agent', goTo: 'handover' }] }],
        },
        { id: 'handover', type: 'handover' },
        { id: 'opened', type: 'message', messages: [text('Connecting you.')] },
        { id: 'disabled', type: 'message', messages: [text('Nobody is free.')] },
        { id: 'closed', type: 'message', messages: [text('Bot here again.')] },
      ],
    },
  ],
});

let current: SimulatorService | null = null;
afterEach(() => current?.close());

function setup() {
  const service = createSimulatorService({
    projectOf: () => project,
    events: createHostEvents(),
    codeRunner: () => noCode,
    liveHttp: () => ({
      request: async () => ({ status: 500, headers: {}, bodyText: '', ms: 1, mocked: false }),
    }),
    recordingHttp: () => ({
      request: async () => ({ status: 500, headers: {}, bodyText: '', ms: 1, mocked: false }),
      recorded: () => [],
    }),
    intents: async () => undefined,
  });
  current = service;
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const env = await dispatch(service.methods as Services, method, input, { transport: 'direct' });
    if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
    return env.value as MethodOutput<M>;
  };
}
const texts = (events: TraceEvent[]) =>
  events.flatMap((e) => (e.type === 'message' && 'text' in e.message ? [e.message.text] : []));

describe('simulator agent lane', () => {
  it('answers as the agent and hands back to the Offloading closed block', async () => {
    const call = setup();
    const { state } = await call('simulator.start', { path: '/p.botloom', mode: 'mocked' });
    expect(state.offloading.status).toBe('none');
    await expect(call('simulator.agentSay', { id: state.id, text: 'hi' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const opened = await call('simulator.click', { id: state.id, title: 'Agent', target: 'handover' });
    expect(opened.state.offloading).toMatchObject({ status: 'open', blockId: 'handover' });
    const said = await call('simulator.agentSay', { id: state.id, text: 'Sam here.' });
    expect(said.events).toMatchObject([{ type: 'agent', text: 'Sam here.' }]);
    const closed = await call('simulator.agentClose', { id: state.id });
    expect(texts(closed.events)).toEqual(['Bot here again.']);
    expect(closed.state.offloading.status).toBe('closed');
    const saved = await call('simulator.saveAsTest', { id: state.id, name: 'hand-over' });
    expect(saved.test.steps).toEqual(
      expect.arrayContaining([{ agent: 'Sam here.' }, { agent: { close: true } }]),
    );
  });

  it('plays "no agent available" from the start options', async () => {
    const call = setup();
    const { state } = await call('simulator.start', {
      path: '/p.botloom',
      mode: 'mocked',
      agentsAvailable: false,
    });
    expect(state.agentsAvailable).toBe(false);
    const turn = await call('simulator.click', { id: state.id, title: 'Agent', target: 'handover' });
    expect(texts(turn.events)).toEqual(['Nobody is free.']);
    expect(turn.state.offloading.status).toBe('disabled');
  });
});
