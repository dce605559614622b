// Inspector form of a user input block (docs/file-format.md#input-block): prompt, variable, validation and its limits,
// the invalid and third-failure messages.
import type { InputBlock, InputValidation } from '../../engine/model';
import { useProject } from '../state/project-store';
import { InputValidationFields, VALIDATION_KINDS, validationOf } from './InputValidationFields';
import { MessagesEditor } from './MessagesEditor';
import { CheckField, NumberField, SelectField } from './fields/SmallFields';
import { NextField, TargetField } from './fields/TargetField';
import { TemplateField } from './fields/TemplateField';
import { TextField } from './fields/TextField';
import { usePatchBlock } from './use-commit';

export function InputForm({ block }: { block: InputBlock }) {
  const patch = usePatchBlock(block.id);
  const v = block.validate;
  const firstEntity = useProject((s) => s.project.entities?.[0]?.name);
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
        options={VALIDATION_KINDS}
        onCommit={(k) => setValidate(validationOf(k, firstEntity))}
        testId="field-validate"
      />
      <InputValidationFields block={block} setValidate={setValidate} />
      <TemplateField
        label="When the answer is invalid, say"
        value={block.invalidMessage ?? ''}
        onCommit={(invalidMessage) =>
          patch({ invalidMessage: invalidMessage || undefined }, 'Edit invalid message')
        }
      />
      <TemplateField
        label="On the last failed attempt, say instead (optional)"
        value={block.failMessage ?? ''}
        testId="field-failMessage"
        onCommit={(failMessage) => patch({ failMessage: failMessage || undefined }, 'Edit fail message')}
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
        label="Ask even when the variable has a value (an entity already filled it, say)"
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
