// The Traffic panel beside the canvas while the overlay is on (docs/chatlayer.md#traffic): what to count
// (range, channel, language, live or pulled), Fetch with progress and Cancel, the heat legend, the ten
// worst drop-off blocks (a row selects and centres its block, switching flows), and what the answer
// named that the project does not have.
import type { TrafficReport } from '../../../engine/model';
import { useProjectStore } from '../../state/project-store';
import { useTraffic, useTrafficController } from './TrafficContext';
import { EDGE_WIDTHS, HEAT_STOPS, heatColor, percent } from './traffic-overlay';
import './traffic.css';

function blockTitle(
  project: { flows: { id: string; name: string; blocks: { id: string; name?: string }[] }[] },
  flowId: string | undefined,
  id: string,
) {
  const flow = project.flows.find((f) => f.id === flowId);
  const block = flow?.blocks.find((b) => b.id === id);
  return { title: block?.name || id, flow: flow?.name ?? '' };
}

function Legend({ max }: { max: number }) {
  return (
    <div className="traffic-legend" data-testid="traffic-legend">
      <div className="traffic-legend-row" aria-label="Drop-off share colours">
        {HEAT_STOPS.map((s) => (
          <span key={s.label}>
            <i style={{ background: s.color }} /> {s.label}
          </span>
        ))}
      </div>
      <div className="traffic-legend-row" aria-label="Edge widths">
        {EDGE_WIDTHS.map((w, i) => (
          <span key={w}>
            <b style={{ height: w }} /> {i === EDGE_WIDTHS.length - 1 ? `up to ${max}` : ''}
          </span>
        ))}
      </div>
    </div>
  );
}

function Worst({ report }: { report: TrafficReport }) {
  const store = useProjectStore();
  const { project, flowOfBlock } = store.getState();
  if (!report.worst.length) return <p className="muted">No block where conversations stopped.</p>;
  return (
    <ol className="traffic-worst" data-testid="traffic-worst">
      {report.worst.map((b) => {
        const { title, flow } = blockTitle(project, flowOfBlock.get(b.blockId), b.blockId);
        return (
          <li key={b.blockId}>
            <button
              type="button"
              onClick={() => store.getState().focusBlock(b.blockId)}
              title={`${b.stopped} of ${b.in} passes stopped at ${title} (${flow})`}
              data-testid={`traffic-worst-${b.blockId}`}
            >
              <i style={{ background: heatColor(b.dropShare) }} />
              <span className="traffic-worst-share">{percent(b.dropShare)}</span>
              <span className="traffic-worst-name">{title}</span>
              <span className="muted">
                {b.stopped}/{b.in}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

export function TrafficPanel() {
  const controller = useTrafficController();
  const overlay = useTraffic((s) => s.overlay);
  const busy = useTraffic((s) => s.busy);
  const progress = useTraffic((s) => s.progress);
  const error = useTraffic((s) => s.error);
  const inputs = useTraffic((s) => s.inputs);
  if (!controller) return null;
  const report = overlay?.report;
  const unknown = report?.unknownSteps ?? [];
  return (
    <aside className="traffic-panel" aria-label="Traffic" data-testid="traffic-panel">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void controller.fetch();
        }}
      >
        <label>
          From{' '}
          <input
            type="date"
            value={inputs.since}
            onChange={(e) => controller.setInputs({ since: e.target.value })}
            required
            data-testid="traffic-since"
          />
        </label>
        <label>
          To (excl.){' '}
          <input
            type="date"
            value={inputs.until ?? ''}
            onChange={(e) => controller.setInputs({ until: e.target.value || undefined })}
          />
        </label>
        <label>
          Channel{' '}
          <input
            value={inputs.channel ?? ''}
            placeholder="all"
            size={8}
            onChange={(e) => controller.setInputs({ channel: e.target.value.trim() || undefined })}
          />
        </label>
        <label>
          Language{' '}
          <input
            value={inputs.language ?? ''}
            placeholder="all"
            size={4}
            onChange={(e) => controller.setInputs({ language: e.target.value.trim() || undefined })}
          />
        </label>
        <label>
          Source{' '}
          <select
            value={inputs.source}
            onChange={(e) => controller.setInputs({ source: e.target.value as typeof inputs.source })}
            data-testid="traffic-source"
          >
            <option value="auto">Chatlayer, else pulled conversations</option>
            <option value="live">Chatlayer Analytics</option>
            <option value="pulled">Pulled conversations (offline)</option>
          </select>
        </label>
        <div className="traffic-actions">
          <button type="submit" disabled={busy || !inputs.since} data-testid="traffic-fetch">
            {report ? 'Fetch again' : 'Fetch traffic'}
          </button>
          {busy && (
            <button type="button" onClick={() => controller.cancel()} data-testid="traffic-cancel">
              Cancel
            </button>
          )}
          {busy && progress && (
            <span className="muted" data-testid="traffic-progress">
              {progress.done}
              {progress.total !== null ? ` of ${progress.total}` : ''}
            </span>
          )}
        </div>
      </form>
      {error && (
        <p role="alert" className="traffic-error">
          {error}
        </p>
      )}
      {report && (
        <>
          <p className="muted" data-testid="traffic-where">
            {report.where}
            {report.cached ? ', from the cache' : ''}: {report.blocks.length} blocks with traffic.
            {report.source === 'live' &&
              ' Counts as Chatlayer answers them; the answer shape is assumed (docs/chatlayer.md#traffic).'}
          </p>
          <Legend max={report.max} />
          <h4>Worst drop-off</h4>
          <Worst report={report} />
          {report.notExported > 0 && (
            <p className="muted">
              {report.notExported} blocks were never exported: Chatlayer counts nothing for them.
            </p>
          )}
          {unknown.length > 0 && (
            <p className="traffic-unknown" data-testid="traffic-unknown">
              {unknown.length} step ids in the answer belong to no block (
              {unknown.reduce((n, s) => n + s.count, 0)} passes, left out):{' '}
              {unknown
                .slice(0, 5)
                .map((s) => s.stepId)
                .join(', ')}
              {unknown.length > 5 ? ', …' : ''}
            </p>
          )}
        </>
      )}
    </aside>
  );
}
