// Constants that identify a Botloom project file: SQLite's application_id and the schema version we write.
/** 'BLM1' as a big-endian 32-bit integer, written to the SQLite header at offset 68. */
export const BOTLOOM_APPLICATION_ID = 0x424c4d31;
/** Files up to this size get the full `integrity_check` on open; larger ones the linear `quick_check`. */
export const FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024;
