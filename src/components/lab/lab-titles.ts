import type { LabId } from '../../content/lab/lab-sections';
import type { MessageKey } from '../../content/ui/messages';

/** Each lab section's title, as its own messages name it (for lists, links and embeds). */
export const LAB_TITLES: Record<LabId, MessageKey> = {
  architecture: 'lab.architecture.title',
  challenges: 'lab.challenges.title',
  'vanishing-gradients': 'lab.vanishingGradients.title',
  overfitting: 'lab.overfitting.title',
  'loss-comparison': 'lab.lossComparison.title',
  'optimizer-race': 'lab.optimizerRace.title',
  schedules: 'lab.schedules.title',
  'computational-graph': 'lab.computationalGraph.title',
  'gradient-check': 'lab.gradientCheck.title',
};
