// The Chatlayer connection of the project (docs/chatlayer.md#connection): region or base URL, bot, version, webhook channel,
// the receiver's public URL and the pause/resume endpoints, each edited as an undoable updateSettings;
// the access token (kept outside the project); and the status check.
import { useState } from 'react';
import { SelectField } from '../inspector/fields/SmallFields';
import { TextField } from '../inspector/fields/TextField';
import { useProject } from '../state/project-store';
import { useChatlayer } from './ChatlayerContext';
import type { ConnectionPatch } from './chatlayer-controller';
import { StatusView } from './StatusView';
import { TokenField } from './TokenField';

const REGIONS = [
  { value: 'eu', label: 'EU' },
  { value: 'us', label: 'US' },
  { value: 'asia', label: 'Asia' },
  { value: 'custom', label: 'Custom base URL' },
] as const;
type RegionChoice = (typeof REGIONS)[number]['value'];

const url = (value: string) =>
  value.trim() === '' || URL.canParse(value.trim()) ? undefined : 'Enter a full URL such as https://…';

export function ConnectionSection() {
  const chatlayer = useChatlayer();
  const settings = useProject((s) => s.project.chatlayer) ?? {};
  const [custom, setCustom] = useState(Boolean(settings.baseUrl));
  const save = (patch: ConnectionPatch) => chatlayer.saveSettings(patch);
  const text = (key: keyof ConnectionPatch) => (value: string) =>
    save({ [key]: value.trim() === '' ? undefined : value.trim() });
  const region: RegionChoice = custom || settings.baseUrl ? 'custom' : (settings.region ?? 'eu');

  return (
    <div className="chatlayer-grid" data-testid="chatlayer-connection">
      <div className="panel-list">
        <h4>Connection</h4>
        <div className="field-row">
          <SelectField
            label="Region"
            value={region}
            options={[...REGIONS]}
            testId="chatlayer-region"
            onCommit={(choice) => {
              setCustom(choice === 'custom');
              return choice === 'custom' ? undefined : save({ region: choice, baseUrl: undefined });
            }}
          />
          <SelectField
            label="Version"
            value={settings.version ?? 'DRAFT'}
            options={['DRAFT', 'LIVE'] as const}
            testId="chatlayer-version"
            onCommit={(version) => save({ version })}
          />
        </div>
        {region === 'custom' && (
          <TextField
            label="Base URL (a proxy or a test server)"
            value={settings.baseUrl ?? ''}
            placeholder="https://api.chatlayer.ai"
            validate={url}
            onCommit={text('baseUrl')}
            testId="chatlayer-base-url"
          />
        )}
        <TextField
          label="Bot id"
          value={settings.botId ?? ''}
          onCommit={text('botId')}
          testId="chatlayer-bot"
        />
        <TextField
          label="Webhook channel id (Channels › Webhook)"
          value={settings.webhookChannelId ?? ''}
          onCommit={text('webhookChannelId')}
          testId="chatlayer-channel"
        />
        <TextField
          label="Webhook URL Chatlayer delivers to (a tunnel to the local receiver)"
          value={settings.webhookUrl ?? ''}
          placeholder="https://example.ngrok.app/chatlayer/webhook"
          validate={url}
          onCommit={text('webhookUrl')}
          testId="chatlayer-webhook-url"
        />
        <div className="field-row">
          <TextField
            label="Pause endpoint"
            value={settings.pauseEndpoint ?? ''}
            placeholder="POST /v1/bots/{botId}/conversations/{conversationId}/pause"
            onCommit={text('pauseEndpoint')}
            testId="chatlayer-pause"
          />
          <TextField
            label="Resume endpoint"
            value={settings.resumeEndpoint ?? ''}
            placeholder="POST /v1/bots/{botId}/conversations/{conversationId}/resume"
            onCommit={text('resumeEndpoint')}
            testId="chatlayer-resume"
          />
        </div>
      </div>
      <div className="panel-list">
        <TokenField />
        <StatusView />
      </div>
    </div>
  );
}
