// The connection check (chatlayer.status, GET /v1/bots): where the calls go, whether the token was
// accepted and where it came from, whether the bot is among the token's bots, version and channel.
import { useChatlayer, useChatlayerState } from './ChatlayerContext';

const SOURCES = { environment: 'BOTLOOM_CHATLAYER_TOKEN', 'secret store': 'the secret store' } as const;

export function StatusView() {
  const chatlayer = useChatlayer();
  const status = useChatlayerState((s) => s.status);
  const s = status.value;
  return (
    <div className="panel-list" data-testid="chatlayer-status-view">
      <h4>Status</h4>
      <div className="row">
        <button
          type="button"
          disabled={status.busy}
          onClick={() => void chatlayer.checkStatus()}
          data-testid="chatlayer-status-check"
        >
          {status.busy ? 'Checking…' : 'Check connection'}
        </button>
      </div>
      {status.error && (
        <p className="field-error" role="alert" data-testid="chatlayer-status-error">
          {status.error}
        </p>
      )}
      {s && !status.error && (
        <dl className="chatlayer-status" data-testid="chatlayer-status" data-ok={s.problem === null}>
          <dt>Chatlayer</dt>
          <dd>
            {s.label} ({s.baseUrl})
          </dd>
          <dt>Token</dt>
          <dd>from {SOURCES[s.tokenSource]}, accepted</dd>
          <dt>Bot</dt>
          <dd data-testid="chatlayer-status-bot">
            {s.bot
              ? `${s.bot.id}${s.bot.name ? ` (${s.bot.name})` : ''}, ${s.bot.found ? 'found' : 'not found'}`
              : `not set; the token reaches ${s.bots.map((b) => b.id).join(', ') || 'no bots'}`}
          </dd>
          <dt>Version</dt>
          <dd>{s.version}</dd>
          <dt>Channel</dt>
          <dd>{s.channelId ?? 'not set (needed for conformance runs)'}</dd>
        </dl>
      )}
      {s?.problem && !status.error && (
        <p className="field-error" role="alert">
          {s.problem}
        </p>
      )}
    </div>
  );
}
