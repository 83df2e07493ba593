// mirrors src/PrepCode.Server/Contract/TracksContract.cs (and the curriculaPath field of Settings.cs): keep them in step.
// Type declarations and string constants only; merged into protocol.ts's PrepCodeRequests and PrepCodeSettings.
import type { DayCount, Location } from './protocol';

export const TrackMethods = {
  today: 'prepcode/today',
  setActiveGroup: 'prepcode/setActiveGroup',
  setTrackStart: 'prepcode/setTrackStart',
  reviewPlan: 'prepcode/reviewPlan',
  history: 'prepcode/history',
} as const;

export type TrackGroupName = 'ML' | 'SWE';

export interface PracticeDto { type: string; question: string; answer?: string }

export interface TodayTopic {
  id: string;
  title: string;
  domain: string;
  notesUri?: string;
  location?: Location;
  keyPoints: string[];
  practice: PracticeDto[];
  isStudyItem: boolean;
  completed: boolean;
}

export type TrackStatus = 'notStarted' | 'inProgress' | 'finished' | 'noStartDate';

export interface TrackToday {
  id: string;
  title: string;
  group: TrackGroupName;
  startDate?: string;
  accelerationDays: number;
  dayNumber?: number;
  days: number;
  status: TrackStatus;
  message: string;
  topics: TodayTopic[];
}

export interface TodayResponse {
  today: string;
  activeGroup: TrackGroupName;
  groups: TrackGroupName[];
  tracks: TrackToday[];
  curriculumErrors: number;
}

export type TodayRequest = Record<string, never>;
export interface SetActiveGroupRequest { group: TrackGroupName }
export interface SetTrackStartRequest { trackId: string; startDate: string; accelerationDays?: number }

export type ReviewType = 'quickRefresh' | 'moderateDepth' | 'fullRecall' | 'longTermRetention';
export interface ReviewPlanRequest { id: string }
export interface ReviewPlanResponse { id: string; type: ReviewType; intervalDays: number; questions: PracticeDto[]; keyPoints: string[] }

export interface HistoryRequest { days?: number; forecastDays?: number }
export interface DayScoreDto { date: string; meanPercent: number; answers: number }
export interface HistoryResponse {
  today: string;
  activeGroup: TrackGroupName;
  completions: DayCount[];
  reviews: DayCount[];
  checkScores: DayScoreDto[];
  forecast: DayCount[];
}

declare module './protocol' {
  interface PrepCodeRequests {
    'prepcode/today': [TodayRequest, TodayResponse];
    'prepcode/setActiveGroup': [SetActiveGroupRequest, TodayResponse];
    'prepcode/setTrackStart': [SetTrackStartRequest, TodayResponse];
    'prepcode/reviewPlan': [ReviewPlanRequest, ReviewPlanResponse];
    'prepcode/history': [HistoryRequest, HistoryResponse];
  }
  interface PrepCodeSettings {
    /** Folder of the shipped curricula: the extension's bundled `curricula`. */
    curriculaPath?: string;
    /** Setting `prepcode.tracks`: per-track overrides of .prepcode/config.json. */
    tracks?: Record<string, TrackOverride>;
  }
}

/** Mirrors TrackOverride in Settings.cs. */
export interface TrackOverride { startDate?: string; accelerationDays?: number; active?: boolean }
