import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './i18n'
import { App } from './App'
import { loadExhibition } from './boot'
import { installAutomationApi } from './api/automation'
import { startLinks } from './navigation/startLinks'
import { startLive } from './live'
import { isTextMode, reloadOnModeChange } from './ui/text/textMode'
import { hasWebGL } from './scene/webgl'
import { registerOffline } from './ui/offline/registerOffline'
import { applyTextSize, readTextSize } from './ui/textSize'

applyTextSize(readTextSize(), false)
installAutomationApi()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
// The text museum needs the manifest but none of the 3D start-up (deep links, first frame).
const text = isTextMode() || !hasWebGL()
if (hasWebGL()) reloadOnModeChange(isTextMode())
void loadExhibition()
  .then(() => (text ? undefined : startLinks()))
  // Live classes: is the service here, a #/join link, a class this tab was in.
  .then(() => (text ? undefined : startLive()))
  // The service worker installs after the first room is on screen, never competing with it.
  .then(() => registerOffline())
