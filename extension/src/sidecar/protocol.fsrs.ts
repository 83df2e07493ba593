// Mirrors src/PrepCode.Server/Contract/FsrsContract.cs: keep them in step.
// Type declarations and string constants only; the request map is merged into PrepCodeRequests below.

export const FsrsMethods = {
  optimizeSchedule: 'prepcode/optimizeSchedule',
  exportReviews: 'prepcode/exportReviews',
  /** Notification, server to client, after each optimizer epoch. Params: OptimizeProgress. */
  optimizeProgress: 'prepcode/optimizeProgress',
} as const;

/** group: "ML" or "SWE"; absent: the active group. */
export interface OptimizeScheduleRequest { group?: 'ML' | 'SWE' }

/** Mean log loss of the group's reviews (first and same-day ones excluded) under the default and the fitted weights. */
export interface OptimizeScheduleResponse {
  trackGroup: string;
  /** Whether the group is scheduled by FSRS (else the weights wait until it is). */
  usesFsrs: boolean;
  logLossBefore: number;
  logLossAfter: number;
  scoredReviews: number;
  keptDefaults: boolean;
  weights: number[];
  message: string;
}

export interface OptimizeProgress { epoch: number; total: number; logLoss: number }

export type ExportReviewsRequest = Record<string, never>;

export interface ExportReviewsResponse { rows: number; csv: string }

declare module './protocol' {
  interface PrepCodeRequests {
    'prepcode/optimizeSchedule': [OptimizeScheduleRequest, OptimizeScheduleResponse];
    'prepcode/exportReviews': [ExportReviewsRequest, ExportReviewsResponse];
  }
}
