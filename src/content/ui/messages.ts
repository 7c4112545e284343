import { appMessages } from './app-messages';
import type { MessageTables } from './define-messages';
import { chartMessages } from './chart-messages';
import { diagramMessages } from './diagram-messages';
import { embedMessages } from './embed-messages';
import { exerciseMessages } from './exercise-messages';
import { figureMessages } from './figure-messages';
import { handCalculationMessages } from './hand-calculation-messages';
import { labMessages } from './lab-messages';
import { lessonMessages } from './lesson-messages';
import { predictionMessages } from './prediction-messages';
import { presetMessages } from './preset-messages';
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
  presetMessages,
  chartMessages,
  diagramMessages,
  lessonMessages,
  quizMessages,
  figureMessages,
  projectorMessages,
  embedMessages,
  themeMessages,
  labMessages,
  handCalculationMessages,
  predictionMessages,
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
  return fillTemplate(MESSAGES[language][key], values);
}

/**
 * One feature's message for `key` in `language`: from its own tables (a lab section's strings,
 * which load with its code) or else the app's shared ones, with placeholders filled.
 */
export function translateWith<Key extends string>(
  tables: MessageTables<Key>,
  language: Language,
  key: Key | MessageKey,
  values?: Record<string, string | number>,
): string {
  const own: Record<string, string> = tables[language];
  const template = own[key];
  return template === undefined
    ? translate(language, key as MessageKey, values)
    : fillTemplate(template, values);
}

/** `template` with its `{name}` placeholders filled from `values` (unknown names stay as written). */
export function fillTemplate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
