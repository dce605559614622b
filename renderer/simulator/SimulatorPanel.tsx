// The simulator: the chat on the left, the debugger's tabs on the right (trace, session, HTTP,
// console, tests), the controls above, and what changed under the conversation (an edit, an error).
import { useState } from 'react';
import type { RunMode } from '../../engine/model';
import { useProject } from '../state/project-store';
import { ChatView } from './ChatView';
import { ConsoleLog } from './ConsoleLog';
import { HttpLog } from './HttpLog';
import { InitialSession, parseInitialSession } from './InitialSession';
import { Outbox } from './Outbox';
import { TablesView } from './TablesView';
import { SaveAsTest } from './SaveAsTest';
import { SessionInspector } from './SessionInspector';
import { SimulatorToolbar } from './SimulatorToolbar';
import { TestsView } from './TestsView';
import { TraceTimeline } from './TraceTimeline';
import { useFollowBot } from './use-follow-bot';
import { useSimulatorKeys } from './use-simulator-keys';
import { TabStrip } from '../ui/TabStrip';
import './simulator.css';

const TABS = ['Trace', 'Session', 'Tables', 'HTTP', 'Outbox', 'Console', 'Tests'] as const;
type Tab = (typeof TABS)[number];

export function SimulatorPanel() {
  const [tab, setTab] = useState<Tab>('Trace');
  const [mode, setMode] = useState<RunMode>('mocked');
  const [sessionText, setSessionText] = useState('');
  const [showSession, setShowSession] = useState(false);
  // Skip introduction follows the project's setting until the designer flips it here.
  const projectSkips = useProject((s) => s.project.settings?.skipIntroduction === true);
  const [skipChoice, setSkipChoice] = useState<boolean | null>(null);
  const initial = parseInitialSession(sessionText);
  const notice = useProject((s) => s.simState?.notice ?? null);
  const outdated = useProject((s) => s.simState?.outdated ?? false);
  const error = useProject((s) => s.simError);
  const failed = useProject((s) => s.testRun?.summary.failed ?? 0);
  const logs = useProject((s) => s.simErrorCount);
  const mails = useProject((s) => s.simEvents.filter((e) => e.type === 'email').length);
  useFollowBot();
  useSimulatorKeys();

  return (
    <div className="simulator" data-testid="simulator">
      <SimulatorToolbar
        mode={mode}
        onMode={setMode}
        session={initial.ok ? initial.session : null}
        sessionOpen={showSession}
        onToggleSession={() => setShowSession(!showSession)}
        skipIntroduction={skipChoice ?? projectSkips}
        onSkipIntroduction={setSkipChoice}
      />
      {showSession && <InitialSession text={sessionText} onChange={setSessionText} />}
      {notice && (
        <p className={`sim-notice${outdated ? ' outdated' : ''}`} role="status" data-testid="sim-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="sim-error" role="alert" data-testid="sim-error">
          {error}
        </p>
      )}
      <div className="simulator-body">
        <section className="sim-chat" aria-label="Chat">
          <ChatView />
          <SaveAsTest />
        </section>
        <section className="sim-debugger" aria-label="Debugger">
          <TabStrip
            label="Debugger views"
            active={tab}
            onSelect={setTab}
            tabs={TABS.map((t) => ({
              id: t,
              label: t,
              testId: `sim-tab-${t.toLowerCase()}`,
              ...(t === 'Console'
                ? { count: logs }
                : t === 'Tests'
                  ? { count: failed }
                  : t === 'Outbox'
                    ? { count: mails }
                    : {}),
            }))}
          />
          <div className="sim-tab-body" role="tabpanel" aria-label={tab}>
            {tab === 'Trace' && <TraceTimeline />}
            {tab === 'Session' && <SessionInspector />}
            {tab === 'Tables' && <TablesView />}
            {tab === 'HTTP' && <HttpLog />}
            {tab === 'Outbox' && <Outbox />}
            {tab === 'Console' && <ConsoleLog />}
            {tab === 'Tests' && <TestsView />}
          </div>
        </section>
      </div>
    </div>
  );
}
