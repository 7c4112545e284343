/**
 * One feature's interface strings in both languages. The keys come from the pt-BR table; the
 * English table must have exactly the same keys, so a missing translation is a type error.
 */
export function defineMessages<Key extends string>(tables: {
  'pt-BR': Record<Key, string>;
  en: NoInfer<Record<Key, string>>;
}) {
  return tables;
}

/** A feature's tables as defineMessages returns them: the same keys in each language. */
export interface MessageTables<Key extends string> {
  'pt-BR': Record<Key, string>;
  en: Record<Key, string>;
}
