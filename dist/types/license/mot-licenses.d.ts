/** Exact, case-sensitive SPDX ids that MOT counts as open (OSI or FSF flag, open-data list, OpenMDW). */
export declare const MOT_OPEN_LICENSE_IDS: ReadonlySet<string>;
/** Licences MOT calls type-appropriate for each content type (a mismatch only warns). */
export declare const MOT_TYPE_APPROPRIATE: Readonly<Record<'code' | 'data' | 'document', ReadonlySet<string>>>;
