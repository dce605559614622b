// The Chatlayer panel (docs/chatlayer.md#how-botloom-works-with-chatlayer), a wide dialog over the workspace: one section at a time, chosen on the
// left: connection and status, export, conformance, pulled tests, NLP check. It takes the focus when it
// opens (and gives it back when it closes); Escape closes it wherever the focus is; a run under way goes on
// in the host and its answer is shown when the panel opens again.
import { useState } from 'react';
import { ConformanceSection } from './ConformanceSection';
import { ConnectionSection } from './ConnectionSection';
import { ExportSection } from './ExportSection';
import { NlpSection } from './NlpSection';
import { PullSection } from './PullSection';
import { TabStrip } from '../ui/TabStrip';
import '../ui/modal-card.css';
import './chatlayer.css';
import { X } from 'lucide-react';
import { useModalFocus } from '../ui/use-modal-focus';

const SECTIONS = [
  ['connection', 'Connection'],
  ['export', 'Export'],
  ['conformance', 'Conformance'],
  ['pull', 'Pull tests'],
  ['nlp', 'NLP check'],
] as const;
type Section = (typeof SECTIONS)[number][0];

export function ChatlayerDialog({ onClose }: { onClose: () => void }) {
  const [section, setSection] = useState<Section>('connection');
  const card = useModalFocus(onClose);
  return (
    <div
      className="overlay chatlayer-overlay"
      role="dialog"
      aria-modal
      aria-label="Chatlayer"
      data-testid="chatlayer-dialog"
    >
      <div className="modal-card chatlayer-card" ref={card} tabIndex={-1}>
        <header className="modal-card-header chatlayer-header">
          <h3>Chatlayer</h3>
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label="Close"
            data-testid="chatlayer-close"
          >
            <X aria-hidden />
          </button>
        </header>
        <div className="chatlayer-body">
          <TabStrip
            className="chatlayer-nav"
            label="Chatlayer sections"
            active={section}
            onSelect={setSection}
            tabs={SECTIONS.map(([id, label]) => ({ id, label, testId: `chatlayer-section-${id}` }))}
          />
          <section className="chatlayer-section" role="tabpanel" aria-label={section}>
            {section === 'connection' && <ConnectionSection />}
            {section === 'export' && <ExportSection />}
            {section === 'conformance' && <ConformanceSection />}
            {section === 'pull' && <PullSection />}
            {section === 'nlp' && <NlpSection />}
          </section>
        </div>
      </div>
    </div>
  );
}
