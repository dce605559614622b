// The one host API contract (ARCHITECTURE §3): method name → zod input and output schemas.
// Both transports (Electron IPC, local web host) serve exactly this table through dispatch().
import { z } from 'zod';

export const AppInfo = z.object({
  name: z.literal('Botloom'),
  version: z.string(),
  shell: z.enum(['electron', 'web']),
  platform: z.string(),
  dataDir: z.string(),
  /** A project named on the command line (`botloom serve <project>`, `npm start -- <project>`), opened first. */
  initialProject: z.string().nullable(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const RecentProject = z.object({
  path: z.string(),
  name: z.string(),
  lastOpenedAt: z.string(),
});
export type RecentProject = z.infer<typeof RecentProject>;

export const ProjectName = z.string().trim().min(1, 'give the project a name').max(120, 'keep the name under 120 characters');

export const contract = {
  'app.info': { input: z.object({}).strict(), output: AppInfo },
  'projects.list': { input: z.object({}).strict(), output: z.array(RecentProject) },
  'projects.create': {
    input: z
      .object({
        name: ProjectName,
        /** Folder to create the file in; defaults to the app's projects folder. */
        directory: z.string().min(1).optional(),
        language: z.string().min(2).max(35).optional(),
      })
      .strict(),
    output: RecentProject,
  },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
