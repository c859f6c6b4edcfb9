/** PRAGMA application_id of a workshop file ('LAPM'), so a random SQLite file is not mistaken for one. */
export const APPLICATION_ID = 0x4c41504d;
export const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
export const WORKSHOP_EXTENSION = '.lapimurto';
