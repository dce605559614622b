// Inspector form of an API block (docs/file-format.md#api-block): request, auth, limits, where the answer goes, routes.
import { HTTP_METHODS, type ApiAuth, type ApiBlock, type Json } from '../../engine/model';
import { JsonField } from './fields/JsonField';
import { NumberField, SelectField } from './fields/SmallFields';
import { TransitionSetsEditor } from './TransitionSetsEditor';
import { NextField, TargetField } from './fields/TargetField';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';

type AuthKind = 'none' | ApiAuth['kind'];

export function ApiForm({ block }: { block: ApiBlock }) {
  const patch = usePatchBlock(block.id);
  const auth = block.auth;
  return (
    <>
      <div className="field-row">
        <SelectField
          label="Method"
          value={block.method}
          options={HTTP_METHODS}
          onCommit={(method) => patch({ method }, 'Set method')}
          testId="field-method"
        />
        <TemplateField
          label="URL"
          value={block.url}
          onCommit={(url) => patch({ url }, 'Set URL')}
          testId="field-url"
        />
      </div>
      <JsonField
        label="Headers (JSON object of strings)"
        object
        value={block.headers}
        onCommit={(headers) => patch({ headers }, 'Edit headers')}
      />
      <JsonField
        label="Query (JSON object)"
        object
        value={block.query as Json | undefined}
        onCommit={(query) => patch({ query }, 'Edit query')}
      />
      <JsonField
        label='Body (JSON; {"$block": "id"} sends a block id)'
        value={block.body}
        onCommit={(body) => patch({ body }, 'Edit body')}
        testId="field-body"
      />
      <SelectField<AuthKind>
        label="Authorisation"
        value={auth?.kind ?? 'none'}
        options={['none', 'bearer', 'basic']}
        onCommit={(k) =>
          patch(
            {
              auth:
                k === 'none'
                  ? undefined
                  : k === 'bearer'
                    ? { kind: k, token: '{secrets.token}' }
                    : { kind: k, username: '', password: '{secrets.password}' },
            },
            'Set auth',
          )
        }
      />
      {auth?.kind === 'bearer' && (
        <TemplateField
          label="Token"
          value={auth.token}
          onCommit={(token) => patch({ auth: { ...auth, token } }, 'Set token')}
        />
      )}
      {auth?.kind === 'basic' && (
        <div className="field-row">
          <TemplateField
            label="Username"
            value={auth.username}
            onCommit={(username) => patch({ auth: { ...auth, username } }, 'Set username')}
          />
          <TemplateField
            label="Password"
            value={auth.password}
            onCommit={(password) => patch({ auth: { ...auth, password } }, 'Set password')}
          />
        </div>
      )}
      <div className="field-row">
        <NumberField
          label="Timeout (ms)"
          value={block.timeoutMs}
          min={1}
          max={300000}
          placeholder="10000"
          onCommit={(timeoutMs) => patch({ timeoutMs }, 'Set timeout')}
        />
        <NumberField
          label="Max response (bytes)"
          value={block.maxResponseBytes}
          min={1}
          placeholder="1048576"
          onCommit={(maxResponseBytes) => patch({ maxResponseBytes }, 'Set response cap')}
        />
      </div>
      <TextField
        label="Save the response in"
        value={block.saveAs ?? ''}
        list="variable-names"
        onCommit={(saveAs) => patch({ saveAs: saveAs || undefined }, 'Set saveAs')}
      />
      <NextField value={block.next} patch={patch} />
      <TransitionSetsEditor
        sets={block.nextSet}
        exit="next"
        onCommit={(nextSet) => patch({ nextSet }, 'Set variables on next')}
        testId="sets-next"
      />
      <TargetField
        label="On error"
        value={block.onError}
        onCommit={(onError) => patch({ onError }, 'Set on error')}
        testId="field-onError"
      />
    </>
  );
}
