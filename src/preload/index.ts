/**
 * Exposes three functions to the page: call(method, input) over IPC, showPdf for preview
 * and print, and setLanguage for the menu. No Node, no ipcRenderer, no other Electron API reaches the renderer.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL, LANGUAGE_CHANNEL, PDF_CHANNEL, type PreloadBridge } from '../shared/transport'

const bridge: PreloadBridge = {
  transport: 'ipc',
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  showPdf: (fileName, bytes) => ipcRenderer.invoke(PDF_CHANNEL, fileName, bytes),
  setLanguage: (language) => ipcRenderer.invoke(LANGUAGE_CHANNEL, language)
}

contextBridge.exposeInMainWorld('salesdesk', bridge)
