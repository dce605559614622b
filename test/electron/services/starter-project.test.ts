import { describe, expect, it } from 'vitest';
import { Project } from '../../../engine/model';
import { parseProject, stringifyProject } from '../../../engine/format';
import { starterProject } from '../../../electron/services/starter-project';

describe('the starter project', () => {
  it('has the expression syntax on, as new Chatlayer bots do, and keeps it through the file format', () => {
    const p = Project.parse(starterProject('Pizza bot'));
    expect(p.settings).toEqual({ expressionSyntax: true });
    const text = stringifyProject(p);
    expect(text).toContain('"settings": {\n    "expressionSyntax": true\n  }');
    const back = parseProject(text);
    expect(back.ok && back.project.settings).toEqual({ expressionSyntax: true });
  });
});
