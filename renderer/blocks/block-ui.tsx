// Everything the app shows of each block kind, in one table: palette entry and shortcut, node icon,
// colour and summary lines, port labels, inspector title and form. Adding a kind adds one entry here.
import type { CSSProperties, ReactNode } from 'react';
import {
  ArrowLeftRight,
  BookOpen,
  Braces,
  Clock,
  FileBraces,
  Headphones,
  Keyboard,
  Mail,
  MessageSquare,
  RotateCcw,
  Split,
  Table,
  Zap,
  type LucideIcon,
} from 'lucide-react';
import type { BlockOf, BlockSlot, BlockType } from '../../engine/model';
import { ApiForm } from '../inspector/ApiForm';
import { ClearSessionForm } from '../inspector/ClearSessionForm';
import { EmailForm } from '../inspector/EmailForm';
import { GetTimeForm } from '../inspector/GetTimeForm';
import { JsonBuilderForm } from '../inspector/JsonBuilderForm';
import { CodeForm } from '../inspector/CodeForm';
import { GotoForm } from '../inspector/GotoForm';
import { InputForm } from '../inspector/InputForm';
import { MessageForm } from '../inspector/MessageForm';
import { OnVariableChangeForm } from '../inspector/OnVariableChangeForm';
import { HandoverForm } from '../inspector/HandoverForm';
import { KnowledgeForm } from '../inspector/KnowledgeForm';
import { TableForm } from '../inspector/TableForm';
import { conditionLabel, messageLines, offsetLabel, tableSummary } from './summary-text';

export interface BlockUi<K extends BlockType> {
  /** The palette's name for it. */
  label: string;
  /** The inspector's heading. */
  title: string;
  /** The palette's one-line description. */
  hint: string;
  /**
   * The key that adds one at the centre of the canvas, and the help overlay's text for it. The digits 1–9
   * are all taken: a later kind may have none (palette only) until another key is chosen for it.
   */
  shortcut?: { key: string; description: string };
  /** The node header's and palette's icon (lucide-react, imported one by one). */
  icon: LucideIcon;
  /** Its colour (the CSS variable --block-color of its node, palette item and inspector heading). */
  color: string;
  /** An extra class for its summary lines (e.g. monospace for code). */
  linesClass?: string;
  /** The summary lines of its node (clipped to three). */
  summary(block: BlockOf<K>): string[];
  /** The label of a port for a reference of this block (buttons show their title, else the slot name). */
  portLabel?(block: BlockOf<K>, ref: BlockSlot): string;
  /** The inspector's form for its own fields. */
  Form(props: { block: BlockOf<K> }): ReactNode;
}

/** Every kind's UI: the type checker reports a kind that has none. */
export type BlockUiTable = { readonly [K in BlockType]: BlockUi<K> };

