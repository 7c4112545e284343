import { ConfigurationError } from '../../src/core/errors';

/** The field a ConfigurationError names, or undefined when `action` does not throw. */
export function fieldOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.field;
    throw error;
  }
  return undefined;
}
