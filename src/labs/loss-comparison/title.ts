/**
 * The section's title: the contents, links and embeds show it before the section's code and
 * strings arrive (its messages use it for their own title key).
 */
export const title = {
  'pt-BR': 'Erro quadrático × entropia cruzada',
  en: 'Squared error vs cross-entropy',
} as const;
