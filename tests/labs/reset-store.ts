import type { StoreApi } from 'zustand';

/** Puts a section's store back to the state it was created with (call in beforeEach). */
export function resetStore<State>(store: Pick<StoreApi<State>, 'setState' | 'getInitialState'>) {
  store.setState(store.getInitialState(), true);
}
