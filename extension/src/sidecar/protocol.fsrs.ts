// Mirrors src/PrepCode.Server/Contract/FsrsContract.cs: keep them in step.
// Type declarations and string constants only; the request map is merged into PrepCodeRequests below.

export const FsrsMethods = {
  optimizeSchedule: 'prepcode/optimizeSchedule',
  exportReviews: 'prepcode/exportReviews',
  /** Notification, server to client, after each optimizer epoch. Params: OptimizeProgress. */
  optimizeProgress: 'prepcode/optimizeProgress',
} as const;

export type OptimizeScheduleRequest = Record<string, never>;

/** Mean log loss of the log's reviews (first and same-day ones excluded) under the default and the fitted weights. */
export interface OptimizeScheduleResponse {
  trackGroup: string;
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
