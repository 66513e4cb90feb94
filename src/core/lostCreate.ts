/**
 * Creating an application is not repeated blindly: when its answer is lost the level info says whether
 * the server made it anyway — its last application is then a new one — so the widget resumes that
 * application instead of creating a second; when it shows none was made, the create is sent again
 * (`writeOnce`).
 */
import type { Application, LevelInfo } from './schemas';
import { writeOnce } from './writeOnce';

export interface LostCreateReads {
  /** The level info as the widget knew it before the create (its last application, if any). */
  before: Pick<LevelInfo, 'last_kyc_application_uuid'> | undefined;
  readLevelInfo: () => Promise<LevelInfo>;
  readApplication: (uuid: string) => Promise<Application>;
}

/** The created application: the create's answer, or the one the server made although the answer was lost. */
export function createOnce(create: () => Promise<Application>, reads: LostCreateReads): Promise<Application> {
  return writeOnce(create, async () => {
    const last = (await reads.readLevelInfo()).last_kyc_application_uuid ?? null;
    if (last === null || last === (reads.before?.last_kyc_application_uuid ?? null)) return 'not_done';
    return reads.readApplication(last);
  });
}