export const BLOCK_UI: BlockUiTable = {
  message: {
    label: 'Message',
    title: 'Message',
    hint: 'Send texts, buttons, images',
    shortcut: { key: '1', description: 'Add a message block' },
    icon: MessageSquare,
    color: '#5b5bd6',
    summary: (block) => block.messages.flatMap(messageLines),
    Form: MessageForm,
  },
  input: {
    label: 'User input',
    title: 'User input',
    hint: 'Ask and store an answer',
    shortcut: { key: '2', description: 'Add a user input block' },
    icon: Keyboard,
    color: '#0e9384',
    summary: (block) => [
      ...block.prompt.flatMap(messageLines),
      `→ {${block.variable}} (${block.validate.kind === 'entity' ? block.validate.entity : block.validate.kind})`,
    ],
    Form: InputForm,
  },
  goto: {
    label: 'Go To',
    title: 'Go To',
    hint: 'Route on conditions',
    shortcut: { key: '3', description: 'Add a Go To block' },
    icon: Split,
    color: '#dc6803',
    summary: (block) => (block.rules.length === 0 ? ['jump'] : []),
    portLabel: (block, ref) => {
      const rule = ref.kind === 'rule' ? block.rules[ref.path[1] as number] : undefined;
      return rule ? conditionLabel(rule.when) : ref.kind;
    },
    Form: GotoForm,
  },
  api: {
    label: 'API',
    title: 'API call',
    hint: 'Call an HTTP endpoint',
    shortcut: { key: '4', description: 'Add an API block' },
    icon: ArrowLeftRight,
    color: '#2e90fa',
    summary: (block) => [`${block.method} ${block.url}`, ...(block.saveAs ? [`→ {${block.saveAs}}`] : [])],
    Form: ApiForm,
  },
  code: {
    label: 'Code',
    title: 'Code',
    hint: 'Run JavaScript',
    shortcut: { key: '5', description: 'Add a code block' },
    icon: Braces,
    color: '#9e77ed',
    linesClass: 'block-code',
    summary: (block) => block.code.split('\n').filter((l) => l.trim() !== ''),
    Form: CodeForm,
  },
  clearSession: {
    label: 'Clear session',
    title: 'Clear session',
    hint: 'Reset variables to their defaults',
    shortcut: { key: '6', description: 'Add a Clear session block' },
    icon: RotateCcw,
    color: '#667085',
    summary: () => ['variables back to their defaults'],
    Form: ClearSessionForm,
  },
  getTime: {
    label: 'Get time',
    title: 'Get time',
    hint: 'Store the current time',
    shortcut: { key: '7', description: 'Add a Get time block' },
    icon: Clock,
    color: '#15b79e',
    summary: (block) => [
      `→ {${block.variable}}`,
      block.offsetHours === undefined ? 'UTC' : `UTC and ${offsetLabel(block.offsetHours)}`,
    ],
    Form: GetTimeForm,
  },
  jsonBuilder: {
    label: 'JSON builder',
    title: 'JSON builder',
    hint: 'Send a data-only event',
    shortcut: { key: '8', description: 'Add a JSON builder block' },
    icon: FileBraces,
    color: '#4e5ba6',
    linesClass: 'block-code',
    summary: (block) => [
      `event ${JSON.stringify(block.data)}`,
      ...(block.toParentWindow ? ['to the parent window'] : []),
    ],
    Form: JsonBuilderForm,
  },
  email: {
    label: 'Send e-mail',
    title: 'Send e-mail',
    hint: 'E-mail (kept in the Outbox here)',
    shortcut: { key: '9', description: 'Add a Send e-mail block' },
    icon: Mail,
    color: '#dd2590',
    summary: (block) => [`to ${block.to}`, block.subject],
    Form: EmailForm,
  },
  onVariableChange: {
    label: 'Event',
    title: 'Event: variable changed',
    hint: 'Run when a variable changes',
    icon: Zap,
    color: '#e62e05',
    summary: (block) => [`when {${block.variable}} changes`],
    Form: OnVariableChangeForm,
  },
  knowledge: {
    label: 'Generate answer',
    title: 'Generate answer (knowledge base)',
    hint: 'Answer from the knowledge sources',
    icon: BookOpen,
    color: '#7a5af8',
    summary: (block) => [
      `${block.question ? `"${block.question}"` : 'the last message'} → {${block.variable}}`,
      block.tags?.length ? `sources tagged ${block.tags.join(', ')}` : 'every source',
      ...(block.threshold !== undefined ? [`above ${block.threshold}`] : []),
    ],
    Form: KnowledgeForm,
  },
  table: {
    label: 'Table',
    title: 'Table',
    hint: 'Insert, update, retrieve or delete rows',
    icon: Table,
    color: '#0e9384',
    summary: (block) => tableSummary(block),
    Form: TableForm,
  },
  handover: {
    label: 'Send to agent',
    title: 'Send to agent',
    hint: 'Hand over to a human agent',
    icon: Headphones,
    color: '#0e9384',
    summary: (block) => ['hand over to a human agent', ...(block.note ? [`note: ${block.note}`] : [])],
    Form: HandoverForm,
  },
};

/** The UI entry of a kind, typed for its blocks (a table lookup TypeScript cannot narrow by itself). */
export const blockUi = <K extends BlockType>(type: K): BlockUi<K> => BLOCK_UI[type] as BlockUi<K>;

/** A kind's icon; decorative, as the block's title or the palette's label names it. */
export function BlockIcon({ type }: { type: BlockType }) {
  const Icon = BLOCK_UI[type].icon;
  return <Icon className="block-icon" aria-hidden />;
}

/** Sets --block-color for an element showing a block of this kind. */
export const blockColorStyle = (type: BlockType): CSSProperties =>
  ({ '--block-color': BLOCK_UI[type].color }) as CSSProperties;
