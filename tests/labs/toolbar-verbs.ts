import { screen, within } from '@testing-library/react';
import { expect } from 'vitest';
import { labFrameMessages } from '../../src/labs/shared/lab-frame-messages';

type Language = 'pt-BR' | 'en';
/** A shared verb by name, or a section's own label where its step is more than one update. */
type Verb = 'train' | 'step' | 'reset' | { label: string };

/**
 * Checks a section's top bar: the group named after its title holds the shared verbs first, in
 * the shared order, and only the first of them is the filled primary button.
 */
export function expectSharedVerbs(title: string, verbs: Verb[], language: Language) {
  const table = labFrameMessages[language];
  const bar = screen.getByRole('group', {
    name: table['lab.frame.toolbar'].replace('{title}', title),
  });
  const buttons = within(bar).getAllByRole('button').slice(0, verbs.length);
  expect(buttons.map((button) => button.textContent)).toEqual(
    verbs.map((verb) => (typeof verb === 'string' ? table[`lab.frame.${verb}`] : verb.label)),
  );
  expect(buttons.map((button) => button.classList.contains('primary'))).toEqual(
    verbs.map((_, index) => index === 0),
  );
}
