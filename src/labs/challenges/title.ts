/**
 * The section's title: the contents, links and embeds show it before the section's code and
 * strings arrive (its messages use it for their own title key).
 */
export const title = {
  'pt-BR': 'Desafios no exercício 2–2–1',
  en: 'Challenges on the 2–2–1 exercise',
} as const;
