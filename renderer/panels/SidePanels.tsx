// The left side of the workspace: the block palette and the project panels, as tabs.
import { lazy, Suspense, useState } from 'react';
import { Palette } from '../canvas/Palette';
import { useProject } from '../state/project-store';
import { ProblemsPanel } from './ProblemsPanel';
import { TabStrip } from '../ui/TabStrip';
import './panels.css';

// Panels whose engine parts are heavy (the retrieval index and its stemmers; the CSV parser) load on
// first use, outside the initial bundle (bench: renderer initial JS).
const KnowledgePanel = lazy(() => import('./KnowledgePanel').then((m) => ({ default: m.KnowledgePanel })));
const TablesPanel = lazy(() => import('./TablesPanel').then((m) => ({ default: m.TablesPanel })));
// The Entities panel's sentence test loads entity extraction by itself; the panel's own code waits for its tab too.
const EntitiesPanel = lazy(() => import('./EntitiesPanel').then((m) => ({ default: m.EntitiesPanel })));
// The other panels wait for their tab as well: only the palette and Problems show before a click.
const VariablesPanel = lazy(() => import('./VariablesPanel').then((m) => ({ default: m.VariablesPanel })));
const IntentsPanel = lazy(() => import('./IntentsPanel').then((m) => ({ default: m.IntentsPanel })));
const MocksPanel = lazy(() => import('./MocksPanel').then((m) => ({ default: m.MocksPanel })));
const SettingsPanel = lazy(() => import('./SettingsPanel').then((m) => ({ default: m.SettingsPanel })));
const ChatlayerTab = lazy(() =>
  import('../chatlayer/ChatlayerTab').then((m) => ({ default: m.ChatlayerTab })),
);
const HistoryPanel = lazy(() => import('./HistoryPanel').then((m) => ({ default: m.HistoryPanel })));

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
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {tab === 'Variables' && <VariablesPanel />}
          {tab === 'Intents' && <IntentsPanel />}
          {tab === 'Entities' && <EntitiesPanel />}
          {tab === 'Mocks' && <MocksPanel />}
          {tab === 'Knowledge' && <KnowledgePanel />}
          {tab === 'Tables' && <TablesPanel />}
          {tab === 'Settings' && <SettingsPanel />}
          {tab === 'History' && <HistoryPanel />}
          {tab === 'Chatlayer' && <ChatlayerTab />}
        </Suspense>
      </div>
    </div>
  );
}
