// The Chatlayer access token: typed here, handed to the host's secret store (secrets.set) and never shown
// back; one message under it tells where the token is kept and, when that is a plain file, says so
// plainly (or says why storing failed): never several stacked messages about the token.
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
      <TokenMessage stored={stored} />
    </div>
  );
}

const ENV_NOTE = 'BOTLOOM_CHATLAYER_TOKEN, when set where Botloom runs, wins over a stored token.';

/**
 * The one message about the token: the last error, else whether one is stored and where (with the
 * storage's warning, such as plain text), else how to add one.
 */
function TokenMessage({ stored }: { stored: boolean }) {
  const chatlayer = useChatlayer();
  const secrets = useChatlayerState((s) => s.secrets);
  const storage = secrets.value?.storage;
  if (secrets.error)
    return (
      <p className="field-error small" role="alert" data-testid="chatlayer-token-state" data-stored={stored}>
        {secrets.error}
      </p>
    );
  const warning = storage?.warning ? (
    <span className="chatlayer-warning" data-testid="chatlayer-token-warning">
      {stored ? '; it is ' : ', '}
      {storage.warning}
    </span>
  ) : null;
  return (
    <p className="small" data-testid="chatlayer-token-state" data-stored={stored}>
      {stored ? `A token is stored in ${storage?.label ?? 'the secret store'}` : 'No token is stored'}
      {!stored && storage ? ` (a token you store goes to ${storage.label}` : ''}
      {warning}
      {!stored && storage ? ')' : ''}
      {stored ? '. ' : `. ${ENV_NOTE}`}
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
  );
}
