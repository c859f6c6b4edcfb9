import type { Language } from '../../domain/vocab';
import type { Tree } from '../merge';
import fiAgendaRun from './fi/agenda-run.json';
import fiAppMenu from './fi/app-menu.json';
import fiCounts from './fi/counts.json';
import fiBoardKit from './fi/board-kit.json';
import fiBoardTemplates from './fi/board-templates.json';
import fiAudience from './fi/audience.json';
import fiCli from './fi/cli.json';
import fiDotVote from './fi/dot-vote.json';
import fiDriverDiagram from './fi/driver-diagram.json';
import fiFeedback from './fi/feedback.json';
import fiFishbone from './fi/fishbone.json';
import fiExcel from './fi/excel.json';
import fiExport from './fi/export.json';
import fiFiveWhys from './fi/five-whys.json';
import fiGallery from './fi/gallery.json';
import fiMeasures from './fi/measures.json';
import fiPdsa from './fi/pdsa.json';
import fiPictures from './fi/pictures.json';
import fiProcessMap from './fi/process-map.json';
import fiInnokyla from './fi/innokyla.json';
import fiStoryboard from './fi/storyboard.json';
import fiTranslation from './fi/translation.json';
import fiValueStream from './fi/value-stream.json';
import svAgendaRun from './sv/agenda-run.json';
import svAppMenu from './sv/app-menu.json';
import svCounts from './sv/counts.json';
import svBoardKit from './sv/board-kit.json';
import svBoardTemplates from './sv/board-templates.json';
import svAudience from './sv/audience.json';
import svCli from './sv/cli.json';
import svDotVote from './sv/dot-vote.json';
import svDriverDiagram from './sv/driver-diagram.json';
import svFeedback from './sv/feedback.json';
import svFishbone from './sv/fishbone.json';
import svExcel from './sv/excel.json';
import svExport from './sv/export.json';
import svFiveWhys from './sv/five-whys.json';
import svGallery from './sv/gallery.json';
import svMeasures from './sv/measures.json';
import svPdsa from './sv/pdsa.json';
import svPictures from './sv/pictures.json';
import svProcessMap from './sv/process-map.json';
import svInnokyla from './sv/innokyla.json';
import svStoryboard from './sv/storyboard.json';
import svTranslation from './sv/translation.json';
import svValueStream from './sv/value-stream.json';
import enAgendaRun from './en/agenda-run.json';
import enAppMenu from './en/app-menu.json';
import enCounts from './en/counts.json';
import enBoardKit from './en/board-kit.json';
import enBoardTemplates from './en/board-templates.json';
import enAudience from './en/audience.json';
import enCli from './en/cli.json';
import enDotVote from './en/dot-vote.json';
import enDriverDiagram from './en/driver-diagram.json';
import enFeedback from './en/feedback.json';
import enFishbone from './en/fishbone.json';
import enExcel from './en/excel.json';
import enExport from './en/export.json';
import enFiveWhys from './en/five-whys.json';
import enGallery from './en/gallery.json';
import enMeasures from './en/measures.json';
import enPdsa from './en/pdsa.json';
import enPictures from './en/pictures.json';
import enProcessMap from './en/process-map.json';
import enInnokyla from './en/innokyla.json';
import enStoryboard from './en/storyboard.json';
import enTranslation from './en/translation.json';
import enValueStream from './en/value-stream.json';

/** The Finnish locale files' shape: Finnish is the source of truth for which keys exist (see ../keys.ts). */
export type FiResources = typeof fiAgendaRun &
  typeof fiAppMenu &
  typeof fiAudience &
  typeof fiBoardKit &
  typeof fiBoardTemplates &
  typeof fiCli &
  typeof fiCounts &
  typeof fiDotVote &
  typeof fiDriverDiagram &
  typeof fiFeedback &
  typeof fiFishbone &
  typeof fiExcel &
  typeof fiExport &
  typeof fiFiveWhys &
  typeof fiGallery &
  typeof fiMeasures &
  typeof fiPdsa &
  typeof fiPictures &
  typeof fiProcessMap &
  typeof fiInnokyla &
  typeof fiStoryboard &
  typeof fiTranslation &
  typeof fiValueStream;

