// Benchmark page: the real Translations table (windowed rows, filters, grid keys) inside the real project store
// on a generated project (generate-texts.ts; `?blocks=` message blocks, three texts each, in en, nl and fr).
import { Profiler } from 'react';
import { createRoot } from 'react-dom/client';
import '../../renderer/styles.css';
import { TranslationsView } from '../../renderer/translations/TranslationsView';
import { createEditorStore, memoryBackend, ProjectStoreProvider } from '../../renderer/state/project-store';
import { translatedProject } from './generate-texts';
import type { TranslationsProbe } from './probe';

const bench: TranslationsProbe = (window.__trBench ??= { commits: [] });
const blocks = Number(new URLSearchParams(location.search).get('blocks') ?? 5000);
const t0 = performance.now();
const project = translatedProject(blocks);
bench.generateMs = performance.now() - t0;
const store = createEditorStore(project, { backend: memoryBackend(project) });

const tick = () => {
  if (document.querySelector('.translations-body [role="row"]')) bench.shownAt = performance.now();
  else requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
bench.renderAt = performance.now();
createRoot(document.getElementById('root')!).render(
  <ProjectStoreProvider store={store}>
    <div style={{ position: 'absolute', inset: 0 }}>
      <Profiler id="translations" onRender={(_id, _phase, duration) => void bench.commits.push(duration)}>
        <TranslationsView />
      </Profiler>
    </div>
  </ProjectStoreProvider>,
);
