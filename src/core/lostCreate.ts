/**
 * Creating an application is not repeated blindly: when its answer is lost (timeout, dropped connection,
 * gateway error) the level info says whether the server made it anyway — its last application is then a
 * new one — so the widget resumes that application instead of creating a second.
 */
import { KycTransportError } from './errors';
import type { Application, LevelInfo } from './schemas';

export interface LostCreateReads {
  /** The level info as the widget knew it before the create (its last application, if any). */
  before: Pick<LevelInfo, 'last_kyc_application_uuid'> | undefined;
  readLevelInfo: () => Promise<LevelInfo>;
  readApplication: (uuid: string) => Promise<Application>;
}

/** The create's answer; when it is lost, the application the server made anyway, else the create's failure. */
export async function createdDespiteLostAnswer(
  create: Promise<Application>,
  reads: LostCreateReads,
): Promise<Application> {
  try {
    return await create;
  } catch (error) {
    if (!(error instanceof KycTransportError) || !error.outcomeUnknown) throw error;
    const info = await reads.readLevelInfo().catch(() => undefined);
    const last = info?.last_kyc_application_uuid;
    if (!last || last === (reads.before?.last_kyc_application_uuid ?? null)) throw error;
    const application = await reads.readApplication(last).catch(() => undefined);
    if (!application) throw error;
    return application;
  }
}
