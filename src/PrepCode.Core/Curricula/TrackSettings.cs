namespace PrepCode.Core.Curricula;

/// <summary>
/// The user's settings for one track: the day it starts, how many days to skip ahead
/// (<see cref="AccelerationDays"/> = 5 makes the start date day 6), and whether it is shown.
/// </summary>
public sealed record TrackSettings(DateOnly StartDate, int AccelerationDays = 0, bool Active = true);
