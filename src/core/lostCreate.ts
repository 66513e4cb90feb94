/**
 * Creating an application is not repeated blindly: when its answer is lost (timeout, dropped connection,
 * gateway error) the level info says whether the server made it anyway — its last application is then a
 * new one — so the widget resumes that application instead of creating a second. When the level info
 * shows it was not made, the create is sent once more (that is no longer blind).
 */
import { KycTransportError } from './errors';
import type { Application, LevelInfo } from './schemas';

export interface LostCreateReads {
  /** The level info as the widget knew it before the create (its last application, if any). */
  before: Pick<LevelInfo, 'last_kyc_application_uuid'> | undefined;
  readLevelInfo: () => Promise<LevelInfo>;
  readApplication: (uuid: string) => Promise<Application>;
}

/**
 * The created application: the create's answer; when it is lost, the application the server made anyway,
 * or the answer of one more create when the server shows it made none; otherwise the create's failure.
 */
export async function createOnce(create: () => Promise<Application>, reads: LostCreateReads): Promise<Application> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (!(error instanceof KycTransportError) || !error.outcomeUnknown) throw error;
      const info = await reads.readLevelInfo().catch(() => undefined);
      if (!info) throw error;
      const last = info.last_kyc_application_uuid ?? null;
      if (last !== null && last !== (reads.before?.last_kyc_application_uuid ?? null)) {
        const made = await reads.readApplication(last).catch(() => undefined);
        if (made) return made;
        throw error;
      }
      if (attempt >= 2) throw error;
    }
  }
}
