/** Time for the resolvers: injectable so tests can run retries and spacing on a fake clock. */
export interface Clock {
    /** Milliseconds since the epoch. */
    now(): number;
    /** Resolves after `ms` of this clock's time; rejects with the signal's reason when aborted. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
    /** Calls `callback` after `ms`; returns a function that cancels it. Used for request timeouts. */
    setTimer(ms: number, callback: () => void): () => void;
}
export declare const systemClock: Clock;
