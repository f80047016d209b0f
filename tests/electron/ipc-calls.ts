// One well-formed argument list per IPC channel, typed against the contract so a new channel
// does not compile here until it has one. Shared by the sender and the argument tests.
import type { CorroborateApi } from '../../contract/ipc';
import { sampleProject } from '../core/io/fixtures';

export const validProject = sampleProject();

export const validArguments: { [K in keyof CorroborateApi]: Parameters<CorroborateApi[K]> } = {
  listCorpus: [],
  loadProject: [],
  saveProject: [validProject],
  newProject: [],
  openProject: [],
  saveProjectAs: [validProject],
  loadUndoHistory: [],
  saveUndoHistory: ['{"entries":[]}'],
  saveFile: ['export.json', '{"a":1}', 'application/json'],
  openFile: [['.json', 'application/json']],
  openBinaryFile: [['.pdf', '.docx']],
  exportReportPdf: ['<!doctype html><p>Report</p>', 'report.pdf'],
};
