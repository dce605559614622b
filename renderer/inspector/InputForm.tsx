// Inspector form of a user input block (docs/file-format.md#input-block): prompt, variable, validation and its limits.
import type { InputBlock, InputValidation, InputValidationKind } from '../../engine/model';
import { MessagesEditor } from './MessagesEditor';
import { CheckField, NumberField, SelectField } from './fields/SmallFields';
import { NextField, TargetField } from './fields/TargetField';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';

const KINDS: readonly InputValidationKind[] = ['any', 'number', 'email', 'phone', 'date', 'regex', 'choice'];

function validationOf(kind: InputValidationKind): InputValidation {
  if (kind === 'regex') return { kind, pattern: '.+' };
  if (kind === 'choice') return { kind, choices: ['yes', 'no'] };
  return { kind } as InputValidation;
}

export function InputForm({ block }: { block: InputBlock }) {
  const patch = usePatchBlock(block.id);
  const v = block.validate;
  const setValidate = (validate: InputValidation) => patch({ validate }, 'Edit validation');
  return (
    <>
      <MessagesEditor
        messages={block.prompt}
        onCommit={(prompt) => patch({ prompt }, 'Edit prompt')}
        testId="prompt"
      />
      <TextField
        label="Store the answer in"
        value={block.variable}
        list="variable-names"
        testId="field-variable"
        onCommit={(variable) => patch({ variable }, 'Set variable')}
      />
      <SelectField
        label="Accept"
        value={v.kind}
        options={KINDS}
        onCommit={(k) => setValidate(validationOf(k))}
        testId="field-validate"
      />
      {v.kind === 'number' && (
        <div className="field-row">
          <NumberField label="Min" value={v.min} onCommit={(min) => setValidate({ ...v, min })} />
          <NumberField label="Max" value={v.max} onCommit={(max) => setValidate({ ...v, max })} />
        </div>
      )}
      {v.kind === 'regex' && (
        <div className="field-row">
          <TextField
            label="Pattern"
            value={v.pattern}
            validate={(p) => {
              try {
                new RegExp(p);
                return undefined;
              } catch (e) {
                return (e as Error).message;
              }
            }}
            onCommit={(pattern) => setValidate({ ...v, pattern })}
          />
          <TextField
            label="Flags"
            value={v.flags ?? ''}
            onCommit={(flags) => setValidate({ ...v, flags: flags || undefined })}
          />
        </div>
      )}
      {v.kind === 'choice' && (
        <TextField
          label="Choices (one per line)"
          multiline
          value={v.choices.join('\n')}
          onCommit={(t) =>
            setValidate({
              ...v,
              choices: t
                .split('\n')
                .map((c) => c.trim())
                .filter(Boolean),
            })
          }
        />
      )}
      <TemplateField
        label="When the answer is invalid, say"
        value={block.invalidMessage ?? ''}
        onCommit={(invalidMessage) =>
          patch({ invalidMessage: invalidMessage || undefined }, 'Edit invalid message')
        }
      />
      <NumberField
        label="Attempts"
        value={block.maxAttempts}
        min={1}
        max={100}
        placeholder="3"
        onCommit={(maxAttempts) => patch({ maxAttempts }, 'Set attempts')}
      />
      <CheckField
        label="Ask even when the variable has a value"
        value={!!block.askAlways}
        onCommit={(askAlways) => patch({ askAlways: askAlways || undefined }, 'Set ask always')}
      />
      <CheckField
        label="Keep intents from taking over answers"
        value={!!block.disableNlp}
        onCommit={(disableNlp) => patch({ disableNlp: disableNlp || undefined }, 'Set disable NLP')}
      />
      <NextField value={block.next} patch={patch} />
      <TargetField
        label="After too many invalid answers"
        value={block.onFail}
        onCommit={(onFail) => patch({ onFail }, 'Set on fail')}
        testId="field-onFail"
      />
    </>
  );
}
