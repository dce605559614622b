// A text field for templates: `{variables}` highlighted in a preview under it, names completed from
// the project's variables.
import { TemplateText } from '../../ui/TemplateText';
import { TextField, type TextFieldProps } from './TextField';

export function TemplateField(props: TextFieldProps) {
  return (
    <TextField
      {...props}
      list={props.list ?? 'variable-names'}
      below={(draft) =>
        /\{[^}]+\}/.test(draft) ? (
          <div
            className="template-preview"
            data-testid={props.testId ? `${props.testId}-preview` : undefined}
          >
            <TemplateText text={draft} />
          </div>
        ) : null
      }
    />
  );
}
