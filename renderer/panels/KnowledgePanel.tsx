// Knowledge sources (docs/file-format.md#knowledge): import FAQ CSVs and Markdown/text documents, edit
// and delete them (each change one undoable updateSettings step), and ask a question to see how a
// Generate answer block answers it offline, with the ranked passages and their scores.
import { useMemo, useState } from 'react';
import {
  freeSourceId,
  importKnowledgeFile,
  knowledgeIndex,
  sourceIdOf,
  type KnowledgeImportProblem,
} from '../../engine/knowledge';
import { DEFAULT_KNOWLEDGE_THRESHOLD, Knowledge, type KnowledgeSource } from '../../engine/model';
import { TextField } from '../inspector/fields/TextField';
import { parseTags } from '../inspector/KnowledgeForm';
import { useCommit } from '../inspector/use-commit';
import { useProject } from '../state/project-store';
import { X } from 'lucide-react';

function useKnowledgeEdit() {
  const knowledge = useProject((s) => s.project.knowledge);
  const commit = useCommit();
  const sources = knowledge?.sources ?? [];
  /** Replaces the sources (checked by the schema first, so a bad edit is refused with its reason). */
  const setSources = (next: KnowledgeSource[], label: string): string | undefined => {
    const value = { ...knowledge, sources: next };
    const checked = Knowledge.safeParse(value);
    if (!checked.success) return checked.error.issues[0]?.message ?? 'Invalid knowledge source.';
    return commit(
      [
        {
          type: 'updateSettings',
          patch: { knowledge: next.length || knowledge?.mocks?.length ? value : null },
        },
      ],
      label,
    );
  };
  return { knowledge, sources, setSources };
}

