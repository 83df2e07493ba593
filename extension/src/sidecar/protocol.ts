// Mirrors src/PrepCode.Server/Contract/IPrepCodeServer.cs, Records.cs and Settings.cs: keep them in step.
// Type declarations and string constants only, so pure modules and unit tests can import it without VS Code.
// Names on the wire are camelCase; dates are ISO-8601 ("2026-11-22"); times are ISO-8601 with offset.

export const Methods = {
  dueItems: 'prepcode/dueItems',
  item: 'prepcode/item',
  grade: 'prepcode/grade',
  undoLastGrade: 'prepcode/undoLastGrade',
  stats: 'prepcode/stats',
  reindex: 'prepcode/reindex',
  noteItems: 'prepcode/noteItems',
  /** Notification, server to client, whenever due counts may have changed. Params: DueCounts. */
  dueChanged: 'prepcode/dueChanged',
  /** Notification, server to client, while the workspace is indexed. Params: IndexProgress. */
  indexProgress: 'prepcode/indexProgress',
} as const;

export interface IndexProgress { done: number; total: number; finished: boolean }

/** Commands served through workspace/executeCommand (used by code lenses). */
export const ServerCommands = {
  /** Args: [itemId]. VS Code runs the extension's own review flow instead (middleware). */
  reviewItem: 'prepcode.reviewItem',
  /** Args: [itemId, quality 0-5]. */
  gradeItem: 'prepcode.gradeItem',
} as const;

/** The project's own JSON-RPC error codes (outside LSP's reserved -32899..-32800). */
export const ErrorCodes = {
  unknownItem: 4001,
  staleVersion: 4002,
  outsideWorkspace: 4003,
  invalidArgument: 4004,
  nothingToUndo: 4005,
  notInitialized: 4006,
} as const;

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
/** Where an item is: file URI and range of its heading or card. */
export interface Location { uri: string; range: Range }

export type ReviewStatus = 'new' | 'learning' | 'review';

/** SM-2 (or fixed-interval) state. dueDate is null for a new item. */
export interface ReviewStateDto {
  status: ReviewStatus;
  repetitions: number;
  easeFactor: number;
  intervalDays: number;
  dueDate: string | null;
  lastReviewed: string | null;
  lapses: number;
}

export type ItemKind = 'topic' | 'card';

export interface DueItem {
  id: string;
  kind: ItemKind;
  /** Topic title or card question. */
  title: string;
  /** Workspace-relative. */
  notePath: string;
  location: Location;
  domain: string | null;
  track: string | null;
  state: ReviewStateDto;
  daysOverdue: number;
  /** Predicted recall now (0-1) when the item's track group is scheduled by FSRS; absent otherwise. */
  retrievability?: number;
  /** FSRS memory state then; absent otherwise. */
  fsrs?: FsrsStateDto;
}

/** An item's FSRS memory: stability in days (recall falls to 90 % after it) and difficulty 1-10. */
export interface FsrsStateDto { stability: number; difficulty: number }

/** newLimit: new items listed at most (default 200); limit: overdue, today and upcoming items listed at most, each
 *  (default 200). The response's counts always count every item. */
export interface DueItemsRequest { upcomingDays?: number; newLimit?: number; track?: string; limit?: number }

/** Every item of each group, also when the response's lists are capped. */
export interface DueCounts { overdue: number; today: number; upcoming: number; new: number; due?: number }

export interface GroupCount { key: string; count: number }

/** Counts of overdue + today items grouped three ways. */
export interface DueGroups { byNote: GroupCount[]; byDomain: GroupCount[]; byTrack: GroupCount[] }

export interface DueItemsResponse {
  today: string;
  overdue: DueItem[];
  dueToday: DueItem[];
  upcoming: DueItem[];
  new: DueItem[];
  counts: DueCounts;
  groups: DueGroups;
}

export interface ItemRequest { id: string }

export interface ReviewLogEntryDto {
  id: number;
  reviewedAt: string;
  quality: number;
  percent: number | null;
  durationMs: number | null;
  before: ReviewStateDto;
  after: ReviewStateDto;
  undone: boolean;
}

export interface ItemDetails {
  item: DueItem;
  question: string;
  answer: string | null;
  keyPoints: string[];
  practiceQuestions: string[];
  history: ReviewLogEntryDto[];
}

/** Exactly one of quality (0-5) or percent (0-100) is given. */
export interface GradeRequest { id: string; quality?: number; percent?: number; durationMs?: number }

export interface GradeResponse { id: string; quality: number; before: ReviewStateDto; after: ReviewStateDto; reviewId: number }

export type UndoRequest = Record<string, never>;

export interface UndoResponse { id: string; restored: ReviewStateDto; reviewId: number }

export interface StatsRequest { days?: number }

export interface DayCount { date: string; count: number }

export interface StatsResponse {
  total: number; new: number; learning: number; review: number; dueNow: number; reviewsPerDay: DayCount[];
}

export type ReindexRequest = Record<string, never>;

export interface ReindexResponse { notes: number; items: number; diagnostics: number; reparsed: number }

/** The study items of one note (a path outside the workspace is refused). */
export interface NoteItemsRequest { uri: string }

export interface NoteItemsResponse { notePath: string; items: DueItem[] }

/** A percent at or above min maps to quality q. */
export interface PercentToQuality { min: number; q: number }

/** Sent as initializationOptions and (whole) as settings.prepcode of workspace/didChangeConfiguration. */
export type SchedulerName = 'sm2' | 'fsrs' | 'fixed';

/** `prepcode.scheduler` per track group: { "ML": "fsrs", "SWE": "sm2" }. */
export type SchedulerByGroup = Partial<Record<'ML' | 'SWE', SchedulerName>>;

export interface PrepCodeSettings {
  include?: string[];
  exclude?: string[];
  databasePath?: string;
  /** One scheduler for every track group, or one per group (a group not named uses sm2). */
  scheduler?: SchedulerName | SchedulerByGroup;
  fixedIntervals?: number[];
  percentToQuality?: PercentToQuality[];
  dayStartHour?: number;
  timeZone?: string;
  upcomingDays?: number;
  now?: string;
}

/** Request method -> [params, result], for the typed request helper. */
export interface PrepCodeRequests {
  'prepcode/dueItems': [DueItemsRequest, DueItemsResponse];
  'prepcode/item': [ItemRequest, ItemDetails];
  'prepcode/grade': [GradeRequest, GradeResponse];
  'prepcode/undoLastGrade': [UndoRequest, UndoResponse];
  'prepcode/stats': [StatsRequest, StatsResponse];
  'prepcode/reindex': [ReindexRequest, ReindexResponse];
  'prepcode/noteItems': [NoteItemsRequest, NoteItemsResponse];
}
