// `botloom test --target chatlayer --keep-knowledge-mocks` (docs/file-format.md#knowledge-mocks): the live
// bot's answers to the questions a local Generate answer block looked up become knowledge mocks in the
// project file, as the app's "Keep N knowledge answers as mocks" does: one keepKnowledgeMocks command.
// The file is read again just before writing, so edits made during the run are kept; nothing is written
// after a cancelled run, when the file no longer loads, or when every answer is kept already.
import { latestKnowledgeAnswers } from '../../engine/knowledge';
import { applyCommand } from '../../engine/edit';
import type { KnowledgeMock } from '../../engine/model';
import { CliError } from '../cli-error';
import { loadProjectFile } from '../project-file';
import { issueLine, requireSaved } from '../project-file-errors';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Keeps the answers in `file` and says what it did, in lines for standard error. */
export function keepKnowledgeMocks(
  file: string,
  recorded: readonly KnowledgeMock[],
  cancelled: boolean,
): string[] {
  const answers = latestKnowledgeAnswers(recorded);
  if (cancelled)
    return [
      `botloom: the run was cancelled, so ${file} is unchanged: no knowledge answers were kept (run again to keep them)`,
    ];
  if (answers.length === 0)
    return [
      `botloom: no knowledge answers to keep: no test asked a question that a Generate answer block looked up (${file} is unchanged)`,
    ];
  const loaded = loadProjectFile(file);
  if (!loaded.ok)
    throw new CliError(
      `the knowledge answers were not kept: ${file} no longer loads (it changed during the run):\n${loaded.errors.map((e) => `  ${issueLine(e)}`).join('\n')}\nRepair it and run the tests again.`,
      2,
    );
  const label = `Keep ${plural(answers.length, 'knowledge answer')} as mocks`;
  const result = applyCommand(loaded.project, { type: 'keepKnowledgeMocks', mocks: answers });
  if (!result.ok)
    throw new CliError(
      `the knowledge answers were not kept (${file} is unchanged): ${result.error.message}`,
      2,
    );
  const { added, replaced, unchanged } = result.report.knowledgeMocks!;
  if (added + replaced === 0)
    return [
      `botloom: ${plural(answers.length, 'knowledge answer')} kept in ${file} already: nothing written`,
    ];
  requireSaved(file, result.project, label);
  const counts = [
    added ? `${added} new` : '',
    replaced ? `${replaced} replacing an older answer` : '',
    unchanged ? `${unchanged} kept already` : '',
  ].filter(Boolean);
  return [
    `botloom: kept ${plural(added + replaced, 'knowledge answer')} as mocks in ${file} (${counts.join(', ')})`,
  ];
}
