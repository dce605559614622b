// Every project setting the store writes is read back when the file is reopened: the project's behaviour
// switches (`settings`, e.g. expressionSyntax) were once written and then dropped on the next open.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../../../engine/edit';
import { Project } from '../../../../engine/model';
import { createProject, openProject } from '../../../../electron/services/project-store/open-project';
import { smallProject } from './sample-project';
import { useTempDir } from './temp-dir';

const dir = useTempDir();
const opts = { autoCheckpointMs: 0, walCheckpointMs: 0, heartbeatMs: 0 };

describe('reopening a project file', () => {
  it('keeps every setting key, the project settings and entities included', () => {
    const project = Project.parse({
      ...smallProject(),
      errorBlock: 'welcome',
      nlp: { threshold: 0.6 },
      settings: { expressionSyntax: true },
      chatlayer: { botId: 'bot-1' },
      entities: [{ name: 'city', kind: 'match', values: [{ value: 'London', synonyms: ['LDN'] }] }],
    });
    const file = path.join(dir(), 'bot.botloom');
    const created = createProject(file, project, opts);
    if (!created.ok) throw new Error(created.error.message);
    created.value.close();
    const reopened = openProject(file, opts);
    if (!reopened.ok) throw new Error(reopened.error.message);
    try {
      const back = reopened.value.project;
      for (const key of SETTING_KEYS) expect([key, back[key]]).toEqual([key, project[key]]);
      expect(back.settings).toEqual({ expressionSyntax: true });
      expect(back.entities).toEqual(project.entities);
    } finally {
      reopened.value.close();
    }
  });
});
