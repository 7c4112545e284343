import { useId, useMemo } from 'react';
import { formatField, formatValue } from '../../../ui/format';
import { useFormatValue } from '../../../ui/use-number-format';
import { useFeatureTranslation, useLanguage } from '../../../ui/use-translation';
import { usePausedSession } from '../../exercise';
import { heroMessages } from './hero-messages';
import { HERO_BOX, heroFigure, NODE_RADIUS, type HeroNode } from './hero-network';

/** Figures drawn in a circle (the name gives the display's full precision). */
export const DRAWN_FIGURES = 3;

/**
 * The exercise's 2–2–1 network as it stands (its initial weights until the learner trains it): a
 * line per weight, wider for a larger |w| and dashed when negative, each input and activation with
 * its value, and ŷ, y and L at the output. Every number comes from the exercise's session, which
 * the core computed; while it auto-trains the figure keeps the last paused state.
 */
export function HeroNetwork() {
  const t = useFeatureTranslation(heroMessages);
  const language = useLanguage();
  const named = useFormatValue();
  const titleId = useId();
  const legendId = useId();
  const session = usePausedSession();
  const figure = useMemo(
    () => heroFigure(session.spec, session.parameters, session.trace),
    [session.spec, session.parameters, session.trace],
  );
  const drawn = (node: HeroNode) =>
    node.column === 0
      ? formatField(node.value, language)
      : formatValue(node.value, language, DRAWN_FIGURES);
  const list = (nodes: readonly HeroNode[]) =>
    nodes.map((node) => `${node.name} = ${named(node.value)}`).join(', ');
  const name = t('lesson.hero.figure', {
    inputs: list(figure.nodes.filter((node) => node.column === 0)),
    hidden: list(figure.nodes.filter((node) => node.column === 1)),
    prediction: named(figure.prediction),
    target: formatField(figure.target, language),
    loss: named(figure.loss),
    weights: figure.edges.map((edge) => `${edge.name} = ${named(edge.weight)}`).join(', '),
  });
  const output = figure.nodes.at(-1);

  return (
    <figure className="hero-figure" aria-labelledby={titleId}>
      <svg
        className="hero-network"
        role="img"
        aria-label={name}
        aria-describedby={legendId}
        viewBox={`0 0 ${HERO_BOX.width} ${HERO_BOX.height}`}
        width={HERO_BOX.width}
        height={HERO_BOX.height}
      >
        {figure.edges.map((edge) => (
          <line
            key={edge.key}
            className={`hero-edge hero-edge-${edge.column}`}
            data-parameter={edge.name}
            data-negative={edge.negative}
            x1={edge.x1}
            y1={edge.y1}
            x2={edge.x2}
            y2={edge.y2}
            strokeWidth={edge.width}
          >
            <title>{`${edge.name} = ${named(edge.weight)}`}</title>
          </line>
        ))}
        {figure.nodes.map((node) => (
          <g
            key={node.key}
            className={`hero-node hero-node-${node.column}`}
            data-node={node.name}
            transform={`translate(${node.x} ${node.y})`}
          >
            <circle r={NODE_RADIUS} />
            <text className="hero-node-name" y={-6}>
              {node.name}
            </text>
            <text className="hero-node-value" y={11}>
              {drawn(node)}
            </text>
          </g>
        ))}
        {output && (
          <g className="hero-output" transform={`translate(${output.x} ${output.y + NODE_RADIUS})`}>
            <text data-value="target" y={18}>
              {t('lesson.hero.target', { target: formatField(figure.target, language) })}
            </text>
            <text data-value="loss" y={36}>
              {t('lesson.hero.loss', {
                loss: formatValue(figure.loss, language, DRAWN_FIGURES),
              })}
            </text>
          </g>
        )}
      </svg>
      <figcaption>
        <span id={titleId} className="hero-figure-title">
          {t('lesson.hero.figureTitle')}
        </span>{' '}
        <span id={legendId}>{t('lesson.hero.legend')}</span>
      </figcaption>
    </figure>
  );
}
