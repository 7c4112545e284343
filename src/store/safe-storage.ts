/** A synchronous key–value storage that never throws. */
export interface SafeStorage {
  getItem: (name: string) => string | null;
  setItem: (name: string, value: string) => void;
  removeItem: (name: string) => void;
  /** False when the browser's storage is out of reach and values live in this tab's memory only. */
  readonly persistent: boolean;
  /** From now on, keeps values in this tab's memory only (inside an LMS, which keeps progress). */
  keepInMemory: () => void;
}

/**
 * Web Storage that falls back to memory. Private modes and quotas make `setItem` throw, and in a
 * sandboxed iframe without allow-same-origin even reading `window.localStorage` throws: after the
 * first failure every value lives in memory, where a copy of each write is always kept.
 */
export function createSafeStorage(getStorage: () => Storage | null | undefined): SafeStorage {
  const memory = new Map<string, string>();
  let storage: Storage | null | undefined;
  let memoryOnly = false;

  const browserStorage = (): Storage | null => {
    if (storage === undefined) {
      try {
        storage = getStorage() ?? null;
      } catch {
        storage = null;
      }
    }
    return storage;
  };

  /** Runs `operation` on the browser's storage; on failure, switches to memory for good. */
  const attempt = <T>(operation: (target: Storage) => T): T | undefined => {
    const target = memoryOnly ? null : browserStorage();
    if (!target) return undefined;
    try {
      return operation(target);
    } catch {
      storage = null;
      return undefined;
    }
  };

  return {
    get persistent() {
      return browserStorage() !== null;
    },
    getItem(name) {
      const stored = attempt((target) => target.getItem(name));
      return stored !== undefined ? stored : (memory.get(name) ?? null);
    },
    setItem(name, value) {
      memory.set(name, value);
      attempt((target) => target.setItem(name, value));
    },
    removeItem(name) {
      memory.delete(name);
      attempt((target) => target.removeItem(name));
    },
    keepInMemory() {
      memoryOnly = true;
    },
  };
}
