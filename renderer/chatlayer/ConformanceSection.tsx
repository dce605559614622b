// Live conformance (docs/chatlayer.md#live-conformance): the project's conversation tests against the live bot through its webhook
// channel, the bot's answers received on a local receiver; a progress bar and Cancel while it runs, then
// per test the steps where the live bot differs, with the expected, live and local messages.
import { useId } from 'react';
import { useProject } from '../state/project-store';
import { useChatlayer, useChatlayerState } from './ChatlayerContext';
import { ConformanceResults } from './ConformanceResults';
import type { ConformanceInputs } from './chatlayer-store';
import { Play } from 'lucide-react';

function NumberInput({
  label,
  field,
  min,
  max,
}: {
  label: string;
  field: keyof ConformanceInputs;
  min: number;
  max: number;
}) {
  const chatlayer = useChatlayer();
  const value = useChatlayerState((s) => s.conformanceInputs[field]);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={value}
        onChange={(e) => chatlayer.setConformanceInputs({ [field]: Number(e.target.value) })}
        data-testid={`chatlayer-${field}`}
      />
    </div>
  );
}

export function ConformanceSection() {
  const chatlayer = useChatlayer();
  const run = useChatlayerState((s) => s.conformance);
  const inputs = useChatlayerState((s) => s.conformanceInputs);
  const progress = useChatlayerState((s) => s.progress);
  const webhookUrl = useProject((s) => s.project.chatlayer?.webhookUrl);
  const tests = useProject((s) => s.project.tests.length);
  const tokenId = useId();
  const grepId = useId();

  return (
    <div className="panel-list" data-testid="chatlayer-conformance">
      <p className="muted small">
        The receiver listens on 127.0.0.1:{inputs.webhookPort}/chatlayer/webhook
        {webhookUrl
          ? `; Chatlayer delivers to ${webhookUrl}`
          : '; for a bot on Chatlayer’s servers, put a tunnel in front of it and set the webhook URL in Connection'}
        .
      </p>
      <div className="field-row">
        <NumberInput label="Receiver port" field="webhookPort" min={1} max={65535} />
        <div className="field">
          <label htmlFor={tokenId}>Webhook verify token</label>
          <input
            id={tokenId}
            type="password"
            autoComplete="off"
            value={inputs.verifyToken}
            onChange={(e) => chatlayer.setConformanceInputs({ verifyToken: e.target.value })}
            data-testid="chatlayer-verify-token"
          />
        </div>
      </div>
      <div className="field-row">
        <NumberInput label="Settle time (ms)" field="settleMs" min={10} max={60_000} />
        <NumberInput label="Reply timeout (ms)" field="replyTimeoutMs" min={10} max={600_000} />
        <div className="field">
          <label htmlFor={grepId}>Only tests named like</label>
          <input
            id={grepId}
            value={inputs.grep}
            onChange={(e) => chatlayer.setConformanceInputs({ grep: e.target.value })}
            data-testid="chatlayer-grep"
          />
        </div>
      </div>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={run.busy || tests === 0 || !inputs.verifyToken}
          onClick={() => void chatlayer.runConformance()}
          data-testid="chatlayer-conformance-run"
        >
          <Play aria-hidden /> Run {tests} test{tests === 1 ? '' : 's'} against the live bot
        </button>
        {run.busy && (
          <button type="button" onClick={() => void chatlayer.cancel()} data-testid="chatlayer-cancel">
            Cancel
          </button>
        )}
      </div>
      {run.busy && (
        <progress
          max={progress?.total ?? undefined}
          value={progress?.done ?? 0}
          aria-label="Conformance progress"
          data-testid="chatlayer-progress"
        />
      )}
      {run.error && (
        <p className="field-error" role="alert" data-testid="chatlayer-conformance-error">
          {run.error}
        </p>
      )}
      {run.value && !run.error && <ConformanceResults run={run.value} />}
    </div>
  );
}
