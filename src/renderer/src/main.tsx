import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { api } from './api/client'

function App() {
  return <h1>Salesdesk ({api.transport})</h1>
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>
)
