/** The one registry of personal data the portal collects (see personal-data.js). */
export type Localized = { vi: string; en: string };
export type RetentionKey = 'commentEmail' | 'commentVisitorHash' | 'auditAddress' | 'failedLoginEmail';

export interface PersonalField {
  id: string;
  /** Where it is stored (table.column, cookie…). */
  store: string;
  label: Localized;
  purpose: Localized;
  /** Shown to the public (a commenter's name with the comment). */
  public: boolean;
  /** The configurable retention that purges it, or null when `fixedRetention` says how long it lives. */
  retentionKey: RetentionKey | null;
  fixedRetention: Localized | null;
}

export declare const PRIVACY_NOTICE_VERSION: string;
export declare const RETENTION_DEFAULTS: Readonly<Record<RetentionKey, number>>;
export declare const PERSONAL_FIELDS: readonly PersonalField[];
export declare const DATA_SUBJECT_RIGHTS: readonly Localized[];
export declare function retentionVariable(key: RetentionKey): string;
/** How long a field is kept by default, in words of the language. */
export declare function retentionText(field: PersonalField, lang: 'vi' | 'en'): string;
/** The README's Markdown table of every personal field. */
export declare function personalDataTable(): string;
