// The node components of sticky notes and frames. Both resize with React Flow's NodeResizer (the size
// is one setNote/setFrame when the handle is let go) and edit their text in place on double-click.
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { ANNOTATION_COLORS, type AnnotationColor, type Frame, type Note } from '../../../engine/model';
import { useAppStore } from '../../state/app-store';
import { useProject, useProjectStore } from '../../state/project-store';
import { AnnotationText } from './AnnotationText';
import { nextColor, updateAnnotation } from './annotation-actions';
import type { AnnotationNode } from './annotation-window';
import './annotations.css';

function useAnnotationEdits(id: string) {
  const store = useProjectStore();
  const setError = useAppStore((s) => s.setError);
  const editing = useProject((s) => s.editingAnnotation === id);
  const report = useCallback(
    (r: ReturnType<typeof updateAnnotation>) => {
      if (r && !r.ok) setError(r.error.message);
    },
    [setError],
  );
  return {
    editing,
    startEditing: () => store.getState().setEditingAnnotation(id),
    finish(patch: Parameters<typeof updateAnnotation>[2] | null, label: string) {
      store.getState().setEditingAnnotation(null);
      if (patch) report(updateAnnotation(store, id, patch, label));
    },
    recolor(color: AnnotationColor | undefined) {
      report(updateAnnotation(store, id, { color: nextColor(color, ANNOTATION_COLORS) }, 'Change colour'));
    },
    resize(rect: { x: number; y: number; width: number; height: number } | null) {
      const state = store.getState();
      if (rect) {
        state.setAnnotationResize(new Map([[id, rect]]));
        return;
      }
      const live = state.annotationResize.get(id);
      state.setAnnotationResize(new Map());
      if (live)
        report(
          updateAnnotation(
            store,
            id,
            {
              position: { x: Math.round(live.x), y: Math.round(live.y) },
              size: { width: Math.round(live.width), height: Math.round(live.height) },
            },
            'Resize',
          ),
        );
    },
  };
}

function ColorDot({ color, onClick }: { color: AnnotationColor | undefined; onClick(): void }) {
  return (
    <button
      className="annotation-color nodrag"
      aria-label={`Colour: ${color ?? ANNOTATION_COLORS[0]}; change`}
      title="Change colour"
      onClick={onClick}
    />
  );
}

export const NoteNode = memo(function NoteNode({ data, selected }: NodeProps<AnnotationNode>) {
  return data.kind === 'note' ? <NoteBody note={data.note} selected={selected} /> : null;
});

function NoteBody({ note, selected }: { note: Note; selected: boolean }) {
  const edits = useAnnotationEdits(note.id);
  return (
    <div
      className={`note-node annotation-${note.color ?? 'yellow'}${selected ? ' is-selected' : ''}`}
      data-testid={`note-${note.id}`}
      role="note"
      aria-label={`Note: ${note.text || 'empty'}`}
      onDoubleClick={edits.startEditing}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={40}
        minHeight={40}
        onResize={(_e, p) => edits.resize(p)}
        onResizeEnd={() => edits.resize(null)}
      />
      <ColorDot color={note.color} onClick={() => edits.recolor(note.color)} />
      {edits.editing ? (
        <AnnotationText
          value={note.text}
          multiline
          label="Note text"
          onDone={(text) => edits.finish(text === null || text === note.text ? null : { text }, 'Edit note')}
        />
      ) : (
        <p className="note-text">{note.text || <span className="muted">Double-click to write</span>}</p>
      )}
    </div>
  );
}

export const FrameNode = memo(function FrameNode({ data, selected }: NodeProps<AnnotationNode>) {
  return data.kind === 'frame' ? <FrameBody frame={data.frame} selected={selected} /> : null;
});

function FrameBody({ frame, selected }: { frame: Frame; selected: boolean }) {
  const edits = useAnnotationEdits(frame.id);
  return (
    <div
      className={`frame-node annotation-${frame.color ?? 'grey'}${selected ? ' is-selected' : ''}`}
      data-testid={`frame-${frame.id}`}
      role="group"
      aria-label={`Frame: ${frame.title || 'untitled'}`}
    >
      <NodeResizer
        isVisible={selected}
        minWidth={120}
        minHeight={80}
        onResize={(_e, p) => edits.resize(p)}
        onResizeEnd={() => edits.resize(null)}
      />
      <header
        className="frame-title"
        onDoubleClick={edits.startEditing}
        title="Drag to move the frame and its blocks"
      >
        <ColorDot color={frame.color} onClick={() => edits.recolor(frame.color)} />
        {edits.editing ? (
          <AnnotationText
            value={frame.title}
            multiline={false}
            label="Frame title"
            onDone={(title) =>
              edits.finish(title === null || title === frame.title ? null : { title }, 'Rename frame')
            }
          />
        ) : (
          <span className="frame-title-text">{frame.title || 'Untitled frame'}</span>
        )}
      </header>
    </div>
  );
}