function ImportSources() {
  const { sources, setSources } = useKnowledgeEdit();
  const [tags, setTags] = useState('');
  const [problems, setProblems] = useState<KnowledgeImportProblem[]>([]);
  const onFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const added: KnowledgeSource[] = [];
    const found: KnowledgeImportProblem[] = [];
    for (const file of Array.from(files)) {
      const r = importKnowledgeFile(await file.text(), {
        fileName: file.name,
        id: freeSourceId(sourceIdOf(file.name), [...sources, ...added]),
        tags: parseTags(tags),
      });
      if (r.ok) added.push(r.source);
      else found.push(...r.problems);
    }
    setProblems(found);
    // All files or none: a bad file changes nothing.
    if (!found.length) setSources([...sources, ...added], `Import ${added.map((s) => s.name).join(', ')}`);
  };
  return (
    <fieldset className="sub-item">
      <legend>Import</legend>
      <TextField
        label="Tags for the imported sources (comma-separated)"
        value={tags}
        onCommit={(v) => void setTags(v)}
        testId="knowledge-import-tags"
      />
      <label className="field">
        <span>FAQ as .csv (question and answer columns), documents as .md or .txt</span>
        <input
          type="file"
          multiple
          accept=".csv,.md,.markdown,.txt"
          data-testid="knowledge-import-file"
          onChange={(e) => void onFiles(e.currentTarget.files).finally(() => (e.target.value = ''))}
        />
      </label>
      {problems.length > 0 && (
        <ul className="problems" role="alert" data-testid="knowledge-import-problems">
          <li>Nothing was imported:</li>
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function SourceEditor({ source, index }: { source: KnowledgeSource; index: number }) {
  const { sources, setSources } = useKnowledgeEdit();
  const replace = (next: KnowledgeSource, label: string) =>
    setSources(
      sources.map((s, i) => (i === index ? next : s)),
      label,
    );
  return (
    <fieldset className="sub-item" data-testid={`knowledge-source-${source.id}`}>
      <legend>
        {source.name}{' '}
        <span className="muted">
          ({source.id},{' '}
          {source.kind === 'faq' ? `${source.rows.length} FAQ rows` : `${source.format} document`})
        </span>
        <button
          className="link-button"
          aria-label={`Delete knowledge source ${source.name}`}
          onClick={() =>
            setSources(
              sources.filter((_, i) => i !== index),
              `Delete knowledge source ${source.name}`,
            )
          }
        >
          <X aria-hidden />
        </button>
      </legend>
      <TextField
        label="Name"
        value={source.name}
        onCommit={(name) => replace({ ...source, name }, 'Rename knowledge source')}
      />
      <TextField
        label="Tags (comma-separated)"
        value={(source.tags ?? []).join(', ')}
        onCommit={(v) => {
          const tags = parseTags(v);
          return replace({ ...source, tags: tags.length ? tags : undefined }, 'Set knowledge source tags');
        }}
      />
      <details>
        <summary>{source.kind === 'faq' ? 'Rows' : 'Text'}</summary>
        {source.kind === 'document' ? (
          <TextField
            label="Text (paragraphs are passages; Markdown headings title them)"
            multiline
            value={source.text}
            onCommit={(text) => replace({ ...source, text }, 'Edit knowledge document')}
          />
        ) : (
          source.rows.map((row, r) => (
            <div key={r} className="sub-item">
              <TextField
                label={`Question ${r + 1}`}
                value={row.question}
                onCommit={(question) =>
                  replace(
                    { ...source, rows: source.rows.map((x, i) => (i === r ? { ...x, question } : x)) },
                    'Edit FAQ row',
                  )
                }
              />
              <TextField
                label="Answer"
                multiline
                value={row.answer}
                onCommit={(answer) =>
                  replace(
                    { ...source, rows: source.rows.map((x, i) => (i === r ? { ...x, answer } : x)) },
                    'Edit FAQ row',
                  )
                }
              />
              <button
                className="link-button"
                disabled={source.rows.length === 1}
                title={
                  source.rows.length === 1
                    ? 'An FAQ source keeps at least one row: delete the source instead.'
                    : undefined
                }
                onClick={() =>
                  replace({ ...source, rows: source.rows.filter((_, i) => i !== r) }, 'Delete FAQ row')
                }
              >
                Delete row
              </button>
            </div>
          ))
        )}
      </details>
    </fieldset>
  );
}

function AskQuestion() {
  const knowledge = useProject((s) => s.project.knowledge);
  const language = useProject((s) => s.project.language);
  const [question, setQuestion] = useState('');
  const [tags, setTags] = useState('');
  // The same index the simulator uses: built once per version of the sources.
  const answer = useMemo(
    () =>
      question.trim()
        ? knowledgeIndex(knowledge, language).ask(question, { tags: parseTags(tags) })
        : undefined,
    [knowledge, language, question, tags],
  );
  return (
    <fieldset className="sub-item" data-testid="knowledge-ask">
      <legend>Ask a question</legend>
      <TextField
        label="Question"
        value={question}
        onCommit={(v) => void setQuestion(v)}
        idleMs={300}
        testId="knowledge-question"
      />
      <TextField label="Only sources tagged" value={tags} onCommit={(v) => void setTags(v)} />
      {answer && (
        <div data-testid="knowledge-answer">
          <p>
            {answer.best
              ? `Answer from ${answer.best.passage.sourceName}: ${answer.best.passage.answer}`
              : `No answer above the threshold ${DEFAULT_KNOWLEDGE_THRESHOLD}: the block takes its "no answer" route.`}
          </p>
          <ol className="ranked-passages">
            {answer.ranked.map((r) => (
              <li key={r.passage.id}>
                <strong>{r.passage.id}</strong> score {r.score.toFixed(3)} (BM25 {r.bm25.toFixed(2)}) —{' '}
                {r.passage.title || r.passage.answer.slice(0, 80)}
              </li>
            ))}
          </ol>
          <p className="muted small">
            Offline answers are the passages as written; Chatlayer&apos;s Knowledge base AI generates its own
            wording, which Botloom cannot predict. To test with its answers, run the tests against the live
            bot (Chatlayer, Conformance) and keep its answers as knowledge mocks.
          </p>
        </div>
      )}
    </fieldset>
  );
}

export function KnowledgePanel() {
  const { sources, knowledge } = useKnowledgeEdit();
  return (
    <div className="panel-list" data-testid="knowledge-panel">
      <ImportSources />
      {sources.length === 0 && (
        <p className="muted">No knowledge sources yet: import an FAQ CSV or a Markdown document.</p>
      )}
      {sources.map((s, i) => (
        <SourceEditor key={s.id} source={s} index={i} />
      ))}
      {knowledge?.mocks?.length ? (
        <p className="muted small">
          {knowledge.mocks.length} recorded live answer(s) (knowledge mocks) answer their questions first.
        </p>
      ) : null}
      <AskQuestion />
    </div>
  );
}
