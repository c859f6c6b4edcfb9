import { translator, type TranslationKey } from '../../shared/i18n/translate';

const fi = translator('fi');
const en = translator('en');

/** A message as the CLI prints it: Finnish with the English gloss (cli.json; THL staff and scripts read both). */
function both(key: TranslationKey): string {
  return `${fi(key)} / ${en(key)}`;
}

/** The CLI's one-line messages, from the locale files (cli.json). */
export const CLI_MESSAGES = {
  usage: both('cli.usage'),
  noSuchFile: both('cli.noSuchFile'),
  exists: both('cli.exists'),
  unknownCommand: both('cli.unknownCommand'),
  noSuchSheet: both('cli.noSuchSheet'),
  notAFolder: both('cli.notAFolder'),
  noSuchTeam: both('cli.noSuchTeam'),
  skipped: both('cli.skipped'),
  notAWorkshopType: both('cli.notAWorkshopType'),
  duplicateTeam: both('cli.duplicateTeam'),
  duplicateById: both('cli.duplicateById'),
  duplicateByName: both('cli.duplicateByName'),
  kept: both('cli.kept'),
  dropped: both('cli.dropped'),
  nothingToMerge: both('cli.nothingToMerge'),
  consolidated: both('cli.consolidated'),
  // The number is written once, before both words: "3 tiedostoa / files".
  files: (count: number) => `${fi('cli.files', { count })} / ${en('cli.files', { count })}`,
  teams: (count: number) => `${fi('cli.teams', { count })} / ${en('cli.teams', { count })}`,
  skippedCount: both('cli.skippedCount'),
  duplicates: both('cli.duplicates'),
  unknownOption: both('cli.unknownOption'),
  unknownLanguage: both('cli.unknownLanguage'),
  personalDataFound: both('cli.personalDataFound'),
  personalDataHint: both('cli.personalDataHint'),
  personalDataAllowed: both('cli.personalDataAllowed'),
  personalDataMasked: both('cli.personalDataMasked'),
  // Inside a line already glossed, so Finnish only.
  personalDataKinds: {
    hetu: fi('cli.personalDataKind.hetu'),
    phone: fi('cli.personalDataKind.phone'),
    email: fi('cli.personalDataKind.email'),
  } as Record<string, string>,
  /** By the API error's key. */
  errors: {
    'errors.file.notWorkshop': both('cli.error.fileNotWorkshop'),
    'errors.file.corrupt': both('cli.error.fileCorrupt'),
    'errors.file.newerVersion': both('cli.error.fileNewerVersion'),
    'errors.file.empty': both('cli.error.fileEmpty'),
    'errors.package.invalid': both('cli.error.packageInvalid'),
    'errors.package.newerVersion': both('cli.error.packageNewerVersion'),
    'errors.io': both('cli.error.io'),
    'errors.code.io': both('cli.error.io'),
    'excel.errors.diskFull': both('cli.error.diskFull'),
  } as Record<string, string>,
};
