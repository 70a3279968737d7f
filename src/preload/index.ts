/**
 * Exposes exactly one function to the page: call(method, input) over IPC.
 * No Node, no ipcRenderer, no other Electron API reaches the renderer.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL, type PreloadBridge } from '../shared/transport'

const bridge: PreloadBridge = {
  transport: 'ipc',
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input)
}

contextBridge.exposeInMainWorld('salesdesk', bridge)
