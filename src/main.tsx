// Browser entry: builds the store, opens the link in the address bar, starts the clock, mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPlaybackLoop, StoreProvider } from './store';
import { connectToLocation, createBrowserStore } from './store/browser';
import { App } from './views/App';
import './views/styles.css';

const store = createBrowserStore();
connectToLocation(store);
startPlaybackLoop(store);
// A small test API (tldraw-style) for e2e tests and the console: read state, call actions.
Object.assign(window, { kafkaStore: store });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
