// The Chatlayer access token: typed here, handed to the host's secret store (secrets.set) and never shown
// back; the field tells where the token is kept and, when that is a plain file, says so plainly.
import { useEffect, useId, useState } from 'react';
import { useChatlayer, useChatlayerState } from './ChatlayerContext';

export function TokenField() {
  const chatlayer = useChatlayer();
  const secrets = useChatlayerState((s) => s.secrets);
  const [draft, setDraft] = useState('');
  const id = useId();
  useEffect(() => {
    void chatlayer.loadSecrets();
  }, [chatlayer]);

  const stored = secrets.value?.names.includes('chatlayer.token') ?? false;
  const storage = secrets.value?.storage;
  const save = async () => {
    if (!draft.trim()) return;
    // The draft leaves the renderer's state whether or not the store accepted it.
    const value = draft;
    setDraft('');
    await chatlayer.saveToken(value);
  };

  return (
    <div className="panel-list" data-testid="chatlayer-token-field">
      <h4>Access token</h4>
      <div className="field">
        <label htmlFor={id}>Token (Chatlayer › Settings › Access tokens)</label>
        <div className="row">
          <input
            id={id}
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={draft}
            placeholder={stored ? 'A token is stored; type a new one to replace it' : 'Paste the token'}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && void save()}
            data-testid="chatlayer-token"
          />
          <button
            type="button"
            disabled={!draft.trim() || secrets.busy}
            onClick={() => void save()}
            data-testid="chatlayer-token-save"
          >
            Store
          </button>
        </div>
      </div>
      <p className="small" data-testid="chatlayer-token-state" data-stored={stored}>
        {stored ? 'A token is stored' : 'No token is stored'}
        {storage ? ` in ${storage.label}.` : '.'}{' '}
        {stored && (
          <button
            type="button"
            className="link"
            onClick={() => void chatlayer.removeToken()}
            data-testid="chatlayer-token-remove"
          >
            Remove it
          </button>
        )}
      </p>
      {storage?.warning && (
        <p className="chatlayer-warning small" role="note" data-testid="chatlayer-token-warning">
          The token is {storage.warning}.
        </p>
      )}
      <p className="muted small">
        BOTLOOM_CHATLAYER_TOKEN, when set where Botloom runs, wins over the stored token.
      </p>
      {secrets.error && (
        <p className="field-error" role="alert">
          {secrets.error}
        </p>
      )}
    </div>
  );
}
