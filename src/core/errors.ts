/** Raised for an impossible configuration; `field` names the offending setting. */
export class ConfigurationError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ConfigurationError';
    this.field = field;
  }
}
