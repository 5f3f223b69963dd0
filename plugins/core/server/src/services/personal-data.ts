import type { Core } from '@strapi/strapi';
import { PERSONAL_FIELDS, PRIVACY_NOTICE_VERSION, type RetentionKey } from '@portal/contract/personal-data';
import { getConfig } from '../utils/config';
import { getService } from '../utils/get-service';

const DAY = 86_400_000;

/** The moment before which each kind of personal data is blanked. */
export type RetentionCutoffs = Record<RetentionKey, Date>;

/** One place that stores personal data (the reviews plugin's comments, the CMS's audit trail…). */
export interface PersonalDataOwner {
  /** Blanks what is older than its cutoff (keeping the entries themselves); counts per kind. */
  purge(cutoffs: RetentionCutoffs): Promise<Record<string, number>>;
  /** Everything stored about one e-mail address, as plain rows per kind. */
  find(email: string): Promise<Record<string, Record<string, unknown>[]>>;
  /** Blanks everything stored about one e-mail address; counts per kind. */
  erase(email: string): Promise<Record<string, number>>;
}

/**
 * Personal data across the portal (Law 91/2025): owners register what they store; the core runs their
 * purges once a day on one node (`jobs.runExclusive`, job `personal-data-purge`) with the retention of
 * its validated config, and gives the staff tool one find / erase over every owner.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const owners = new Map<string, PersonalDataOwner>();
  let stopJob: (() => Promise<void>) | null = null;

  const retentionDays = () => getConfig(strapi).personalData.retentionDays;
  const cutoffs = (now: Date): RetentionCutoffs => {
    const days = retentionDays();
    const at = (key: RetentionKey) => new Date(now.getTime() - days[key] * DAY);
    return {
      commentEmail: at('commentEmail'),
      commentVisitorHash: at('commentVisitorHash'),
      auditAddress: at('auditAddress'),
      failedLoginEmail: at('failedLoginEmail'),
    };
  };

  const service = {
    register(name: string, owner: PersonalDataOwner): void {
      owners.set(name, owner);
    },
    retentionDays,
    /** What the privacy notice shows: the registry with the retention in force. */
    notice() {
      return { version: PRIVACY_NOTICE_VERSION, retentionDays: retentionDays(), fields: PERSONAL_FIELDS };
    },
    async purge(now = new Date()): Promise<Record<string, number>> {
      const out: Record<string, number> = {};
      for (const [name, owner] of owners) {
        for (const [kind, n] of Object.entries(await owner.purge(cutoffs(now)))) out[`${name}.${kind}`] = n;
      }
      return out;
    },
    async find(email: string): Promise<Record<string, Record<string, unknown>[]>> {
      const out: Record<string, Record<string, unknown>[]> = {};
      for (const [name, owner] of owners) {
        for (const [kind, rows] of Object.entries(await owner.find(email))) out[`${name}.${kind}`] = rows;
      }
      return out;
    },
    async erase(email: string): Promise<Record<string, number>> {
      const out: Record<string, number> = {};
      for (const [name, owner] of owners) {
        for (const [kind, n] of Object.entries(await owner.erase(email))) out[`${name}.${kind}`] = n;
      }
      return out;
    },
    /** Starts the daily purge (at once on the node that takes the job, then every day). */
    start(): void {
      if (stopJob) return;
      stopJob = getService(strapi, 'jobs').runExclusive('personal-data-purge', DAY, async () => {
        const counts = await service.purge();
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        if (total) strapi.log.info(`[portal-core] personal data purged: ${JSON.stringify(counts)}`);
      });
    },
    async stop(): Promise<void> {
      await stopJob?.();
      stopJob = null;
    },
  };
  return service;
};
