import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n'
import { App } from './App'
import { loadExhibition } from './boot'
import { installAutomationApi } from './api/automation'
import { startLinks } from './navigation/startLinks'
import { startLive } from './live'

installAutomationApi()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
void loadExhibition()
  .then(startLinks)
  .then(startLive)
