// mirrors src/PrepCode.Server/Contract/ChecksContract.cs: keep them in step.
// Knowledge checks, plan updates, topic completion, readiness and coverage checks. Types and constants only.
import type { Position, ReviewStateDto } from './protocol';

export const CheckMethods = {
  startCheck: 'prepcode/startCheck',
  scoreCheck: 'prepcode/scoreCheck',
  commitCheck: 'prepcode/commitCheck',
  uncommitCheck: 'prepcode/uncommitCheck',
  completeTopic: 'prepcode/completeTopic',
  readiness: 'prepcode/readiness',
  insertQuizPrompt: 'prepcode/insertQuizPrompt',
  writeCoverageCheck: 'prepcode/writeCoverageCheck',
  readCoverageCheck: 'prepcode/readCoverageCheck',
  scheduleCoverageGaps: 'prepcode/scheduleCoverageGaps',
} as const;

/** Commands served through workspace/executeCommand, run by the server's code lenses. */
export const CheckCommands = {
  /** Args: [checkFileUri, checkId]. */
  scoreCheck: 'prepcode.scoreCheck',
  /** Args: [checkFileUri, checkId]. */
  commitCheck: 'prepcode.commitCheck',
  /** Args: [checkFileUri, checkId]. */
  uncommitCheck: 'prepcode.uncommitCheck',
  /** Args: [itemId] (VS Code asks difficulty and note itself, see the middleware) or [itemId, difficulty, note?]. */
  completeTopic: 'prepcode.completeTopic',
  /** Args: [coverageFileUri]. */
  readCoverage: 'prepcode.readCoverage',
} as const;

export type CheckScopeKind = 'everything' | 'note' | 'track' | 'domain';

/** value: a note URI for "note", the track id or the domain name. */
export interface CheckScopeDto { kind: CheckScopeKind; value?: string }

export interface StartCheckRequest { count?: number; scope?: CheckScopeDto; reviewsOnly?: boolean }

/** line: 0-based line of the new check's section heading. */
export interface StartCheckResponse {
  checkId: string; uri: string; line: number; newQuestions: number; reviewQuestions: number; message: string;
}

/** checkId ("2026-11-22#1") left out: the file's last check. */
export interface CheckFileRequest { uri: string; checkId?: string }

export interface ScoreCheckResponse { checkId: string; scored: number; message: string }

export interface CommitCheckResponse {
  checkId: string; alreadyCommitted: boolean; graded: number; overallPercent?: number; letter?: string;
  message: string; planMessage?: string;
}

/** summaryRemoved: the Results Summary left the check file; planMessage: what happened to the plan (absent without one). */
export interface UncommitCheckResponse {
  checkId: string; restored: number; blocked: string[]; summaryRemoved: boolean; message: string; planMessage?: string;
}

export interface CompleteTopicRequest { itemId: string; difficulty: number; note?: string }

export interface CompleteTopicResponse { itemId: string; quality: number; after: ReviewStateDto; message: string; planMessage?: string }

export type ReadinessRequest = Record<string, never>;

export interface DomainReadiness { domain: string; weight?: number; items: number; learned: number; percent: number }

export interface ReadinessResponse { overallPercent: number; domains: DomainReadiness[] }

export interface InsertQuizRequest { uri: string; position: Position }

export interface InsertQuizResponse { topicId: string; message: string }

export interface WriteCoverageRequest { scope?: CheckScopeDto }

export interface WriteCoverageResponse { uri: string; topics: number; message: string }

export interface CoverageGap { itemId: string; title: string; answer: 'dunno' | 'unsure' }

export interface ReadCoverageResponse {
  know: number; unsure: number; dunno: number; blank: number; baselinePercent: number; knowPercent: number;
  gaps: CoverageGap[]; message: string;
}

export interface ScheduleGapsResponse { scheduled: number; alreadyTracked: number; message: string }

declare module './protocol' {
  interface PrepCodeSettings {
    /** Folder of check files, relative to the workspace root. Default "checks". */
    checksFolder?: string;
    /** The plan note to update; default: the first note with front matter `prep-plan: true`. */
    planFile?: string;
    /** A domain below this percent in a check gets a remedial task. Default 80. */
    remedialThreshold?: number;
  }

  interface PrepCodeRequests {
    'prepcode/startCheck': [StartCheckRequest, StartCheckResponse];
    'prepcode/scoreCheck': [CheckFileRequest, ScoreCheckResponse];
    'prepcode/commitCheck': [CheckFileRequest, CommitCheckResponse];
    'prepcode/uncommitCheck': [CheckFileRequest, UncommitCheckResponse];
    'prepcode/completeTopic': [CompleteTopicRequest, CompleteTopicResponse];
    'prepcode/readiness': [ReadinessRequest, ReadinessResponse];
    'prepcode/insertQuizPrompt': [InsertQuizRequest, InsertQuizResponse];
    'prepcode/writeCoverageCheck': [WriteCoverageRequest, WriteCoverageResponse];
    'prepcode/readCoverageCheck': [CheckFileRequest, ReadCoverageResponse];
    'prepcode/scheduleCoverageGaps': [CheckFileRequest, ScheduleGapsResponse];
  }
}
