/**
 * What a test file opened (browsers, servers, clients), closed together in its afterAll even
 * when the hook that was opening them timed out half-way: jest runs afterAll after a timed-out
 * beforeAll, but the hook's own code goes on, so anything it opens later must close too, or
 * jest never exits.
 */

/** Something a test opened. */
export interface Closable {
  close(): Promise<void>;
}

/** Thrown into an opening that went on after its closers ran. */
export class ClosedWhileOpening extends Error {
  constructor(what: string) {
    super(`${what} opened after the test had already closed everything: closed it again`);
  }
}

/** One test file's (or describe block's) open things; `closeAll` in afterAll. */
export class Closers {
  private readonly things = new Set<Closable>();
  private readonly opening = new Set<Promise<unknown>>();
  private closed = false;

  /**
   * Registers a thing as soon as it exists. When closeAll already ran (its hook timed out), the
   * thing is closed at once and the opening stops with ClosedWhileOpening.
   */
  async add<T extends Closable>(what: string, thing: T): Promise<T> {
    if (this.closed) {
      await thing.close();
      throw new ClosedWhileOpening(what);
    }
    this.things.add(thing);
    return thing;
  }

  /** Waits for something being opened and registers it; closeAll waits for the opening too. */
  async open<T extends Closable>(what: string, opening: Promise<T>): Promise<T> {
    return this.add(what, await this.track(opening));
  }

  /** Whether closeAll has run: an opening checks it between its steps. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Tracks an opening still under way, so that closeAll waits for it to stop. */
  track<T>(opening: Promise<T>): Promise<T> {
    const settled = opening.then(
      () => undefined,
      () => undefined,
    );
    this.opening.add(settled);
    void settled.then(() => this.opening.delete(settled));
    return opening;
  }

  /**
   * Closes everything registered (each even when another's close fails), waits for openings
   * still under way (closing what they held makes them fail fast), then closes what they
   * registered on the way.
   */
  async closeAll(): Promise<void> {
    this.closed = true;
    await this.closeOpen();
    await Promise.allSettled([...this.opening]);
    await this.closeOpen();
  }

  private async closeOpen(): Promise<void> {
    const things = [...this.things];
    this.things.clear();
    await Promise.allSettled(things.map((thing) => thing.close()));
  }
}
