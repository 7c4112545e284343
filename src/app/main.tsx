import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useAppStore } from '../store/store';
import { App } from './App';
import { preloadLesson } from './use-lesson';
import './styles.css';

// the lesson's text and renderer start downloading now; a failure shows (with a retry) in the page
preloadLesson(useAppStore.getState().language).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
