// The inspector: a form for the selected block (every field of docs/file-format.md#the-project-document), a summary for a multi-selection.
import { useEffect, useRef } from 'react';
import { useProject } from '../state/project-store';
import { ApiForm } from './ApiForm';
import { CodeForm } from './CodeForm';
import { CommonFields, NotesField } from './CommonFields';
import { GotoForm } from './GotoForm';
import { InputForm } from './InputForm';
import { MessageForm } from './MessageForm';
import { ProjectDatalists } from './ProjectDatalists';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import './inspector.css';

const TITLES = {
  message: 'Message',
  input: 'User input',
  goto: 'Go To',
  api: 'API call',
  code: 'Code',
} as const;

export function Inspector() {
  const selectedId = useProject((s) => (s.selected.size === 1 ? [...s.selected][0]! : null));
  const count = useProject((s) => s.selected.size);
  const block = useProject((s) => (selectedId ? s.block(selectedId) : undefined));
  const editRequest = useProject((s) => s.editRequest);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (editRequest)
      root.current
        ?.querySelector<HTMLElement>('textarea, input:not([data-testid="field-id"]), select')
        ?.focus();
  }, [editRequest]);

  if (!block)
    return (
      <div className="inspector" data-testid="inspector">
        <p className="muted small">
          {count > 1
            ? `${count} blocks selected. Drag to move them, Alt+A/W to align, Delete to remove.`
            : 'Select a block to edit it here. Double-click a block to jump to its first field.'}
        </p>
      </div>
    );
  return (
    <div className="inspector" ref={root} data-testid="inspector" data-block={block.id}>
      <ProjectDatalists />
      <h4 className={`inspector-title block-${block.type}`}>{TITLES[block.type]}</h4>
      <CommonFields key={`common-${block.id}`} block={block} />
      <ErrorBoundary key={block.id} what="inspector form">
        {block.type === 'message' && <MessageForm block={block} />}
        {block.type === 'input' && <InputForm block={block} />}
        {block.type === 'goto' && <GotoForm block={block} />}
        {block.type === 'api' && <ApiForm block={block} />}
        {block.type === 'code' && <CodeForm block={block} />}
        <NotesField block={block} />
      </ErrorBoundary>
    </div>
  );
}
