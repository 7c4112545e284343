import './architecture.css';
import { useEffect, useId } from 'react';
import { LabFrame } from '../../shared/LabFrame';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { DataControls } from './DataControls';
import { FeatureToggles } from './FeatureToggles';
import { Heatmap } from './Heatmap';
import { HeatmapLegend } from './HeatmapLegend';
import { LossSparkline } from './LossSparkline';
import { MoreSettings } from './MoreSettings';
import { NetworkDiagram } from './NetworkDiagram';
import { Readouts } from './Readouts';
import { RunButtons } from './RunButtons';
import { StatusMessages } from './StatusMessages';
import { TextAlternative } from './TextAlternative';
import { TrainingControls } from './TrainingControls';
import { useArchitectureLoop } from './use-architecture-loop';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/**
 * "Arquitetura e dados", laid out like TensorFlow Playground: the data on the left, the network
 * drawn in the centre (inputs, + and − per layer, each neuron's picture), the output on the right.
 */
export default function ArchitectureSection() {
  const t = useFeatureTranslation(architectureMessages);
  const prepare = useArchitectureStore((state) => state.prepare);
  useEffect(prepare, [prepare]);
  useArchitectureLoop();
  const networkTitle = useId();
  const outputTitle = useId();
  return (
    <LabFrame
      id="architecture"
      title={t('lab.architecture.title')}
      intro={<p>{t('lab.architecture.intro')}</p>}
      more={<p>{t('lab.architecture.more')}</p>}
      toolbar={<RunButtons />}
      settings={
        <>
          <TrainingControls />
          <MoreSettings />
        </>
      }
    >
      <StatusMessages />
      <div className="architecture-columns">
        <DataControls />
        <div className="architecture-column" role="group" aria-labelledby={networkTitle}>
          <p id={networkTitle} className="architecture-column-title">
            {t('lab.architecture.network')}
          </p>
          <FeatureToggles />
          <NetworkDiagram />
        </div>
        <div className="architecture-column" role="group" aria-labelledby={outputTitle}>
          <p id={outputTitle} className="architecture-column-title">
            {t('lab.architecture.outputColumn')}
          </p>
          <div className="lab-plot">
            <Heatmap />
          </div>
          <Readouts />
          <LossSparkline />
          <HeatmapLegend />
        </div>
      </div>
      <TextAlternative />
    </LabFrame>
  );
}
