import type { Language } from '../../domain/vocab';
import type { Tree } from '../merge';
import fiAgendaRun from './fi/agenda-run.json';
import fiAudience from './fi/audience.json';
import fiDotVote from './fi/dot-vote.json';
import fiDriverDiagram from './fi/driver-diagram.json';
import fiFeedback from './fi/feedback.json';
import fiFishbone from './fi/fishbone.json';
import fiExcel from './fi/excel.json';
import fiFiveWhys from './fi/five-whys.json';
import fiGallery from './fi/gallery.json';
import fiMeasures from './fi/measures.json';
import fiPdsa from './fi/pdsa.json';
import fiPictures from './fi/pictures.json';
import fiProcessMap from './fi/process-map.json';
import fiStoryboard from './fi/storyboard.json';
import fiTranslation from './fi/translation.json';
import fiValueStream from './fi/value-stream.json';
import svAgendaRun from './sv/agenda-run.json';
import svAudience from './sv/audience.json';
import svDotVote from './sv/dot-vote.json';
import svDriverDiagram from './sv/driver-diagram.json';
import svFeedback from './sv/feedback.json';
import svFishbone from './sv/fishbone.json';
import svExcel from './sv/excel.json';
import svFiveWhys from './sv/five-whys.json';
import svGallery from './sv/gallery.json';
import svMeasures from './sv/measures.json';
import svPdsa from './sv/pdsa.json';
import svPictures from './sv/pictures.json';
import svProcessMap from './sv/process-map.json';
import svStoryboard from './sv/storyboard.json';
import svTranslation from './sv/translation.json';
import svValueStream from './sv/value-stream.json';
import enAgendaRun from './en/agenda-run.json';
import enAudience from './en/audience.json';
import enDotVote from './en/dot-vote.json';
import enDriverDiagram from './en/driver-diagram.json';
import enFeedback from './en/feedback.json';
import enFishbone from './en/fishbone.json';
import enExcel from './en/excel.json';
import enFiveWhys from './en/five-whys.json';
import enGallery from './en/gallery.json';
import enMeasures from './en/measures.json';
import enPdsa from './en/pdsa.json';
import enPictures from './en/pictures.json';
import enProcessMap from './en/process-map.json';
import enStoryboard from './en/storyboard.json';
import enTranslation from './en/translation.json';
import enValueStream from './en/value-stream.json';

/**
 * Every locale file by language and file name, imported statically so Node code (the Excel export, the CLI,
 * vitest) gets the same texts as the renderer, which collects the same files with import.meta.glob. A new locale
 * file adds one line per language here; tests/node/i18n/locale-index.test.ts fails until it does.
 */
export const LOCALE_FILES: Record<Language, Record<string, Tree>> = {
  fi: {
    'agenda-run.json': fiAgendaRun as Tree,
    'audience.json': fiAudience as Tree,
    'dot-vote.json': fiDotVote as Tree,
    'driver-diagram.json': fiDriverDiagram as Tree,
    'feedback.json': fiFeedback as Tree,
    'excel.json': fiExcel as Tree,
    'fishbone.json': fiFishbone as Tree,
    'five-whys.json': fiFiveWhys as Tree,
    'gallery.json': fiGallery as Tree,
    'measures.json': fiMeasures as Tree,
    'pdsa.json': fiPdsa as Tree,
    'pictures.json': fiPictures as Tree,
    'process-map.json': fiProcessMap as Tree,
    'storyboard.json': fiStoryboard as Tree,
    'translation.json': fiTranslation as Tree,
    'value-stream.json': fiValueStream as Tree,
  },
  sv: {
    'agenda-run.json': svAgendaRun as Tree,
    'audience.json': svAudience as Tree,
    'dot-vote.json': svDotVote as Tree,
    'driver-diagram.json': svDriverDiagram as Tree,
    'feedback.json': svFeedback as Tree,
    'excel.json': svExcel as Tree,
    'fishbone.json': svFishbone as Tree,
    'five-whys.json': svFiveWhys as Tree,
    'gallery.json': svGallery as Tree,
    'measures.json': svMeasures as Tree,
    'pdsa.json': svPdsa as Tree,
    'pictures.json': svPictures as Tree,
    'process-map.json': svProcessMap as Tree,
    'storyboard.json': svStoryboard as Tree,
    'translation.json': svTranslation as Tree,
    'value-stream.json': svValueStream as Tree,
  },
  en: {
    'agenda-run.json': enAgendaRun as Tree,
    'audience.json': enAudience as Tree,
    'dot-vote.json': enDotVote as Tree,
    'driver-diagram.json': enDriverDiagram as Tree,
    'feedback.json': enFeedback as Tree,
    'excel.json': enExcel as Tree,
    'fishbone.json': enFishbone as Tree,
    'five-whys.json': enFiveWhys as Tree,
    'gallery.json': enGallery as Tree,
    'measures.json': enMeasures as Tree,
    'pdsa.json': enPdsa as Tree,
    'pictures.json': enPictures as Tree,
    'process-map.json': enProcessMap as Tree,
    'storyboard.json': enStoryboard as Tree,
    'translation.json': enTranslation as Tree,
    'value-stream.json': enValueStream as Tree,
  },
};
