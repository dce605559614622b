// The inspector: a form for the selected block (every field of docs/file-format.md#the-project-document), a summary for a multi-selection.
import { useEffect, useRef } from 'react';
import { selectViewLanguage, useProject } from '../state/project-store';
import { TranslatedTexts } from './TranslatedTexts';
import { blockTextUnits, type Block } from '../../engine/model';
import { blockColorStyle, blockUi } from '../blocks/block-ui';
import { CommonFields, NotesField } from './CommonFields';
import { ContextsSection } from './ContextsSection';
import { ProjectDatalists } from './ProjectDatalists';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import './inspector.css';

/** The form of the block's kind (from BLOCK_UI). */
function KindForm({ block }: { block: Block }) {
  const { Form } = blockUi(block.type);
  return <Form block={block} />;
}

export function Inspector() {
  const selectedId = useProject((s) => (s.selected.size === 1 ? [...s.selected][0]! : null));
  const count = useProject((s) => s.selected.size);
  const block = useProject((s) => (selectedId ? s.block(selectedId) : undefined));
  const editRequest = useProject((s) => s.editRequest);
  const editField = useProject((s) => s.editField);
  const viewLanguage = useProject(selectViewLanguage);
  const primary = useProject((s) => s.project.language);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!editRequest) return;
    const field =
      editField === 'name'
        ? '[data-testid="field-name"]'
        : 'textarea, input:not([data-skip-on-edit]), select';
    root.current?.querySelector<HTMLElement>(field)?.focus();
  }, [editRequest]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!block)
    return (
      <div className="inspector" data-testid="inspector">
        <p className="muted small">
          {count > 1
            ? `${count} blocks selected. Drag to move them, Alt+A/W to align, Delete to remove.`
            : 'Select a block to edit it here. Double-click a message block to edit its text on the card, another block to jump to its first field.'}
        </p>
      </div>
    );
  return (
    <div className="inspector" ref={root} data-testid="inspector" data-block={block.id}>
      <ProjectDatalists />
      <h4 className={`inspector-title block-${block.type}`} style={blockColorStyle(block.type)}>
        {blockUi(block.type).title}
      </h4>
      <CommonFields key={`common-${block.id}`} block={block} />
      <ErrorBoundary key={block.id} what="inspector form">
        {viewLanguage && blockTextUnits(block).length > 0 ? (
          <TranslatedTexts block={block} language={viewLanguage} primary={primary} />
        ) : (
          <KindForm block={block} />
        )}
        <ContextsSection block={block} />
        <NotesField block={block} />
      </ErrorBoundary>
    </div>
  );
}
