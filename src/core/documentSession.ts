/**
 * What the document questions remember while the widget is open, in memory only (never in storage):
 * the identity document picked before any upload, whether the customer said a document has one side,
 * and the files chosen on this device by their uploaded uuid, so a preview survives moving between
 * steps. A reload forgets all of it; the saved answers then decide (`documentChoice.ts`).
 */
import type { IdentityKind } from './documentChoice';

export interface DocumentSession {
  /** The kind picked for the identity question `leaderKey` of an application, if any. */
  picked(applicationUuid: string, leaderKey: string): IdentityKind | undefined;
  pick(applicationUuid: string, leaderKey: string, kind: IdentityKind): void;
  /** What the customer said about the document of front key `frontKey` having one side, if anything. */
  saidOneSided(applicationUuid: string, frontKey: string): boolean | undefined;
  sayOneSided(applicationUuid: string, frontKey: string, oneSided: boolean): void;
  /** The file chosen on this device that was uploaded as `fileUuid`, if it is still held. */
  localFile(fileUuid: string): Blob | undefined;
  rememberFile(fileUuid: string, file: Blob): void;
  subscribe(listener: () => void): () => void;
  /** Changes with every change above (a snapshot for `useSyncExternalStore`). */
  getVersion(): number;
}

/** The most files held for previews; older ones are let go (a reload shows file cards anyway). */
const MAX_FILES = 12;

/**
 * @example
 * const session = createDocumentSession();
 * session.pick(applicationUuid, 'passport', 'id_card');
 * session.picked(applicationUuid, 'passport'); // 'id_card'
 */
export function createDocumentSession(): DocumentSession {
  const picks = new Map<string, IdentityKind>();
  const sides = new Map<string, boolean>();
  const files = new Map<string, Blob>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version += 1;
    for (const listener of [...listeners]) listener();
  };
  const scoped = (applicationUuid: string, key: string) => `${applicationUuid}\n${key}`;

  return {
    picked: (applicationUuid, leaderKey) => picks.get(scoped(applicationUuid, leaderKey)),
    pick(applicationUuid, leaderKey, kind) {
      if (picks.get(scoped(applicationUuid, leaderKey)) === kind) return;
      picks.set(scoped(applicationUuid, leaderKey), kind);
      changed();
    },
    saidOneSided: (applicationUuid, frontKey) => sides.get(scoped(applicationUuid, frontKey)),
    sayOneSided(applicationUuid, frontKey, oneSided) {
      if (sides.get(scoped(applicationUuid, frontKey)) === oneSided) return;
      sides.set(scoped(applicationUuid, frontKey), oneSided);
      changed();
    },
    localFile: (fileUuid) => files.get(fileUuid),
    rememberFile(fileUuid, file) {
      files.delete(fileUuid);
      files.set(fileUuid, file);
      while (files.size > MAX_FILES) files.delete(files.keys().next().value as string);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getVersion: () => version,
  };
}
