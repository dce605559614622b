// The conversation's language (docs/file-format.md#languages): `internal.preferredLanguage`, else `internal.locale`,
// matched to the project's languages (exactly, then by the base language: nl-BE finds nl, fr_BE finds fr); when
// neither names one of them, the primary language. Setting the variable during a conversation changes the next texts.
import {
  localizeMessage,
  matchLanguage,
  projectLanguages,
  textOrPrimary,
  type Json,
  type Message,
  type Project,
  type TextOwner,
} from '../model';

/** The session variables that choose the language; the runtime lets a block write these two `internal` paths. */
export const LANGUAGE_VARIABLES = ['internal.preferredLanguage', 'internal.locale'] as const;

export { matchLanguage };

/** The language a conversation with this `internal` namespace speaks. */
export function sessionLanguage(project: Project, internal: Record<string, Json>): string {
  const { primary, all } = projectLanguages(project);
  if (all.length === 1) return primary;
  return matchLanguage(internal.preferredLanguage, all) ?? matchLanguage(internal.locale, all) ?? primary;
}

/** What localizing needs of the runtime: the languages and where to report a text sent in the primary language. */
export interface LocalizeContext {
  readonly project: Project;
  readonly language: string;
  warn(blockId: string | null, code: string, message: string, path?: string): void;
}

/** The message in the conversation's language; each text missing in it is sent in the primary language and traced. */
export function localizeOutgoing(
  ctx: LocalizeContext,
  message: Message,
  blockId: string,
  at: string,
): Message {
  const primary = ctx.project.language;
  const language = ctx.language;
  if (language === primary && !hasTranslations(message)) return message;
  return localizeMessage(message, language, primary, (f) =>
    ctx.warn(
      blockId,
      'translation-missing',
      `${at}.${f.path.join('.')} has no "${language}" text: sent the primary (${primary}) text`,
      [at, ...f.path].join('.'),
    ),
  );
}

const hasTranslations = (m: Message): boolean =>
  'translations' in m ||
  (m.kind === 'buttons' && m.buttons.some((b) => b.translations)) ||
  (m.kind === 'quickReplies' && m.replies.some((b) => b.translations)) ||
  (m.kind === 'carousel' && m.cards.some((c) => c.translations || c.buttons.some((b) => b.translations)));

/** An input block's own text (`invalidMessage`, `failMessage`) in the conversation's language. */
export function localizeField(
  ctx: LocalizeContext,
  owner: TextOwner,
  field: string,
  blockId: string,
): string | undefined {
  const { value, fallback } = textOrPrimary(owner, field, ctx.language, ctx.project.language);
  if (fallback)
    ctx.warn(
      blockId,
      'translation-missing',
      `${field} has no "${ctx.language}" text: sent the primary (${ctx.project.language}) text`,
      field,
    );
  return typeof value === 'string' ? value : undefined;
}
