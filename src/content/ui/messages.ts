import { appMessages } from './app-messages';
import { chartMessages } from './chart-messages';
import { diagramMessages } from './diagram-messages';
import { embedMessages } from './embed-messages';
import { exerciseMessages } from './exercise-messages';
import { figureMessages } from './figure-messages';
import { labArchitectureMessages } from './lab-architecture-messages';
import { labChallengesMessages } from './lab-challenges-messages';
import { labGradientCheckMessages } from './lab-gradient-check-messages';
import { labGraphMessages } from './lab-graph-messages';
import { labLossComparisonMessages } from './lab-loss-comparison-messages';
import { labMessages } from './lab-messages';
import { labOverfittingMessages } from './lab-overfitting-messages';
import { labRaceMessages } from './lab-race-messages';
import { labSchedulesMessages } from './lab-schedules-messages';
import { labVanishingMessages } from './lab-vanishing-messages';
import { lessonMessages } from './lesson-messages';
import { projectorMessages } from './projector-messages';
import { quizMessages } from './quiz-messages';
import { themeMessages } from './theme-messages';

/** The interface languages: Brazilian Portuguese first (the default), then English. */
export const LANGUAGES = ['pt-BR', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'pt-BR';

/** Every feature's strings, merged into one dictionary per language. */
const features = [
  appMessages,
  exerciseMessages,
  chartMessages,
  diagramMessages,
  lessonMessages,
  quizMessages,
  figureMessages,
  projectorMessages,
  embedMessages,
  themeMessages,
  labMessages,
  labArchitectureMessages,
  labChallengesMessages,
  labVanishingMessages,
  labOverfittingMessages,
  labLossComparisonMessages,
  labRaceMessages,
  labSchedulesMessages,
  labGraphMessages,
  labGradientCheckMessages,
] as const;

type FeatureKeys<T> = T extends { 'pt-BR': Record<infer Key, string> } ? Key : never;
export type MessageKey = FeatureKeys<(typeof features)[number]>;

export const MESSAGES = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.assign({}, ...features.map((feature) => feature[language])),
  ]),
) as Record<Language, Record<MessageKey, string>>;

/** True when `value` names an interface language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The message for `key`, with `{name}` placeholders filled from `values`. */
export function translate(
  language: Language,
  key: MessageKey,
  values?: Record<string, string | number>,
): string {
  const template = MESSAGES[language][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
