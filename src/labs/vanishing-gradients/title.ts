/**
 * The section's title: the contents, links and embeds show it before the section's code and
 * strings arrive (its messages use it for their own title key).
 */
export const title = {
  'pt-BR': 'Gradientes que desaparecem e que explodem',
  en: 'Vanishing and exploding gradients',
} as const;
