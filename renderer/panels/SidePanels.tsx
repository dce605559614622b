// The left side of the workspace: the block palette and the project panels, as tabs.
import { lazy, Suspense, useState } from 'react';
import { Palette } from '../canvas/Palette';
import { useProject } from '../state/project-store';
import { HistoryPanel } from './HistoryPanel';
import { IntentsPanel } from './IntentsPanel';
import { MocksPanel } from './MocksPanel';
import { ProblemsPanel } from './ProblemsPanel';
import { SettingsPanel } from './SettingsPanel';
import { VariablesPanel } from './VariablesPanel';
import { ChatlayerTab } from '../chatlayer/ChatlayerTab';
import { TabStrip } from '../ui/TabStrip';
import './panels.css';

// Panels whose engine parts are heavy (the retrieval index and its stemmers; the CSV parser) load on
// first use, outside the initial bundle (bench: renderer initial JS).
const KnowledgePanel = lazy(() => import('./KnowledgePanel').then((m) => ({ default: m.KnowledgePanel })));
const TablesPanel = lazy(() => import('./TablesPanel').then((m) => ({ default: m.TablesPanel })));
// The Entities panel's sentence test loads entity extraction by itself; the panel's own code waits for its tab too.
const EntitiesPanel = lazy(() => import('./EntitiesPanel').then((m) => ({ default: m.EntitiesPanel })));

const TABS = [
  'Blocks',
  'Problems',
  'Variables',
  'Intents',
  'Entities',
  'Mocks',
  'Knowledge',
  'Tables',
  'Settings',
  'History',
  'Chatlayer',
] as const;
type Tab = (typeof TABS)[number];

export function SidePanels() {
  const [tab, setTab] = useState<Tab>('Blocks');
  const problems = useProject((s) => s.diagnostics.length);
  return (
    <div className="side-panels">
      <TabStrip
        label="Project panels"
        active={tab}
        onSelect={setTab}
        tabs={TABS.map((t) => ({
          id: t,
          label: t,
          testId: `tab-${t.toLowerCase()}`,
          ...(t === 'Problems' ? { count: problems } : {}),
        }))}
      />
      <div className="side-body" role="tabpanel" aria-label={tab}>
        {tab === 'Blocks' && <Palette />}
        {tab === 'Problems' && <ProblemsPanel />}
        {tab === 'Variables' && <VariablesPanel />}
        {tab === 'Intents' && <IntentsPanel />}
        {tab === 'Entities' && (
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <EntitiesPanel />
          </Suspense>
        )}
        {tab === 'Mocks' && <MocksPanel />}
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {tab === 'Knowledge' && <KnowledgePanel />}
          {tab === 'Tables' && <TablesPanel />}
        </Suspense>
        {tab === 'Settings' && <SettingsPanel />}
        {tab === 'History' && <HistoryPanel />}
        {tab === 'Chatlayer' && <ChatlayerTab />}
      </div>
    </div>
  );
}
