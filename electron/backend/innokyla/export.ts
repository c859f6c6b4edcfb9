import type { WorkshopData } from '../../../shared/domain/workshop-data';
import type { Language } from '../../../shared/domain/vocab';
import { draftOf, maskedScope } from './draft-of';
import { draftPictures, toimintamalliDocx } from './docx';
import type { TeamTexts } from './texts';

/**
 * One team's toimintamalli document, from data that has passed the personal-data gate (masked when `mask`); null
 * when the team is not in the workshop.
 */
export async function toimintamalliBytes(
  data: WorkshopData,
  teamId: string,
  texts: TeamTexts,
  lang: Language,
  mask: boolean,
): Promise<Buffer | null> {
  const source = mask ? maskedScope(data, teamId, texts) : { data, texts };
  const draft = draftOf(source.data, teamId, source.texts, lang);
  if (!draft) return null;
  return toimintamalliDocx(draft, await draftPictures(draft, source.data, lang), lang);
}
