import './architecture.css';
import { useEffect } from 'react';
import { LabFrame } from '../../shared/LabFrame';
import { useFeatureTranslation } from '../../../ui/use-translation';
import { DataControls } from './DataControls';
import { Heatmap } from './Heatmap';
import { HeatmapLegend } from './HeatmapLegend';
import { NetworkControls } from './NetworkControls';
import { Readouts } from './Readouts';
import { RunButtons } from './RunButtons';
import { StatusMessages } from './StatusMessages';
import { TextAlternative } from './TextAlternative';
import { TrainingControls } from './TrainingControls';
import { useArchitectureLoop } from './use-architecture-loop';
import { useArchitectureStore } from '../store';
import { architectureMessages } from '../messages';

/** "Arquitetura e dados": shape a network, pick the data and watch its decision map train. */
export default function ArchitectureSection() {
  const t = useFeatureTranslation(architectureMessages);
  const prepare = useArchitectureStore((state) => state.prepare);
  useEffect(prepare, [prepare]);
  useArchitectureLoop();
  return (
    <LabFrame
      id="architecture"
      title={t('lab.architecture.title')}
      intro={<p>{t('lab.architecture.intro')}</p>}
      more={<p>{t('lab.architecture.more')}</p>}
      toolbar={<RunButtons />}
      settings={
        <>
          <NetworkControls />
          <DataControls />
          <TrainingControls />
        </>
      }
    >
      <StatusMessages />
      <div className="architecture-layout">
        <div className="lab-plot">
          <Heatmap />
        </div>
        <div className="architecture-side">
          <Readouts />
          <HeatmapLegend />
        </div>
      </div>
      <TextAlternative />
    </LabFrame>
  );
}
