namespace PrepCode.Core.Study;

public sealed partial class StudyService
{
    /// <summary>
    /// Which items the due queries show, by the item's front-matter track (null: no track). Null shows everything.
    /// Track groups use it: only the active group's tracks plus notes without a track are due.
    /// </summary>
    public Func<string?, bool>? TrackFilter { get; set; }
}
