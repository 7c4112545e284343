import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadMath } from '../ui/math-loader';
import { startScoreMessages, startScorm } from './start-lms';
import { parseLinkSettings } from '../store/link-settings';
import { useAppStore } from '../store/store';
import { App } from './App';
import { startHostResize } from './host-resize';
import { preloadLesson } from './use-lesson';
import './styles.css';

/** The teacher's link: which view, and the exercise's settings (they win over anything saved). */
const link = parseLinkSettings(window.location.search);
// inside an LMS (SCORM 1.2): resume the learner's record before the store changes, report answers;
// elsewhere, a page the link names as parent is told the score
if (!startScorm(link)) startScoreMessages(link);
useAppStore.getState().applyLink(link);
useAppStore.getState().setProjector(link.projector);
// the lesson's text and renderer start downloading now; a failure shows (with a retry) in the page
if (link.view === 'lesson') preloadLesson(useAppStore.getState().language).catch(() => undefined);
// KaTeX is fetched beside it, not before it: formulas show their TeX until it arrives
preloadMath().catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// inside an LMS page's iframe, the host learns the content's height (H5P and Canvas protocols)
startHostResize({ window, content: root });

createRoot(root).render(
  <StrictMode>
    <App link={link} />
  </StrictMode>,
);
