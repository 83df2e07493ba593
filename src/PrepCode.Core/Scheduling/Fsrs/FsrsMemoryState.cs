namespace PrepCode.Core.Scheduling.Fsrs;

/// <summary>The FSRS memory state of one item: stability S in days (R = 90 % after S days) and difficulty D in [1, 10].</summary>
public readonly record struct FsrsMemoryState(double Stability, double Difficulty);
