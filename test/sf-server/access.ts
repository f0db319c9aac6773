/**
 * Object permissions the running user lacks, as a test declares them: describe then reports the
 * object, and every field of it, not createable or not updateable, as a real org does for a user
 * whose profile and permission sets do not grant the permission. Writes are not refused: what the
 * org answers to such a write is not documented, so a test checks that nothing was written instead.
 */
export type Denied = { create?: boolean; edit?: boolean };

export class Access {
  private readonly denied = new Map<string, Denied>();

  /** Takes away create and/or edit on an object (`{ create: true }` denies create). */
  public deny(object: string, what: Denied): void {
    const key = object.toLowerCase();
    this.denied.set(key, { ...this.denied.get(key), ...what });
  }

  public createable(object: string): boolean {
    return this.denied.get(object.toLowerCase())?.create !== true;
  }

  public updateable(object: string): boolean {
    return this.denied.get(object.toLowerCase())?.edit !== true;
  }

  public clear(): void {
    this.denied.clear();
  }
}
