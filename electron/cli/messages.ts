/** The CLI is for THL staff and scripts; its one-line messages are Finnish with an English gloss. */
export const CLI_MESSAGES = {
  usage: 'Väärät argumentit / wrong arguments',
  noSuchFile: 'Tiedostoa ei ole / no such file',
  exists: 'Tiedosto on jo olemassa, sitä ei korvata / file exists, not overwritten',
  unknownCommand: 'Tuntematon komento / unknown command',
  noSuchSheet: 'Taulukkoa ei ole / no such sheet',
  unknownOption: 'Tuntematon valinta / unknown option',
  personalDataFound: 'Henkilötietoja löytyi, ei vietyä / personal data found, nothing written',
  personalDataHint: 'käytä --mask-personal-data tai --allow-personal-data / use --mask-personal-data or --allow-personal-data',
  personalDataAllowed: 'Huom: henkilötietoja mukana (--allow-personal-data) / personal data included',
  personalDataMasked: 'Henkilötiedot peitetty (--mask-personal-data) / personal data masked',
  personalDataKinds: { hetu: 'henkilötunnus', phone: 'puhelinnumero', email: 'sähköposti' } as Record<string, string>,
  errors: {
    'errors.file.notWorkshop': 'Tiedosto ei ole Läpimurtostudion työpajatiedosto / not a workshop file',
    'errors.file.corrupt': 'Työpajatiedosto on vioittunut / the workshop file is corrupt',
    'errors.file.newerVersion': 'Tiedosto on tehty uudemmalla sovellusversiolla / the file is from a newer app version',
    'errors.file.empty': 'Tiedosto on tyhjä / the file is empty',
    'errors.package.invalid': 'Työpajapaketti on virheellinen / invalid workshop package',
    'errors.package.newerVersion': 'Paketti on tehty uudemmalla sovellusversiolla / the package is from a newer app version',
    'errors.io': 'Tiedostoa ei voitu kirjoittaa / could not write the file',
  } as Record<string, string>,
};