/**
 * Every locale file by language and file name, imported statically so Node code (the Excel export, the CLI,
 * vitest) gets the same texts as the renderer, which collects the same files with import.meta.glob. A new locale
 * file adds one line per language here; tests/node/i18n/locale-index.test.ts fails until it does.
 */
export const LOCALE_FILES: Record<Language, Record<string, Tree>> = {
  fi: {
    'agenda-run.json': fiAgendaRun as Tree,
    'app-menu.json': fiAppMenu as Tree,
    'audience.json': fiAudience as Tree,
    'cli.json': fiCli as Tree,
    'counts.json': fiCounts as Tree,
    'board-kit.json': fiBoardKit as Tree,
    'board-templates.json': fiBoardTemplates as Tree,
    'dot-vote.json': fiDotVote as Tree,
    'driver-diagram.json': fiDriverDiagram as Tree,
    'feedback.json': fiFeedback as Tree,
    'excel.json': fiExcel as Tree,
    'export.json': fiExport as Tree,
    'fishbone.json': fiFishbone as Tree,
    'five-whys.json': fiFiveWhys as Tree,
    'gallery.json': fiGallery as Tree,
    'measures.json': fiMeasures as Tree,
    'pdsa.json': fiPdsa as Tree,
    'pictures.json': fiPictures as Tree,
    'process-map.json': fiProcessMap as Tree,
    'innokyla.json': fiInnokyla as Tree,
    'storyboard.json': fiStoryboard as Tree,
    'translation.json': fiTranslation as Tree,
    'value-stream.json': fiValueStream as Tree,
  },
  sv: {
    'agenda-run.json': svAgendaRun as Tree,
    'app-menu.json': svAppMenu as Tree,
    'audience.json': svAudience as Tree,
    'cli.json': svCli as Tree,
    'counts.json': svCounts as Tree,
    'board-kit.json': svBoardKit as Tree,
    'board-templates.json': svBoardTemplates as Tree,
    'dot-vote.json': svDotVote as Tree,
    'driver-diagram.json': svDriverDiagram as Tree,
    'feedback.json': svFeedback as Tree,
    'excel.json': svExcel as Tree,
    'export.json': svExport as Tree,
    'fishbone.json': svFishbone as Tree,
    'five-whys.json': svFiveWhys as Tree,
    'gallery.json': svGallery as Tree,
    'measures.json': svMeasures as Tree,
    'pdsa.json': svPdsa as Tree,
    'pictures.json': svPictures as Tree,
    'process-map.json': svProcessMap as Tree,
    'innokyla.json': svInnokyla as Tree,
    'storyboard.json': svStoryboard as Tree,
    'translation.json': svTranslation as Tree,
    'value-stream.json': svValueStream as Tree,
  },
  en: {
    'agenda-run.json': enAgendaRun as Tree,
    'app-menu.json': enAppMenu as Tree,
    'audience.json': enAudience as Tree,
    'cli.json': enCli as Tree,
    'counts.json': enCounts as Tree,
    'board-kit.json': enBoardKit as Tree,
    'board-templates.json': enBoardTemplates as Tree,
    'dot-vote.json': enDotVote as Tree,
    'driver-diagram.json': enDriverDiagram as Tree,
    'feedback.json': enFeedback as Tree,
    'excel.json': enExcel as Tree,
    'export.json': enExport as Tree,
    'fishbone.json': enFishbone as Tree,
    'five-whys.json': enFiveWhys as Tree,
    'gallery.json': enGallery as Tree,
    'measures.json': enMeasures as Tree,
    'pdsa.json': enPdsa as Tree,
    'pictures.json': enPictures as Tree,
    'process-map.json': enProcessMap as Tree,
    'innokyla.json': enInnokyla as Tree,
    'storyboard.json': enStoryboard as Tree,
    'translation.json': enTranslation as Tree,
    'value-stream.json': enValueStream as Tree,
  },
};
