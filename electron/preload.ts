/**
 * The bridge between the sandboxed renderer and the main process. It exposes `window.api` with
 * exactly one function per contract channel and one subscription per event, never a generic
 * `send(channel, ...)` or the raw `ipcRenderer` (Electron's context-isolation guide calls that
 * unsafe: any script in the page could then reach every channel).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  channels,
  eventChannels,
  isMenuCommand,
  type CorroborateBridge,
  type MenuCommand,
} from '../contract/ipc';

const api: CorroborateBridge = {
  listCorpus: () => ipcRenderer.invoke(channels.listCorpus),
  loadProject: () => ipcRenderer.invoke(channels.loadProject),
  saveProject: (project) => ipcRenderer.invoke(channels.saveProject, project),
  newProject: () => ipcRenderer.invoke(channels.newProject),
  openProject: () => ipcRenderer.invoke(channels.openProject),
  saveProjectAs: (project) => ipcRenderer.invoke(channels.saveProjectAs, project),
  loadUndoHistory: () => ipcRenderer.invoke(channels.loadUndoHistory),
  saveUndoHistory: (text) => ipcRenderer.invoke(channels.saveUndoHistory, text),
  saveFile: (suggestedName, text, mimeType) =>
    ipcRenderer.invoke(channels.saveFile, suggestedName, text, mimeType),
  openFile: (accept) => ipcRenderer.invoke(channels.openFile, [...accept]),
  openBinaryFile: (accept) => ipcRenderer.invoke(channels.openBinaryFile, [...accept]),
  exportReportPdf: (html, suggestedName) =>
    ipcRenderer.invoke(channels.exportReportPdf, html, suggestedName),
  onMenuCommand(listener: (command: MenuCommand) => void) {
    // Wrap the listener: the page never sees the IpcRendererEvent (it holds `sender`).
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(eventChannels.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(eventChannels.menuCommand, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
