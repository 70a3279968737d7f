/**
 * Exposes two functions to the page: call(method, input) over IPC, and showPdf for preview
 * and print. No Node, no ipcRenderer, no other Electron API reaches the renderer.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL, PDF_CHANNEL, type PreloadBridge } from '../shared/transport'

const bridge: PreloadBridge = {
  transport: 'ipc',
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  showPdf: (fileName, bytes) => ipcRenderer.invoke(PDF_CHANNEL, fileName, bytes)
}

contextBridge.exposeInMainWorld('salesdesk', bridge)
