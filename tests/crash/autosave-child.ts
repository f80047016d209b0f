/**
 * Child process of autosave-crash.test.ts: loads the project at argv[2] (or starts one), then
 * autosaves forever, adding one claim per save, the way the app autosaves after each edit.
 * After every completed save it appends "<claim count> <epoch ms>" to argv[3], the progress
 * log the parent checks against what survives a SIGKILL. Prints "ready" once it is saving.
 * Like the app's services when a project becomes current, it first removes the temp files that
 * earlier killed children left (those past the grace; younger ones go at a later start).
 */
import { appendFileSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { createProject, type Project } from '../../core/model/project';
import { loadProject, saveProjectAtomic } from '../../electron/store/project-store';
import { cleanStaleTemps } from '../../electron/store/temp-files';
import { sampleProject } from '../core/io/fixtures';

const [projectPath, logPath] = process.argv.slice(2);
if (!projectPath || !logPath) throw new Error('usage: autosave-child PROJECT LOG');

const template = sampleProject().claims[0]!;

async function start(): Promise<Project> {
  await cleanStaleTemps(nodeFs, projectPath!);
  const loaded = await loadProject(nodeFs, projectPath!);
  if (loaded.ok) return loaded.value;
  if (!/There is no project/.test(loaded.error)) throw new Error(loaded.error);
  // The claims are on source "a", so the project lists it (the schema refuses a claim on none).
  const empty = createProject({ id: 'crash', name: 'Crash test', now: template.created });
  return { ...empty, sources: sampleProject().sources.slice(0, 1) };
}

async function loop(): Promise<void> {
  let project = await start();
  process.stdout.write('ready\n');
  for (;;) {
    const n = project.claims.length;
    project = { ...project, claims: [...project.claims, { ...template, id: `k${n}` }] };
    const saved = await saveProjectAtomic(nodeFs, projectPath!, project);
    if (!saved.ok) throw new Error(saved.error);
    appendFileSync(logPath!, `${project.claims.length} ${Date.now()}\n`);
  }
}

loop().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
